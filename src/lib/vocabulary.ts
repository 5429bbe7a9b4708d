/**
 * The language-neutral vocabulary of the method: locales, stage slugs, contact roles,
 * stances and moves. Content files and stored learner data refer to these keys, never to
 * translated labels, so both editions and every stored answer agree.
 */

/** Site locales, in switcher order. The first is the default. */
export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];

/** `<html lang>` and hreflang value for each locale. */
export const htmlLang: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** The seven stage slugs, in stage order (index + 1 = stage number). */
export const stageSlugs = [
  'noticing',
  'identifying',
  'validating',
  'qualifying',
  'conditionally-agreeing',
  'closing',
  'implementing',
] as const;
export type StageSlug = (typeof stageSlugs)[number];

/** Roles a contact can hold in the buying decision unit; `none` = not part of it. */
export const roleKeys = [
  'key-decision-leader',
  'benefit-owner',
  'evaluator',
  'approver',
  'influencer',
  'sponsor',
  'none',
] as const;
export type RoleKey = (typeof roleKeys)[number];

/** A contact's stance towards the account team. */
export const stanceKeys = ['supporter', 'neutral', 'opponent'] as const;
export type StanceKey = (typeof stanceKeys)[number];

/** The next moves the method recommends, by role and stance. */
export const moveKeys = [
  'focus-on-kdl',
  'ask-for-access',
  'keep-sponsor-benefiting',
  'win-over',
  'limit-reach',
  'keep-informed',
] as const;
export type MoveKey = (typeof moveKeys)[number];

/** Answers on an assessment criterion: known and favourable, known and unfavourable, unknown. */
export const criterionAnswers = ['yes', 'no', 'unknown'] as const;
export type CriterionAnswer = (typeof criterionAnswers)[number];

/** Stage number (1..7) for a slug. */
export function stageNumber(slug: StageSlug): number {
  return stageSlugs.indexOf(slug) + 1;
}
