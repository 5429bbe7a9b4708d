/**
 * When each worksheet counts as completed (stored as `completed` on its record, shown on the
 * worksheets page and counted in progress):
 * - opportunity assessment: every criterion of the opportunity is answered (Yes, No or ?);
 * - CRA call planner: all four CRA questions are answered;
 * - account plan: every one of the five parts has at least one filled field;
 * - unique value call planner: at least one capability row has every column filled;
 * - buying unit map: at least three contacts, each with a role and a stance, and a key
 *   decision leader identified by name.
 * The content-bound rules are factories: content ids in, a `(body) => boolean` out.
 */
import type { WorksheetBody } from './records';
import { isBlank } from './worksheet-body';
import { assessmentAnswers } from './worksheet-opportunities';
import { isRowComplete } from './unique-value-flags';

export type CompletionRule = (body: WorksheetBody) => boolean;

/** Opportunity assessment (one sheet per opportunity): every criterion answered. */
export function assessmentCompletion(criterionIds: readonly string[]): CompletionRule {
  return (body) => {
    const answers = assessmentAnswers(body);
    return criterionIds.every((id) => (answers[id]?.answer ?? null) !== null);
  };
}

/** CRA call planner: every CRA question answered. */
export function craCompletion(questionIds: readonly string[]): CompletionRule {
  return (body) => questionIds.every((id) => !isBlank(body.fields?.[id]));
}

/** Account plan: every part has at least one filled field. */
export function accountPlanCompletion(parts: readonly { fields: readonly { id: string }[] }[]): CompletionRule {
  return (body) => parts.every((part) => part.fields.some((f) => !isBlank(body.fields?.[f.id])));
}

/** Unique value call planner: at least one row with every column filled. */
export const uniqueValueCompletion: CompletionRule = (body) => (body.capabilities ?? []).some(isRowComplete);

/** Fewest contacts a complete buying unit map lists. */
export const MIN_CONTACTS = 3;

/** Buying unit map: ≥ 3 contacts with a role and a stance each, one of them a named key decision leader. */
export const buyingUnitCompletion: CompletionRule = (body) => {
  const contacts = (body.contacts ?? []).filter((c) => c.roles.length > 0 && c.stance !== null);
  return (
    contacts.length >= MIN_CONTACTS && contacts.some((c) => c.roles.includes('key-decision-leader') && !isBlank(c.name))
  );
};
