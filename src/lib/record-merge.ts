/**
 * How two versions of one record combine (import, results codes, LMS data): the newer
 * `updatedAt` wins, but scores and attempts never go down and a completion is never undone.
 */
import { dateValue } from './dates';
import type { SnapshotsRecord } from './opportunity-record';
import type { CheckRecord, ExerciseRecord } from './records';

type Stamped = { updatedAt: string };

export const newerWins = <T extends Stamped>(current: T, incoming: T): T =>
  dateValue(incoming.updatedAt) > dateValue(current.updatedAt) ? incoming : current;

const higher = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const earliest = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : dateValue(a) <= dateValue(b) ? a : b;

export function mergeCheck(current: CheckRecord, incoming: CheckRecord): CheckRecord {
  return {
    ...newerWins(current, incoming),
    best: higher(current.best, incoming.best),
    attempts: Math.max(current.attempts, incoming.attempts),
    passed: current.passed || incoming.passed,
  };
}

export function mergeExercise(current: ExerciseRecord, incoming: ExerciseRecord): ExerciseRecord {
  return {
    ...newerWins(current, incoming),
    best: higher(current.best, incoming.best),
    attempts: Math.max(current.attempts, incoming.attempts),
    completedAt: earliest(current.completedAt, incoming.completedAt),
  };
}

/** Snapshots are history: both sides' snapshots are kept (one per date and kind), oldest first. */
export function mergeSnapshots(current: SnapshotsRecord, incoming: SnapshotsRecord): SnapshotsRecord {
  const byKey = new Map<string, SnapshotsRecord['items'][number]>();
  for (const s of [...current.items, ...incoming.items]) byKey.set(`${s.at}|${s.manual}`, s);
  const items = [...byKey.values()].sort((a, b) => dateValue(a.at) - dateValue(b.at)).slice(-400);
  return { ...newerWins(current, incoming), items };
}
