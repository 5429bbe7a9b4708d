/** Between the learner's records and the results code: what a code says, and what it adds back. */
import { worksheetIds } from './worksheet-catalogue';
import { sheetStates } from './worksheet-records';
import { PASS_MARK } from './pass-mark';
import type { LearnerRecords } from './record-kinds';
import type { CheckRecord, ExerciseRecord, ReadRecord } from './records';
import type { ResultsSummary } from './results-code';
import { hasOwn } from './validate';

/** The results worth sharing: stages read, check scores, completed exercises, worksheets. */
export function summarize(records: LearnerRecords, name: string): ResultsSummary {
  return {
    name,
    read: Object.keys(records.read),
    checks: Object.entries(records.check)
      .filter(([, r]) => r.best !== null)
      .map(([id, r]) => ({ id, best: r.best ?? 0, attempts: r.attempts })),
    exercises: Object.entries(records.exercise)
      .filter(([, r]) => r.completedAt !== null && r.best !== null)
      .map(([id, r]) => ({ id, best: r.best ?? 0 })),
    // Per sheet, over every opportunity (a code names sheets, not deals).
    worksheets: Object.entries(sheetStates(records.worksheet, worksheetIds)).map(([id, r]) => ({
      id,
      completed: r.completed,
    })),
  };
}

/**
 * What a results code adds to the learner's records. A code carries scores only, so it
 * merges scores only: answers, worksheets, content hashes and read dates already stored
 * stay as they are, scores and attempts only go up, and a record appears only where none
 * existed. Records that would not change are left out, so the preview counts truthfully.
 */
export function recordsFromSummary(
  summary: ResultsSummary,
  current: LearnerRecords,
  now: string,
): Partial<LearnerRecords> {
  const read: Record<string, ReadRecord> = {};
  for (const slug of summary.read) if (!hasOwn(current.read, slug)) read[slug] = { v: 1, readAt: now, updatedAt: now };

  const check: Record<string, CheckRecord> = {};
  for (const c of summary.checks) {
    const mine = hasOwn(current.check, c.id) ? current.check[c.id] : undefined;
    const passed = c.best >= PASS_MARK;
    if (!mine) {
      check[c.id] = { v: 1, contentHash: '', attempts: c.attempts, best: c.best, last: c.best, passed, updatedAt: now };
      continue;
    }
    const best = Math.max(mine.best ?? 0, c.best);
    const attempts = Math.max(mine.attempts, c.attempts);
    if (best !== mine.best || attempts !== mine.attempts || (passed && !mine.passed))
      check[c.id] = { ...mine, best, attempts, passed: mine.passed || passed, updatedAt: now };
  }

  const exercise: Record<string, ExerciseRecord> = {};
  for (const e of summary.exercises) {
    const mine = hasOwn(current.exercise, e.id) ? current.exercise[e.id] : undefined;
    if (!mine) {
      exercise[e.id] = {
        v: 1,
        contentHash: '',
        answers: {},
        attempts: 1,
        best: e.best,
        last: e.best,
        revealed: false,
        completedAt: now,
        updatedAt: now,
      };
      continue;
    }
    const best = Math.max(mine.best ?? 0, e.best);
    if (best !== mine.best || mine.completedAt === null) {
      exercise[e.id] = {
        ...mine,
        best,
        attempts: Math.max(mine.attempts, 1),
        completedAt: mine.completedAt ?? now,
        updatedAt: now,
      };
    }
  }
  return { read, check, exercise };
}
