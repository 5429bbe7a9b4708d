import { z } from 'astro/zod';
import { criterionAnswers, moveKeys, roleKeys, stanceKeys, stageSlugs } from '../lib/vocabulary';

/** A stable, kebab-case id: stored learner data is keyed by it, so never rename one. */
export const stableId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

/** Visible text: non-empty after trimming. */
export const text = z.string().trim().min(1, 'must not be empty');

/** A stage number, 1 to 7. */
export const stageNumber = z.number().int().min(1).max(7);

export const stageSlug = z.enum(stageSlugs);
export const roleKey = z.enum(roleKeys);
export const stanceKey = z.enum(stanceKeys);
export const moveKey = z.enum(moveKeys);
export const criterionAnswer = z.enum(criterionAnswers);

/** A list whose items carry ids that must be unique within the list. */
export function uniqueIds<T extends { id: string }>(items: T[], ctx: z.RefinementCtx, what: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate ${what} id "${item.id}"` });
    }
    seen.add(item.id);
  });
}
