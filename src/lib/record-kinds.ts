/**
 * The one registry of stored record kinds. Each entry says everything the storage layer
 * needs: the current record version, its validator, the steps that upgrade older versions,
 * how two versions of a record merge, and how many an export file may hold. The stores, the
 * export file, import, "clear all", LMS data and the version-rule test are all derived from
 * it, so a new kind is one entry here.
 *
 * The version rule: a kind whose validator accepts a different shape gets a new `version`
 * and an `upgrade[previous]` step; `test/unit/record-shapes.test.ts` fails otherwise.
 */
import { newerWins, mergeCheck, mergeExercise, mergeSnapshots } from './record-merge';
import { opportunityRecord, snapshotsRecord } from './opportunity-record';
import { checkRecord, exerciseRecord, readRecord, worksheetRecord, worksheetV1ToV2, worksheetV2ToV3 } from './records';
import { checkFromV0, exerciseFromV0, readFromV0 } from './migrations-v0';
import { mergePractice, practiceRecord } from './practice-record';
import { mergeReview, reviewRecord } from './review-record';
import type { Infer, Validator } from './validate';

export interface KindSpec<T> {
  /** The version of the records this site writes. */
  version: number;
  /** Accepts exactly a record of the current version. */
  validate: Validator<T>;
  /** `upgrade[n]` turns a version-n record into version n + 1 (v0 records have no `v`). */
  upgrade: Readonly<Record<number, (old: unknown, now: string) => unknown>>;
  /** Combines the stored record with an incoming one (import, results code, LMS). */
  merge: (current: T, incoming: T) => T;
  /** The most records of this kind an import file may carry. */
  maxPerExport: number;
  /**
   * Bytes budgeted for one record in an export file (pretty-printed, as My data writes it),
   * at the sizes the site documents: a filled-in sheet, an opportunity with its notes, 50
   * snapshots. `maxPerExport × exportBytes`, summed over the kinds, is the import size limit.
   */
  exportBytes: number;
}

const defineKind = <T>(spec: KindSpec<T>): KindSpec<T> => spec;

export const recordKinds = {
  read: defineKind({
    version: 1,
    validate: readRecord,
    upgrade: { 0: readFromV0 },
    merge: newerWins,
    maxPerExport: 50,
    exportBytes: 150,
  }),
  exercise: defineKind({
    version: 1,
    validate: exerciseRecord,
    upgrade: { 0: exerciseFromV0 },
    merge: mergeExercise,
    maxPerExport: 500,
    exportBytes: 2_000,
  }),
  check: defineKind({
    version: 1,
    validate: checkRecord,
    upgrade: { 0: checkFromV0 },
    merge: mergeCheck,
    maxPerExport: 500,
    exportBytes: 300,
  }),
  // v2: one sheet per opportunity (8 deal sheets × 200 opportunities); v3: one account plan per client.
  worksheet: defineKind({
    version: 3,
    validate: worksheetRecord,
    upgrade: { 1: worksheetV1ToV2, 2: worksheetV2ToV3 },
    merge: newerWins,
    maxPerExport: 2000,
    exportBytes: 4_000,
  }),
  opportunity: defineKind({
    version: 1,
    validate: opportunityRecord,
    upgrade: {},
    merge: newerWins,
    maxPerExport: 500,
    exportBytes: 3_000,
  }),
  snapshots: defineKind({
    version: 1,
    validate: snapshotsRecord,
    upgrade: {},
    merge: mergeSnapshots,
    maxPerExport: 500,
    exportBytes: 20_000,
  }),
  practice: defineKind({
    version: 1,
    validate: practiceRecord,
    upgrade: {},
    merge: mergePractice,
    maxPerExport: 200,
    exportBytes: 2_000,
  }),
  review: defineKind({
    version: 1,
    validate: reviewRecord,
    upgrade: {},
    merge: mergeReview,
    maxPerExport: 1000,
    exportBytes: 500,
  }),
};

export type RecordKind = keyof typeof recordKinds;
export type RecordOf<K extends RecordKind> = Infer<(typeof recordKinds)[K]['validate']>;
/** Every kind's records by id: the learner's whole work. */
export type LearnerRecords = { [K in RecordKind]: Record<string, RecordOf<K>> };

export const kindNames = Object.keys(recordKinds) as RecordKind[];
export const isRecordKind = (x: string): x is RecordKind => (kindNames as string[]).includes(x);

/** Storage key prefix of a kind: `ssm:v1:` is the key namespace, the record carries its own `v`. */
export const keyPrefix = (kind: RecordKind) => `ssm:v1:${kind}:`;

export const emptyRecords = (): LearnerRecords =>
  Object.fromEntries(kindNames.map((k) => [k, {}])) as unknown as LearnerRecords;

/** A kind's spec with its record type erased, for code that walks every kind. */
export const specOf = (kind: RecordKind) => recordKinds[kind] as unknown as KindSpec<unknown>;
