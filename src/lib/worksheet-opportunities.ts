/**
 * The named opportunities of the assessment sheet (`body.opportunities`, the active one in
 * `body.activeOpportunity`): add, rename, switch, delete, and answer within the active one.
 */
import type { AssessmentOpportunity, WorksheetBody } from './records';
import { nextId } from './worksheet-body';
import type { CriterionAnswer } from './vocabulary';

/** Most opportunities one browser keeps (the stored shape allows 50). */
export const MAX_OPPORTUNITIES = 50;
/** Longest opportunity name the stored shape allows. */
export const MAX_NAME = 200;
/** The stage a new opportunity starts at: the assessment is first completed in stage 2. */
export const DEFAULT_STAGE = 2;

/** The opportunities, in the order they were added. */
export function opportunityList(body: WorksheetBody): AssessmentOpportunity[] {
  return body.opportunities ?? [];
}

/** The opportunity being worked on: the active one, else the first, else null. */
export function activeOpportunity(body: WorksheetBody): AssessmentOpportunity | null {
  const list = opportunityList(body);
  return list.find((o) => o.id === body.activeOpportunity) ?? list[0] ?? null;
}

/** Adds an opportunity and makes it the active one (no-op at the limit). */
export function addOpportunity(body: WorksheetBody, name: string): WorksheetBody {
  const list = opportunityList(body);
  if (list.length >= MAX_OPPORTUNITIES) return body;
  const id = nextId('opportunity', list.map((o) => o.id));
  return { ...body, opportunities: [...list, { id, name: name.slice(0, MAX_NAME), stage: DEFAULT_STAGE, answers: {} }], activeOpportunity: id };
}

/** Makes an opportunity active (unknown ids are ignored). */
export function switchOpportunity(body: WorksheetBody, id: string): WorksheetBody {
  return opportunityList(body).some((o) => o.id === id) ? { ...body, activeOpportunity: id } : body;
}

/** Renames an opportunity. */
export function renameOpportunity(body: WorksheetBody, id: string, name: string): WorksheetBody {
  return { ...body, opportunities: opportunityList(body).map((o) => (o.id === id ? { ...o, name: name.slice(0, MAX_NAME) } : o)) };
}

/** Deletes an opportunity; if it was active, the first remaining one becomes active. */
export function deleteOpportunity(body: WorksheetBody, id: string): WorksheetBody {
  const opportunities = opportunityList(body).filter((o) => o.id !== id);
  const stillActive = opportunities.some((o) => o.id === body.activeOpportunity);
  return { ...body, opportunities, activeOpportunity: stillActive ? (body.activeOpportunity ?? null) : (opportunities[0]?.id ?? null) };
}

/** Applies `change` to the active opportunity, creating one called `defaultName` if there is none. */
export function updateActive(body: WorksheetBody, defaultName: string, change: (o: AssessmentOpportunity) => AssessmentOpportunity): WorksheetBody {
  const base = activeOpportunity(body) ? body : addOpportunity(body, defaultName);
  const active = activeOpportunity(base);
  if (!active) return body;
  return { ...base, activeOpportunity: active.id, opportunities: opportunityList(base).map((o) => (o.id === active.id ? change(o) : o)) };
}

/** Sets one criterion's answer (null clears it), keeping its note. */
export function setAnswer(o: AssessmentOpportunity, criterion: string, answer: CriterionAnswer | null): AssessmentOpportunity {
  return { ...o, answers: { ...o.answers, [criterion]: { answer, note: o.answers[criterion]?.note ?? '' } } };
}

/** Sets one criterion's note, keeping its answer. */
export function setNote(o: AssessmentOpportunity, criterion: string, note: string): AssessmentOpportunity {
  return { ...o, answers: { ...o.answers, [criterion]: { answer: o.answers[criterion]?.answer ?? null, note: note.slice(0, 100_000) } } };
}

/** Sets the stage the opportunity has reached (clamped to 1..7; not a number → the default). */
export function setStage(o: AssessmentOpportunity, stage: number): AssessmentOpportunity {
  const whole = Number.isFinite(stage) ? Math.round(stage) : DEFAULT_STAGE;
  return { ...o, stage: Math.min(7, Math.max(1, whole)) };
}
