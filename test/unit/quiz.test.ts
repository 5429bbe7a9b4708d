import { describe, expect, it } from 'vitest';
import {
  checkChanged,
  checkContentHash,
  choiceFeedback,
  countUnanswered,
  isAnswered,
  matchFeedback,
  orderFeedback,
  PASS_MARK,
  scoreQuestion,
  scoreQuiz,
  type Answer,
  type MatchQuestion,
  type MultipleQuestion,
  type OrderQuestion,
  type QuizQuestion,
  type SingleQuestion,
} from '../../src/lib/quiz';

const opt = (id: string, correct: boolean) => ({ id, text: id, correct, explanation: `why ${id}` });
const single: SingleQuestion = {
  id: 's',
  type: 'single',
  prompt: 'p',
  options: [opt('a', false), opt('b', true), opt('c', false)],
};
const multiple: MultipleQuestion = {
  id: 'm',
  type: 'multiple',
  prompt: 'p',
  options: [opt('a', true), opt('b', true), opt('c', true), opt('d', false), opt('e', false)],
};
const order: OrderQuestion = {
  id: 'o',
  type: 'order',
  prompt: 'p',
  items: ['one', 'two', 'three', 'four'].map((id) => ({ id, text: id })),
  explanation: 'e',
};
const match: MatchQuestion = {
  id: 'x',
  type: 'match',
  prompt: 'p',
  pairs: ['k', 'l', 'n', 'q'].map((id) => ({ id, term: id, definition: `def ${id}`, explanation: `e ${id}` })),
};

describe('scoreQuestion: single', () => {
  it.each<[string, Answer | undefined, number]>([
    ['the correct option', 'b', 1],
    ['a wrong option', 'a', 0],
    ['an unknown option', 'zzz', 0],
    ['no answer', undefined, 0],
    ['an answer of the wrong shape', ['b'], 0],
  ])('%s', (_, answer, score) => expect(scoreQuestion(single, answer)).toBe(score));
});

describe('scoreQuestion: multiple (partial credit)', () => {
  it.each<[string, string[], number]>([
    ['all correct, nothing wrong', ['a', 'b', 'c'], 1],
    ['two of three correct', ['a', 'b'], 2 / 3],
    ['one of three correct', ['c'], 1 / 3],
    ['all correct plus one wrong', ['a', 'b', 'c', 'd'], 2 / 3],
    ['one correct and one wrong', ['a', 'e'], 0],
    ['one correct and two wrong never goes below 0', ['a', 'd', 'e'], 0],
    ['only wrong picks', ['d', 'e'], 0],
    ['everything picked', ['a', 'b', 'c', 'd', 'e'], 1 / 3],
    ['nothing picked', [], 0],
  ])('%s', (_, answer, score) => expect(scoreQuestion(multiple, answer)).toBeCloseTo(score));
});

describe('scoreQuestion: order (share in the right position)', () => {
  it.each<[string, string[] | undefined, number]>([
    ['correct order', ['one', 'two', 'three', 'four'], 1],
    ['last two swapped', ['one', 'two', 'four', 'three'], 0.5],
    ['reversed', ['four', 'three', 'two', 'one'], 0],
    ['rotated by one', ['two', 'three', 'four', 'one'], 0],
    ['one in place', ['one', 'three', 'four', 'two'], 0.25],
    ['never arranged', undefined, 0],
  ])('%s', (_, answer, score) => expect(scoreQuestion(order, answer)).toBe(score));
});

describe('scoreQuestion: match (share of pairs)', () => {
  it.each<[string, Record<string, string>, number]>([
    ['all matched', { k: 'k', l: 'l', n: 'n', q: 'q' }, 1],
    ['two swapped', { k: 'l', l: 'k', n: 'n', q: 'q' }, 0.5],
    ['one definition chosen for every term', { k: 'k', l: 'k', n: 'k', q: 'k' }, 0.25],
    ['only one term answered', { n: 'n' }, 0.25],
    ['nothing chosen', {}, 0],
  ])('%s', (_, answer, score) => expect(scoreQuestion(match, answer)).toBe(score));
});

describe('isAnswered', () => {
  it.each<[string, QuizQuestion, Answer | undefined, boolean]>([
    ['single with a choice', single, 'a', true],
    ['single without', single, undefined, false],
    ['multiple with one pick', multiple, ['d'], true],
    ['multiple with none', multiple, [], false],
    ['order after a move', order, ['two', 'one', 'three', 'four'], true],
    ['order never moved', order, undefined, false],
    ['match complete', match, { k: 'l', l: 'k', n: 'n', q: 'q' }, true],
    ['match with a term left open', match, { k: 'k', l: 'l', n: 'n' }, false],
  ])('%s', (_, q, answer, answered) => expect(isAnswered(q, answer)).toBe(answered));
});

describe('scoreQuiz', () => {
  const questions = [single, multiple, order, match];
  it('averages the questions, rounds, and passes at 80', () => {
    const result = scoreQuiz(questions, {
      s: 'b',
      m: ['a', 'b'],
      o: ['one', 'two', 'three', 'four'],
      x: { k: 'k', l: 'l', n: 'n', q: 'q' },
    });
    // (1 + 2/3 + 1 + 1) / 4 = 0.9167
    expect(result.percent).toBe(92);
    expect(result.passed).toBe(true);
    expect(result.unanswered).toBe(0);
    expect(result.questions.map((q) => q.verdict)).toEqual(['right', 'partial', 'right', 'right']);
  });
  it('counts unanswered questions as wrong', () => {
    const result = scoreQuiz(questions, { s: 'b' });
    expect(result.percent).toBe(25);
    expect(result.passed).toBe(false);
    expect(result.unanswered).toBe(3);
    expect(result.questions.map((q) => [q.verdict, q.answered])).toEqual([
      ['right', true],
      ['wrong', false],
      ['wrong', false],
      ['wrong', false],
    ]);
  });
  it.each([
    [79, false],
    [80, true],
    [100, true],
  ])('a total of %i passes: %s', (percent, passed) => {
    // A hundred single questions, `percent` of them right.
    const qs: QuizQuestion[] = Array.from({ length: 100 }, (_, i) => ({ ...single, id: `q${i}` }));
    const answers = Object.fromEntries(qs.map((q, i) => [q.id, i < percent ? 'b' : 'a']));
    expect(scoreQuiz(qs, answers)).toMatchObject({ percent, passed });
  });
  it('is 0 and not passed for an empty check', () => {
    expect(scoreQuiz([], {})).toMatchObject({ percent: 0, passed: false, unanswered: 0 });
  });
  it('uses PASS_MARK 80', () => expect(PASS_MARK).toBe(80));
  it('counts unanswered before checking', () => {
    expect(countUnanswered(questions, { s: 'a', x: { k: 'k' } })).toBe(3);
  });
});

describe('feedback', () => {
  it('marks every choice option as picked and/or correct', () => {
    expect(choiceFeedback(single, 'a')).toEqual([
      { id: 'a', picked: true, correct: false },
      { id: 'b', picked: false, correct: true },
      { id: 'c', picked: false, correct: false },
    ]);
    expect(
      choiceFeedback(multiple, ['a', 'd'])
        .filter((o) => o.picked)
        .map((o) => o.id),
    ).toEqual(['a', 'd']);
  });
  it('gives each order item its chosen and correct position', () => {
    expect(orderFeedback(order, ['two', 'one', 'three', 'four'])).toEqual([
      { id: 'one', position: 2, correctPosition: 1, right: false },
      { id: 'two', position: 1, correctPosition: 2, right: false },
      { id: 'three', position: 3, correctPosition: 3, right: true },
      { id: 'four', position: 4, correctPosition: 4, right: true },
    ]);
    expect(orderFeedback(order, undefined).every((f) => f.position === null && !f.right)).toBe(true);
  });
  it('gives each match term its chosen definition', () => {
    expect(matchFeedback(match, { k: 'l', l: 'l' })).toEqual([
      { id: 'k', chosen: 'l', right: false },
      { id: 'l', chosen: 'l', right: true },
      { id: 'n', chosen: null, right: false },
      { id: 'q', chosen: null, right: false },
    ]);
  });
});

describe('checkContentHash', () => {
  const base = checkContentHash([single, order]);
  it('ignores wording (both locales share it)', () => {
    const reworded: SingleQuestion = {
      ...single,
      prompt: '另一种说法',
      options: single.options.map((o) => ({ ...o, text: `${o.text}!`, explanation: '…' })),
    };
    expect(checkContentHash([reworded, order])).toBe(base);
  });
  it.each<[string, QuizQuestion[]]>([
    ['a different correct option', [{ ...single, options: [opt('a', true), opt('b', false), opt('c', false)] }, order]],
    ['a reordered order question', [single, { ...order, items: [...order.items].reverse() }]],
    ['a question added', [single, order, match]],
    ['a question renamed', [{ ...single, id: 's2' }, order]],
  ])('changes with %s', (_, questions) => expect(checkContentHash(questions)).not.toBe(base));
  it('flags a stored record only when its hash is known and different', () => {
    expect(checkChanged(undefined, base)).toBe(false);
    expect(checkChanged({ contentHash: '' }, base)).toBe(false);
    expect(checkChanged({ contentHash: base }, base)).toBe(false);
    expect(checkChanged({ contentHash: 'deadbeef' }, base)).toBe(true);
  });
});
