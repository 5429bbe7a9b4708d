import { describe, expect, it } from 'vitest';
import {
  arrangement,
  attemptLayout,
  chooseDefinition,
  moveItem,
  START_SEED,
  toggleOption,
  withAnswer,
} from '../../src/lib/quiz-answers';
import type { QuizQuestion } from '../../src/lib/quiz';

const questions: QuizQuestion[] = [
  {
    id: 'q1',
    type: 'single',
    prompt: 'p',
    options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id, correct: id === 'a', explanation: 'e' })),
  },
  { id: 'q2', type: 'order', prompt: 'p', items: ['1', '2', '3'].map((id) => ({ id, text: id })), explanation: 'e' },
  {
    id: 'q3',
    type: 'match',
    prompt: 'p',
    pairs: ['x', 'y', 'z'].map((id) => ({ id, term: id, definition: id, explanation: 'e' })),
  },
];

describe('attemptLayout', () => {
  it('shuffles every question and repeats for the same seed', () => {
    const layout = attemptLayout(questions, START_SEED);
    expect(layout).toEqual(attemptLayout(questions, START_SEED));
    expect([...layout['q1']!].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(layout['q2']).not.toEqual(['1', '2', '3']);
    expect(layout['q3']).not.toEqual(['x', 'y', 'z']);
  });
  it('changes with a new attempt seed', () => {
    const layouts = new Set(Array.from({ length: 10 }, (_, i) => JSON.stringify(attemptLayout(questions, `a${i}`))));
    expect(layouts.size).toBeGreaterThan(1);
  });
});

describe('moveItem', () => {
  it.each<[string, number, number, string[]]>([
    ['up one', 2, 1, ['a', 'c', 'b', 'd']],
    ['down one', 0, 1, ['b', 'a', 'c', 'd']],
    ['to the end', 0, 3, ['b', 'c', 'd', 'a']],
    ['to the start', 3, 0, ['d', 'a', 'b', 'c']],
    ['past the start is clamped', 0, -1, ['a', 'b', 'c', 'd']],
    ['past the end is clamped', 3, 9, ['a', 'b', 'c', 'd']],
    ['an index outside the list is ignored', 7, 0, ['a', 'b', 'c', 'd']],
  ])('%s', (_, from, to, expected) => expect(moveItem(['a', 'b', 'c', 'd'], from, to)).toEqual(expected));
});

describe('answer edits', () => {
  it('toggles options in content order', () => {
    expect(toggleOption([], 'c', ['a', 'b', 'c'])).toEqual(['c']);
    expect(toggleOption(['c'], 'a', ['a', 'b', 'c'])).toEqual(['a', 'c']);
    expect(toggleOption(['a', 'c'], 'a', ['a', 'b', 'c'])).toEqual(['c']);
  });
  it('sets and clears a match choice', () => {
    expect(chooseDefinition({}, 'x', 'y')).toEqual({ x: 'y' });
    expect(chooseDefinition({ x: 'y', z: 'z' }, 'x', '')).toEqual({ z: 'z' });
  });
  it('shows the shuffled start until the learner arranges the items', () => {
    expect(arrangement(undefined, ['2', '1', '3'])).toEqual(['2', '1', '3']);
    expect(arrangement(['1', '2', '3'], ['2', '1', '3'])).toEqual(['1', '2', '3']);
    expect(arrangement(undefined, undefined)).toEqual([]);
  });
  it('replaces one answer', () => {
    expect(withAnswer({ a: 'x' }, 'b', ['y'])).toEqual({ a: 'x', b: ['y'] });
  });
});
