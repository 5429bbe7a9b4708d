/**
 * The answers of one opportunity's assessment (`body.answers` of its assessment sheet,
 * worksheet record version 2): Yes / No / ? per criterion, each with a note.
 */
import type { CriterionAnswerEntry, WorksheetBody } from './records';
import type { CriterionAnswer } from './vocabulary';

/** The stage a new opportunity's assessment assumes before the rep says otherwise. */
export const DEFAULT_STAGE = 2;

/** The answers, by criterion id. */
export function assessmentAnswers(body: WorksheetBody): Record<string, CriterionAnswerEntry> {
  return body.answers ?? {};
}

/** Sets one criterion's answer (null clears it), keeping its note. */
export function setAnswer(body: WorksheetBody, criterion: string, answer: CriterionAnswer | null): WorksheetBody {
  const answers = assessmentAnswers(body);
  return { ...body, answers: { ...answers, [criterion]: { answer, note: answers[criterion]?.note ?? '' } } };
}

/** Sets one criterion's note, keeping its answer. */
export function setNote(body: WorksheetBody, criterion: string, note: string): WorksheetBody {
  const answers = assessmentAnswers(body);
  return {
    ...body,
    answers: { ...answers, [criterion]: { answer: answers[criterion]?.answer ?? null, note: note.slice(0, 100_000) } },
  };
}

/** A stage number clamped to 1..7 (not a number → the default). */
export function clampStage(stage: number): number {
  const whole = Number.isFinite(stage) ? Math.round(stage) : DEFAULT_STAGE;
  return Math.min(7, Math.max(1, whole));
}
