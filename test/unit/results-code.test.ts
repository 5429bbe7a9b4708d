import { describe, expect, it } from 'vitest';
import { decodeResults, encodeResults, MAX_CODE_LENGTH, type ResultsSummary } from '../../src/lib/results-code';
import { stageSlugs } from '../../src/lib/vocabulary';

const summary: ResultsSummary = {
  name: 'Li Na',
  read: ['noticing', 'validating'],
  checks: [{ id: 'noticing', best: 90, attempts: 2 }],
  exercises: [{ id: 'loudest-voice', best: 85 }],
  worksheets: [
    { id: 'cra-planner', completed: true },
    { id: 'account-plan', completed: false },
  ],
};

describe('results code', () => {
  it('round-trips', () => {
    const code = encodeResults(summary);
    expect(decodeResults(code)).toEqual({ ok: true, summary });
  });

  it('stays under the paste limit for a learner who did everything', () => {
    const everything: ResultsSummary = {
      name: 'A very long learner name that goes on and on and on and on and on',
      read: [...stageSlugs],
      checks: [...stageSlugs, 'final'].map((id) => ({ id, best: 100, attempts: 99999 })),
      exercises: Array.from({ length: 40 }, (_, i) => ({ id: `a-rather-long-exercise-id-${i}`, best: 100 })),
      worksheets: ['opportunity-assessment', 'cra-planner', 'account-plan', 'unique-value', 'buying-unit-map'].map(
        (id) => ({ id, completed: true }),
      ),
    };
    const code = encodeResults(everything);
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect(decodeResults(code).ok).toBe(true);
  });

  it('strips separators from the name', () => {
    const code = encodeResults({ ...summary, name: 'x;k=1\nY' });
    const decoded = decodeResults(code);
    expect(decoded.ok && decoded.summary.name).toBe('x k 1 Y');
  });

  it.each([
    ['not a code', 'hello'],
    ['a changed score', encodeResults(summary).replace('noticing.90', 'noticing.99')],
    ['a truncated code', encodeResults(summary).slice(0, 40)],
    ['an over-long code', `SSM1;${'x'.repeat(MAX_CODE_LENGTH)}`],
  ])('rejects %s', (_, code) => {
    expect(decodeResults(code).ok).toBe(false);
  });
});
