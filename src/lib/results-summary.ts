/** Between the learner's records and the results code: what a code says, and what it adds back. */
import type { LearnerRecords } from './export-file';
import type { ResultsSummary } from './results-code';

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
    worksheets: Object.entries(records.worksheet).map(([id, r]) => ({ id, completed: r.completed })),
  };
}

/**
 * Records rebuilt from a code, for merging: scores without answers. Worksheets are not
 * rebuilt (a code holds no entries), so an import never blanks a worksheet.
 */
export function recordsFromSummary(summary: ResultsSummary, now: string): LearnerRecords {
  const read = Object.fromEntries(summary.read.map((slug) => [slug, { v: 1 as const, readAt: now, updatedAt: now }]));
  const check = Object.fromEntries(
    summary.checks.map((c) => [c.id, { v: 1 as const, contentHash: '', attempts: c.attempts, best: c.best, last: c.best, passed: c.best >= 80, updatedAt: now }]),
  );
  const exercise = Object.fromEntries(
    summary.exercises.map((e) => [e.id, { v: 1 as const, contentHash: '', answers: {}, attempts: 1, best: e.best, last: e.best, revealed: false, completedAt: now, updatedAt: now }]),
  );
  return { read, check, exercise, worksheet: {} };
}
