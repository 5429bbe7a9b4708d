import { describe, expect, it } from 'vitest';
import { allPaths, branchingProblems, scorePath, walkPath, type BranchGraph } from '../../src/lib/branching';
import { practiceRecord } from '../../src/lib/practice-record';
import {
  EMPTY_ANSWER,
  outcomeComplete,
  scoreOutcome,
  scoreVerifiable,
  shuffledSteps,
  verifiableComplete,
} from '../../src/lib/practice-scoring';

const graph: BranchGraph = {
  start: 'a',
  scenes: [
    {
      id: 'a',
      choices: [
        { id: 'good', next: 'b', quality: 'best' },
        { id: 'bad', next: 'end-bad', quality: 'poor' },
      ],
    },
    {
      id: 'b',
      choices: [
        { id: 'fine', next: 'end-good', quality: 'best' },
        { id: 'meh', next: 'end-good', quality: 'ok' },
      ],
    },
    { id: 'end-good', choices: [] },
    { id: 'end-bad', choices: [] },
  ],
};

describe('branching graphs', () => {
  it('accepts a sound graph', () => expect(branchingProblems(graph)).toEqual([]));
  it('finds dangling ids, a missing start, unreachable scenes, loops and single choices', () => {
    const dangling = {
      ...graph,
      scenes: graph.scenes.map((s) =>
        s.id === 'b' ? { ...s, choices: [{ id: 'x', next: 'nowhere', quality: 'best' as const }, s.choices[1]!] } : s,
      ),
    };
    expect(branchingProblems(dangling).join()).toMatch(/missing scene "nowhere"/);
    expect(branchingProblems({ ...graph, start: 'zzz' }).join()).toMatch(/start scene "zzz"/);
    expect(branchingProblems({ ...graph, scenes: [...graph.scenes, { id: 'orphan', choices: [] }] }).join()).toMatch(
      /"orphan" cannot be reached/,
    );
    const loop = {
      ...graph,
      scenes: graph.scenes.map((s) =>
        s.id === 'b' ? { ...s, choices: [{ id: 'back', next: 'a', quality: 'best' as const }, s.choices[1]!] } : s,
      ),
    };
    expect(branchingProblems(loop).join()).toMatch(/loops/);
    const single = {
      ...graph,
      scenes: graph.scenes.map((s) => (s.id === 'b' ? { ...s, choices: [s.choices[0]!] } : s)),
    };
    expect(branchingProblems(single).join()).toMatch(/single choice/);
    const allPoor = {
      ...graph,
      scenes: graph.scenes.map((s) =>
        s.id === 'b' ? { ...s, choices: s.choices.map((c) => ({ ...c, quality: 'poor' as const })) } : s,
      ),
    };
    expect(branchingProblems(allPoor).join()).toMatch(/only poor/);
    expect(branchingProblems({ ...graph, scenes: [...graph.scenes, graph.scenes[0]!] }).join()).toMatch(/used twice/);
  });
  it('replays a stored path and stops at an id that no longer fits', () => {
    expect(walkPath(graph, ['good', 'fine'])).toMatchObject({ current: 'end-good', ended: true });
    expect(walkPath(graph, ['good', 'gone', 'fine'])).toMatchObject({ current: 'b', ended: false });
    expect(walkPath(graph, [])).toMatchObject({ current: 'a', ended: false, steps: [] });
  });
  it('scores a path as the share of best points', () => {
    expect(scorePath(walkPath(graph, ['good', 'fine']).steps)).toBe(100);
    expect(scorePath(walkPath(graph, ['good', 'meh']).steps)).toBe(75);
    expect(scorePath(walkPath(graph, ['bad']).steps)).toBe(0);
    expect(scorePath([])).toBe(0);
    expect(allPaths(graph).map(scorePath).sort()).toEqual([0, 100, 75].sort());
  });
});

describe('outcome reached?', () => {
  const facts = {
    reached: false,
    evidence: [
      { id: 'a', missing: false },
      { id: 'b', missing: true },
      { id: 'c', missing: false },
    ],
  };
  it('weighs the verdict 40% and the evidence 60%', () => {
    expect(scoreOutcome(facts, { ...EMPTY_ANSWER, choices: { verdict: 'not-yet' }, flags: ['b'] }).percent).toBe(100);
    expect(scoreOutcome(facts, { ...EMPTY_ANSWER, choices: { verdict: 'reached' }, flags: ['b'] }).percent).toBe(60);
    expect(scoreOutcome(facts, { ...EMPTY_ANSWER, choices: { verdict: 'not-yet' }, flags: ['a', 'b'] }).percent).toBe(
      80,
    );
    expect(scoreOutcome(facts, { ...EMPTY_ANSWER, choices: { verdict: 'reached' }, flags: ['a', 'c'] }).percent).toBe(
      0,
    );
  });
  it('needs a verdict before checking', () => {
    expect(outcomeComplete(EMPTY_ANSWER)).toBe(false);
    expect(outcomeComplete({ ...EMPTY_ANSWER, choices: { verdict: 'maybe' } })).toBe(false);
    expect(outcomeComplete({ ...EMPTY_ANSWER, choices: { verdict: 'reached' } })).toBe(true);
  });
});

describe('make it verifiable', () => {
  const facts = {
    items: [
      {
        id: 'one',
        options: [
          { id: 'x', correct: true },
          { id: 'y', correct: false },
        ],
      },
      {
        id: 'two',
        options: [
          { id: 'p', correct: false },
          { id: 'q', correct: true },
        ],
      },
    ],
    sequence: { steps: [{ id: 's1' }, { id: 's2' }, { id: 's3' }, { id: 's4' }] },
  };
  it('gives a point per rewrite and one shared point for the order', () => {
    expect(
      scoreVerifiable(facts, { ...EMPTY_ANSWER, choices: { one: 'x', two: 'q' }, sequence: ['s1', 's2', 's3', 's4'] })
        .percent,
    ).toBe(100);
    expect(
      scoreVerifiable(facts, { ...EMPTY_ANSWER, choices: { one: 'x', two: 'p' }, sequence: ['s1', 's2', 's4', 's3'] })
        .percent,
    ).toBe(50);
    expect(scoreVerifiable({ items: facts.items }, { ...EMPTY_ANSWER, choices: { one: 'y', two: 'q' } }).percent).toBe(
      50,
    );
  });
  it('is complete only when every item has a known option and the order has every step', () => {
    expect(
      verifiableComplete(facts, {
        ...EMPTY_ANSWER,
        choices: { one: 'x', two: 'q' },
        sequence: ['s1', 's2', 's3', 's4'],
      }),
    ).toBe(true);
    expect(
      verifiableComplete(facts, {
        ...EMPTY_ANSWER,
        choices: { one: 'x', two: 'zzz' },
        sequence: ['s1', 's2', 's3', 's4'],
      }),
    ).toBe(false);
    expect(verifiableComplete(facts, { ...EMPTY_ANSWER, choices: { one: 'x', two: 'q' } })).toBe(false);
  });
  it('shuffles steps the same way every time, never into the right order', () => {
    const steps = facts.sequence.steps;
    expect(shuffledSteps(steps)).toEqual(shuffledSteps(steps));
    expect(shuffledSteps(steps).map((s) => s.id)).not.toEqual(steps.map((s) => s.id));
    expect(
      shuffledSteps(steps)
        .map((s) => s.id)
        .sort(),
    ).toEqual(steps.map((s) => s.id).sort());
  });
});

describe('practice record', () => {
  const record = {
    v: 1,
    contentHash: 'abc',
    answer: { choices: { verdict: 'reached' }, flags: ['a'], sequence: [] },
    checked: true,
    attempts: 1,
    best: 80,
    last: 80,
    completedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
  it('accepts a valid record and rejects bad ones', () => {
    expect(practiceRecord(record).ok).toBe(true);
    expect(practiceRecord({ ...record, best: 101 }).ok).toBe(false);
    expect(practiceRecord({ ...record, answer: { ...record.answer, flags: ['a', 'a'] } }).ok).toBe(false);
    expect(practiceRecord({ ...record, answer: { ...record.answer, choices: { __proto__x: 'Bad Id' } } }).ok).toBe(
      false,
    );
    expect(practiceRecord({ ...record, extra: 1 }).ok).toBe(false);
  });
});
