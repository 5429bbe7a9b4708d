/**
 * The learner's work: every store and action the islands and page scripts use.
 * The record kinds, their versions and migrations are registered in `src/lib/record-kinds.ts`;
 * one store per kind is derived from it here. Every action goes through `update`, which
 * builds on the freshest stored record and tells other tabs what changed.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { nowIso } from '../lib/dates';
import { kindNames, type LearnerRecords, type RecordKind } from '../lib/record-kinds';
import {
  lastActivity,
  LAST_KEY,
  type CheckRecord,
  type ContactAnswer,
  type ExerciseRecord,
  type LastActivity,
  type WorksheetBody,
  WORKSHEET_VERSION,
} from '../lib/records';
import { migrateStoredRecords } from './migrate';
import { recordStore, type RecordStore } from './record-map';
import { yieldToPage } from '../lib/yield';
import type { RecordOf } from '../lib/record-kinds';

export { nowIso };

// Start-up in steps (a top-level await): the modules above evaluate in one task, the
// migrations run in the next and this module's stores in a third, so page load never holds
// them in one long task. Every importer still runs only after the migrations, and nothing is
// fetched in between (the whole module graph is loaded before any of it runs). Only the built
// site pauses: unit tests load fresh copies of these modules side by side, and the earlier
// copies' storage events would land in the pauses.
if (typeof window !== 'undefined') {
  if (import.meta.env.PROD) await yieldToPage();
  migrateStoredRecords(nowIso());
  if (import.meta.env.PROD) await yieldToPage();
}

/** One store per registered kind. */
export const recordStores = Object.fromEntries(kindNames.map((kind) => [kind, recordStore(kind)])) as {
  [K in RecordKind]: RecordStore<RecordOf<K>>;
};

export const readStore = recordStores.read;
export const exerciseStore = recordStores.exercise;
export const checkStore = recordStores.check;
export const worksheetStore = recordStores.worksheet;
export const practiceStore = recordStores.practice;
export const reviewStore = recordStores.review;
export const opportunityStore = recordStores.opportunity;
/** Mounted only where snapshots are shown or exported: the opportunity list never reads them. */
export const snapshotsStore = recordStores.snapshots;

export const $read = readStore.$records;
export const $exercises = exerciseStore.$records;
export const $checks = checkStore.$records;
export const $worksheets = worksheetStore.$records;
export const $practice = practiceStore.$records;
export const $review = reviewStore.$records;
export const $opportunities = opportunityStore.$records;
export const $snapshots = snapshotsStore.$records;

/** Where the learner left off. */
export const $lastActivity = persistentAtom<LastActivity | null>(LAST_KEY, null, {
  // null removes the key rather than storing the text "null".
  encode: (value) => (value === null ? undefined : JSON.stringify(value)),
  decode: (raw) => {
    try {
      const result = lastActivity(JSON.parse(raw));
      return result.ok ? result.value : null;
    } catch {
      return null;
    }
  },
});

/** Everything valid, in one object (progress, export), with a place for every kind. */
export const $allRecords: ReadableAtom<LearnerRecords> = computed(
  kindNames.map((kind) => recordStores[kind].$records),
  (...all: Record<string, unknown>[]) =>
    Object.fromEntries(kindNames.map((kind, i) => [kind, all[i]])) as unknown as LearnerRecords,
);
export type AllRecords = LearnerRecords;

/** What progress counts: the header reads it on every page, so it never loads the deals' snapshots. */
export const $progressRecords = computed(
  [$read, $exercises, $checks, $worksheets, $practice],
  (read, exercise, check, worksheet, practice) => ({ read, exercise, check, worksheet, practice }),
);

/* ---------- actions ---------- */

export function markStageRead(slug: string) {
  readStore.update(slug, (current) => {
    const now = nowIso();
    return { v: 1, readAt: current?.readAt ?? now, updatedAt: now };
  });
}

export function noteActivity(path: string, title: string) {
  const record: LastActivity = { v: 1, path, title: title.slice(0, 300), at: nowIso() };
  if (lastActivity(record).ok) $lastActivity.set(record);
}

const emptyExercise = (contentHash: string): ExerciseRecord => ({
  v: 1,
  contentHash,
  answers: {},
  attempts: 0,
  best: null,
  last: null,
  revealed: false,
  completedAt: null,
  updatedAt: nowIso(),
});

/** Saves the learner's current answer for one contact. */
export function answerContact(caseId: string, contentHash: string, contactId: string, answer: ContactAnswer) {
  return exerciseStore.update(caseId, (stored) => {
    const current = stored ?? emptyExercise(contentHash);
    return { ...current, answers: { ...current.answers, [contactId]: answer }, updatedAt: nowIso() };
  });
}

/** Records a checked attempt and its score (0..100); `complete` = every contact answered. */
export function recordExerciseAttempt(caseId: string, contentHash: string, score: number, complete: boolean) {
  return exerciseStore.update(caseId, (stored) => {
    const current = stored ?? emptyExercise(contentHash);
    const now = nowIso();
    return {
      ...current,
      contentHash,
      attempts: current.attempts + 1,
      last: score,
      best: current.revealed ? current.best : Math.max(current.best ?? 0, score),
      // An attempt after "show answer" is practice: it neither raises the best score nor completes the case.
      completedAt: complete && !current.revealed ? (current.completedAt ?? now) : current.completedAt,
      updatedAt: now,
    };
  });
}

/**
 * "Show the answer": marks the case as revealed and keeps the learner's own answers, so the
 * page can show them beside the expected ones; later attempts no longer raise the best score.
 */
export function revealExercise(caseId: string, contentHash: string) {
  return exerciseStore.update(caseId, (stored) => ({
    ...(stored ?? emptyExercise(contentHash)),
    revealed: true,
    updatedAt: nowIso(),
  }));
}

/** "Try again": keeps the given (right) answers, clears the rest; scores and attempts stay. */
export function retryExercise(caseId: string, contentHash: string, keep: Record<string, ContactAnswer> = {}) {
  return exerciseStore.update(caseId, (stored) => ({
    ...(stored ?? emptyExercise(contentHash)),
    contentHash,
    answers: keep,
    revealed: false,
    updatedAt: nowIso(),
  }));
}

/** Records a finished knowledge check. */
export function recordCheckAttempt(checkId: string, contentHash: string, score: number, passMark: number) {
  return checkStore.update(checkId, (current: CheckRecord | undefined) => ({
    v: 1,
    contentHash,
    attempts: (current?.attempts ?? 0) + 1,
    best: Math.max(current?.best ?? 0, score),
    last: score,
    passed: (current?.passed ?? false) || score >= passMark,
    updatedAt: nowIso(),
  }));
}

/**
 * Updates a worksheet's body; `completed` is derived by the caller from the sheet's rules.
 * `recordId` is `sheetRecordId(sheet, opportunity)` for a deal sheet (`client` null), and
 * `accountPlanRecordId(client)` for an account plan (`opportunity` null).
 */
export function saveWorksheet(
  recordId: string,
  opportunity: string | null,
  contentHash: string,
  change: (body: WorksheetBody) => WorksheetBody,
  isComplete: (body: WorksheetBody) => boolean,
  client: string | null = null,
) {
  return worksheetStore.update(recordId, (current) => {
    const now = nowIso();
    const body = change(current?.body ?? {});
    return {
      v: WORKSHEET_VERSION,
      contentHash,
      opportunity,
      // The client's name as first written: another spelling of the same client leaves it.
      client: current?.client ?? client,
      body,
      completed: isComplete(body),
      startedAt: current?.startedAt ?? now,
      updatedAt: now,
    };
  });
}

export function resetWorksheet(recordId: string) {
  return worksheetStore.update(recordId, () => undefined);
}

/** Deletes every record and the last-activity marker (set-aside copies are kept). */
export function clearAllRecords() {
  for (const kind of kindNames) {
    const store = recordStores[kind];
    for (const id of Object.keys(store.$map.get())) store.update(id, () => undefined);
  }
  $lastActivity.set(null);
}
