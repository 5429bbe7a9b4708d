/**
 * Knowledge checks: question shapes, the learner's answers, scoring and per-option feedback.
 * Per question a score from 0 to 1:
 * - single: 1 for the correct option, else 0;
 * - multiple: max(0, (right picks − wrong picks) / number of correct options);
 * - order: share of items in their correct position (0 until the learner has moved one);
 * - match: share of terms given their own definition.
 * The total is the mean × 100, rounded; a check is passed at `PASS_MARK` or more.
 */
import { contentHash } from './content-hash';

export { drawFinal, FINAL_PER_STAGE, FINAL_TOTAL, seededRandom, seededShuffle, type StagePool } from './quiz-draw';

import { PASS_MARK } from './pass-mark';
export { PASS_MARK };
/** Check id of the final assessment (the stage checks use their stage slug). */
export const FINAL_CHECK_ID = 'final';

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}
interface QuestionBase {
  id: string;
  prompt: string;
}
export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: readonly ChoiceOption[];
}
export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: readonly ChoiceOption[];
}
export interface OrderQuestion extends QuestionBase {
  type: 'order';
  /** In the correct order. */
  items: readonly { id: string; text: string }[];
  explanation: string;
}
export interface MatchQuestion extends QuestionBase {
  type: 'match';
  pairs: readonly { id: string; term: string; definition: string; explanation: string }[];
}
export type QuizQuestion = SingleQuestion | MultipleQuestion | OrderQuestion | MatchQuestion;
export type QuestionType = QuizQuestion['type'];

/** single: option id; multiple: option ids; order: item ids as arranged; match: pair id → chosen definition's pair id. */
export type Answer = string | readonly string[] | Readonly<Record<string, string>>;
export type Answers = Readonly<Record<string, Answer | undefined>>;

const asId = (a: Answer | undefined): string | null => (typeof a === 'string' ? a : null);
const asIds = (a: Answer | undefined): readonly string[] => (Array.isArray(a) ? (a as readonly string[]) : []);
const asMap = (a: Answer | undefined): Readonly<Record<string, string>> =>
  a && typeof a === 'object' && !Array.isArray(a) ? (a as Readonly<Record<string, string>>) : {};

/** Whether a question has a complete answer (order: moved at least once; match: every term chosen). */
export function isAnswered(q: QuizQuestion, answer: Answer | undefined): boolean {
  switch (q.type) {
    case 'single':
      return asId(answer) !== null;
    case 'multiple':
      return asIds(answer).length > 0;
    case 'order':
      return asIds(answer).length > 0;
    case 'match': {
      const chosen = asMap(answer);
      return q.pairs.every((p) => typeof chosen[p.id] === 'string' && chosen[p.id] !== '');
    }
  }
}

/** Score of one question, 0..1. */
export function scoreQuestion(q: QuizQuestion, answer: Answer | undefined): number {
  switch (q.type) {
    case 'single': {
      const picked = asId(answer);
      return q.options.some((o) => o.correct && o.id === picked) ? 1 : 0;
    }
    case 'multiple': {
      const picked = new Set(asIds(answer));
      const correct = q.options.filter((o) => o.correct);
      const right = correct.filter((o) => picked.has(o.id)).length;
      const wrong = q.options.filter((o) => !o.correct && picked.has(o.id)).length;
      return correct.length === 0 ? 0 : Math.max(0, (right - wrong) / correct.length);
    }
    case 'order': {
      const arranged = asIds(answer);
      if (q.items.length === 0) return 0;
      return q.items.filter((item, index) => arranged[index] === item.id).length / q.items.length;
    }
    case 'match': {
      const chosen = asMap(answer);
      if (q.pairs.length === 0) return 0;
      return q.pairs.filter((p) => chosen[p.id] === p.id).length / q.pairs.length;
    }
  }
}

export type Verdict = 'right' | 'partial' | 'wrong';
export interface QuestionResult {
  id: string;
  /** 0..1 */
  score: number;
  verdict: Verdict;
  answered: boolean;
}
export interface QuizResult {
  questions: QuestionResult[];
  /** 0..100, rounded. */
  percent: number;
  passed: boolean;
  unanswered: number;
}

const verdictOf = (score: number): Verdict => (score >= 1 ? 'right' : score > 0 ? 'partial' : 'wrong');

/** Scores a whole attempt; unanswered questions count, as wrong. */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: Answers, passMark = PASS_MARK): QuizResult {
  const results = questions.map((q) => {
    const score = scoreQuestion(q, answers[q.id]);
    return { id: q.id, score, verdict: verdictOf(score), answered: isAnswered(q, answers[q.id]) };
  });
  const sum = results.reduce((total, r) => total + r.score, 0);
  const percent = results.length === 0 ? 0 : Math.round((100 * sum) / results.length);
  return {
    questions: results,
    percent,
    passed: percent >= passMark,
    unanswered: results.filter((r) => !r.answered).length,
  };
}

/** How many questions are not (completely) answered yet. */
export function countUnanswered(questions: readonly QuizQuestion[], answers: Answers): number {
  return questions.filter((q) => !isAnswered(q, answers[q.id])).length;
}

/** Feedback on one choice option: did the learner pick it, and should they have. */
export interface OptionFeedback {
  id: string;
  picked: boolean;
  correct: boolean;
}
/** Feedback on one order item: where the learner put it (1-based, null if never arranged) and where it belongs. */
export interface ItemFeedback {
  id: string;
  position: number | null;
  correctPosition: number;
  right: boolean;
}
/** Feedback on one match term: the definition chosen (pair id) and whether it is its own. */
export interface PairFeedback {
  id: string;
  chosen: string | null;
  right: boolean;
}

/** Per-option feedback of a single or multiple choice question, in content order. */
export function choiceFeedback(q: SingleQuestion | MultipleQuestion, answer: Answer | undefined): OptionFeedback[] {
  const picked = new Set(q.type === 'single' ? [asId(answer)] : asIds(answer));
  return q.options.map((o) => ({ id: o.id, picked: picked.has(o.id), correct: o.correct }));
}

/** Per-item feedback of an order question, in the correct order. */
export function orderFeedback(q: OrderQuestion, answer: Answer | undefined): ItemFeedback[] {
  const arranged = asIds(answer);
  return q.items.map((item, index) => {
    const at = arranged.indexOf(item.id);
    return { id: item.id, position: at < 0 ? null : at + 1, correctPosition: index + 1, right: at === index };
  });
}

/** Per-term feedback of a match question, in content order. */
export function matchFeedback(q: MatchQuestion, answer: Answer | undefined): PairFeedback[] {
  const chosen = asMap(answer);
  return q.pairs.map((p) => ({ id: p.id, chosen: chosen[p.id] ?? null, right: chosen[p.id] === p.id }));
}

/** The language-neutral facts of a question: id, type and the correct answer. */
export function questionFacts(q: QuizQuestion) {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        id: q.id,
        type: q.type,
        options: q.options.map((o) => o.id),
        correct: q.options.filter((o) => o.correct).map((o) => o.id),
      };
    case 'order':
      return { id: q.id, type: q.type, order: q.items.map((i) => i.id) };
    case 'match':
      return { id: q.id, type: q.type, pairs: q.pairs.map((p) => p.id) };
  }
}

/** Content hash of a question set: changes when an id, a type or a correct answer changes, in either locale alike. */
export function checkContentHash(questions: readonly QuizQuestion[]): string {
  return contentHash(questions.map(questionFacts));
}

/** Whether a stored record was made against a different question set ('' = unknown, never flagged). */
export function checkChanged(record: { contentHash: string } | undefined, currentHash: string): boolean {
  return !!record && record.contentHash !== '' && record.contentHash !== currentHash;
}
