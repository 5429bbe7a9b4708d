/**
 * Hints from the method on the buying unit map (`body.contacts`): find the key decision
 * leader (usually one per opportunity), find a sponsor who helps you reach them, give neutral
 * people extra attention, and limit the reach of firm opponents.
 */
import type { UnitContact } from './records';
import { isBlank, nextId } from './worksheet-body';

export type BuyingUnitHint =
  | { kind: 'no-kdl' }
  | { kind: 'several-kdl'; ids: string[] }
  | { kind: 'no-sponsor' }
  | { kind: 'opponents'; ids: string[] }
  | { kind: 'neutrals'; ids: string[] };
/** Most contacts the stored shape allows. */
export const MAX_CONTACTS = 100;

/** A contact row with something in it. */
export function isContactUsed(c: UnitContact): boolean {
  return !isBlank(c.name) || !isBlank(c.title) || c.roles.length > 0 || c.stance !== null || !isBlank(c.nextAction);
}

/** The hints that apply, in the order the method would act on them. */
export function buyingUnitHints(contacts: readonly UnitContact[]): BuyingUnitHint[] {
  const used = contacts.filter(isContactUsed);
  const idsWhere = (test: (c: UnitContact) => boolean) => used.filter(test).map((c) => c.id);
  const kdls = idsWhere((c) => c.roles.includes('key-decision-leader'));
  const hints: BuyingUnitHint[] = [];
  if (kdls.length === 0) hints.push({ kind: 'no-kdl' });
  if (kdls.length > 1) hints.push({ kind: 'several-kdl', ids: kdls });
  if (idsWhere((c) => c.roles.includes('sponsor')).length === 0) hints.push({ kind: 'no-sponsor' });
  const opponents = idsWhere((c) => c.stance === 'opponent');
  if (opponents.length > 0) hints.push({ kind: 'opponents', ids: opponents });
  const neutrals = idsWhere((c) => c.stance === 'neutral');
  if (neutrals.length > 0) hints.push({ kind: 'neutrals', ids: neutrals });
  return hints;
}

/** A new empty contact with the next free id. */
export function newContact(contacts: readonly UnitContact[]): UnitContact {
  return {
    id: nextId(
      'contact',
      contacts.map((c) => c.id),
    ),
    name: '',
    title: '',
    roles: [],
    stance: null,
    nextAction: '',
  };
}
