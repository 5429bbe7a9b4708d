import { describe, expect, it } from 'vitest';
import { overallProgress, stageProgress, type ProgressRecords } from '../../src/lib/progress';

const plan = { slug: 'noticing', exercises: ['a', 'b'], worksheets: ['account-plan'] };
const none: ProgressRecords = { read: {}, exercise: {}, check: {}, worksheet: {} };

describe('stageProgress', () => {
  it('is zero with no records', () => {
    expect(stageProgress(plan, none)).toMatchObject({ percent: 0, read: false, checkBest: null });
  });
  it('counts read, check passed, exercises and worksheets (started = half)', () => {
    const records: ProgressRecords = {
      read: { noticing: {} },
      check: { noticing: { best: 90, passed: true, attempts: 2 } },
      exercise: { a: { completedAt: '2026-01-01T00:00:00Z', best: 80 }, b: { completedAt: null, best: 40 } },
      worksheet: { 'account-plan': { completed: false } },
    };
    const p = stageProgress(plan, records);
    expect(p).toMatchObject({
      read: true,
      checkPassed: true,
      checkBest: 90,
      exercisesDone: 1,
      worksheetsStarted: 1,
      worksheetsCompleted: 0,
    });
    expect(p.percent).toBe(Math.round((100 * 3.5) / 5));
  });
  it('ignores records of other content', () => {
    expect(
      stageProgress(plan, { ...none, exercise: { z: { completedAt: '2026-01-01T00:00:00Z', best: 100 } } }).percent,
    ).toBe(0);
  });
});

describe('overallProgress', () => {
  it('weights stages by their number of items', () => {
    const plans = [plan, { slug: 'identifying', exercises: [], worksheets: [] }];
    const result = overallProgress(plans, { ...none, read: { identifying: {} } });
    expect(result.percent).toBe(Math.round(100 / 7));
  });
});
