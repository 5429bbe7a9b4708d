import { describe, expect, it } from 'vitest';
import { emptyRecords, mergeRecords } from '../../src/lib/export-file';
import { decodeResults, encodeResults } from '../../src/lib/results-code';
import { recordsFromSummary, summarize } from '../../src/lib/results-summary';

const T = '2026-11-01T10:00:00Z';

describe('results summary', () => {
  const records = {
    ...emptyRecords(),
    read: { noticing: { v: 1 as const, readAt: T, updatedAt: T } },
    check: {
      noticing: { v: 1 as const, contentHash: 'h', attempts: 2, best: 90, last: 70, passed: true, updatedAt: T },
    },
    exercise: {
      done: {
        v: 1 as const,
        contentHash: 'h',
        answers: {},
        attempts: 1,
        best: 80,
        last: 80,
        revealed: false,
        completedAt: T,
        updatedAt: T,
      },
      open: {
        v: 1 as const,
        contentHash: 'h',
        answers: {},
        attempts: 0,
        best: null,
        last: null,
        revealed: false,
        completedAt: null,
        updatedAt: T,
      },
    },
  };

  it('keeps completed exercises and checked scores only', () => {
    expect(summarize(records, 'Li')).toEqual({
      name: 'Li',
      read: ['noticing'],
      checks: [{ id: 'noticing', best: 90, attempts: 2 }],
      exercises: [{ id: 'done', best: 80 }],
      worksheets: [],
    });
  });

  it('a code read back and merged never lowers what is stored', () => {
    const decoded = decodeResults(encodeResults(summarize(records, 'Li')));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const merged = mergeRecords(records, {
      ...emptyRecords(),
      ...recordsFromSummary(decoded.summary, records, '2026-11-05T00:00:00Z'),
    });
    expect(merged.check['noticing']?.best).toBe(90);
    expect(merged.exercise['done']?.best).toBe(80);
    expect(merged.exercise['open']).toEqual(records.exercise.open);
  });
});
