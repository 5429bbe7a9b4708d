/**
 * The opportunity assessment: tallies per key question, a strength signal per question, the
 * overall guidance (pursue / strengthen first / consider walking away) with the reasons that
 * produced it, stage warnings, and the follow-ups (questions for the next call, risks).
 *
 * The rule, in the order it is applied (an unanswered criterion counts as "?"):
 * 1. Per key question:
 *    - weak       more No than Yes;
 *    - uncertain  not weak, and more ? than Yes;
 *    - strong     Yes on more than half of the criteria;
 *    - mixed      anything else (Yes leads, but not by a clear majority).
 * 2. Overall:
 *    - consider walking away  the compelling reason to act is No ("no CRA, no opportunity"),
 *                             or any key question is weak;
 *    - strengthen first       any key question is uncertain or mixed, or a vital-sign
 *                             criterion (unique value, key decision leader support,
 *                             expected solution value) is No;
 *    - pursue                 every key question is strong and no vital sign is No.
 */
import type { CriterionAnswer } from './vocabulary';

/** The language-neutral shape of the assessment content this module needs. */
export interface AssessmentQuestion {
  id: string;
  criteria: readonly { id: string }[];
}
export interface StageWarningRule {
  id: string;
  criterion: string;
  fromStage: number;
  when: readonly CriterionAnswer[];
}
/** Stored answers of one opportunity, by criterion id. */
export type AssessmentAnswers = Readonly<Record<string, { answer: CriterionAnswer | null; note: string } | undefined>>;

/** The criterion that decides whether there is an opportunity at all. */
export const CRA_CRITERION = 'compelling-reason';
/** Criteria that record a vital sign after the CRA: a No on one holds the pursuit back. */
export const VITAL_SIGN_CRITERIA = ['unique-value', 'kdl-support', 'expected-solution-value'] as const;

export interface Tally {
  yes: number;
  no: number;
  /** Answered "?" plus not answered. */
  unknown: number;
  /** Of `unknown`, how many have no answer at all. */
  unanswered: number;
  total: number;
}
export type Strength = 'strong' | 'mixed' | 'uncertain' | 'weak';
export type Guidance = 'pursue' | 'strengthen' | 'walk-away';
export type Reason =
  | { kind: 'no-cra' }
  | { kind: 'weak-question'; question: string }
  | { kind: 'uncertain-question'; question: string }
  | { kind: 'mixed-question'; question: string }
  | { kind: 'vital-sign-no'; criterion: string }
  | { kind: 'all-strong' };

/** The answer of a criterion, or null when there is none. */
export function answerOf(answers: AssessmentAnswers, criterionId: string): CriterionAnswer | null {
  return answers[criterionId]?.answer ?? null;
}

/** Yes / No / ? counts of one key question. */
export function tallyQuestion(question: AssessmentQuestion, answers: AssessmentAnswers): Tally {
  const tally: Tally = { yes: 0, no: 0, unknown: 0, unanswered: 0, total: question.criteria.length };
  for (const { id } of question.criteria) {
    const answer = answerOf(answers, id);
    if (answer === 'yes') tally.yes++;
    else if (answer === 'no') tally.no++;
    else {
      tally.unknown++;
      if (answer === null) tally.unanswered++;
    }
  }
  return tally;
}

/** The strength signal of one key question from its tally (rule 1 above). */
export function strengthOf(tally: Tally): Strength {
  if (tally.no > tally.yes) return 'weak';
  if (tally.unknown > tally.yes) return 'uncertain';
  if (tally.yes * 2 > tally.total) return 'strong';
  return 'mixed';
}

export interface QuestionSummary {
  id: string;
  tally: Tally;
  strength: Strength;
}
export interface AssessmentSummary {
  questions: QuestionSummary[];
  guidance: Guidance;
  /** Why the guidance is what it is, most serious first. */
  reasons: Reason[];
  /** Criteria with an answer, and all criteria. */
  answered: number;
  total: number;
}

/** Tallies, strengths and the overall guidance with its reasons (rule 2 above). */
export function summarize(questions: readonly AssessmentQuestion[], answers: AssessmentAnswers): AssessmentSummary {
  const summaries = questions.map((q) => {
    const tally = tallyQuestion(q, answers);
    return { id: q.id, tally, strength: strengthOf(tally) };
  });
  const known = new Set(questions.flatMap((q) => q.criteria.map((c) => c.id)));
  const walk: Reason[] = [];
  if (known.has(CRA_CRITERION) && answerOf(answers, CRA_CRITERION) === 'no') walk.push({ kind: 'no-cra' });
  for (const q of summaries) if (q.strength === 'weak') walk.push({ kind: 'weak-question', question: q.id });

  const strengthen: Reason[] = [];
  for (const q of summaries) {
    if (q.strength === 'uncertain') strengthen.push({ kind: 'uncertain-question', question: q.id });
    if (q.strength === 'mixed') strengthen.push({ kind: 'mixed-question', question: q.id });
  }
  for (const criterion of VITAL_SIGN_CRITERIA) {
    if (known.has(criterion) && answerOf(answers, criterion) === 'no')
      strengthen.push({ kind: 'vital-sign-no', criterion });
  }

  const total = summaries.reduce((n, q) => n + q.tally.total, 0);
  const answered = total - summaries.reduce((n, q) => n + q.tally.unanswered, 0);
  const guidance: Guidance = walk.length > 0 ? 'walk-away' : strengthen.length > 0 ? 'strengthen' : 'pursue';
  const reasons = guidance === 'pursue' ? [{ kind: 'all-strong' } as const] : [...walk, ...strengthen];
  return { questions: summaries, guidance, reasons, answered, total };
}

/** The stage warnings that fire: the watched criterion's answer is in `when` (unanswered = "?") and the stage has reached `fromStage`. */
export function firedWarnings<W extends StageWarningRule>(
  warnings: readonly W[],
  answers: AssessmentAnswers,
  stage: number,
): W[] {
  return warnings.filter((w) => stage >= w.fromStage && w.when.includes(answerOf(answers, w.criterion) ?? 'unknown'));
}

export interface FollowUp {
  criterion: string;
  question: string;
  note: string;
}
export interface FollowUps {
  /** Criteria answered "?": each is a question for the next client call. */
  toAsk: FollowUp[];
  /** Criteria answered No: each is a risk to manage. */
  risks: FollowUp[];
  /** Criteria with no answer yet (counted as "?" in the tallies). */
  unanswered: number;
}

/** Questions for the next call and risks, in content order. */
export function followUps(questions: readonly AssessmentQuestion[], answers: AssessmentAnswers): FollowUps {
  const out: FollowUps = { toAsk: [], risks: [], unanswered: 0 };
  for (const q of questions) {
    for (const { id } of q.criteria) {
      const entry = answers[id];
      const item = { criterion: id, question: q.id, note: entry?.note.trim() ?? '' };
      if (entry?.answer === 'unknown') out.toAsk.push(item);
      else if (entry?.answer === 'no') out.risks.push(item);
      else if (!entry?.answer) out.unanswered++;
    }
  }
  return out;
}
