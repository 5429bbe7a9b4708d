import { z } from 'astro/zod';
import { stageSlugs } from '../lib/vocabulary';
import { roleKey, stableId, stageNumber, stageSlug, text } from './common';

/** Whom to involve in a stage, and why. */
const roleToInvolve = z.object({
  /** Role key from the vocabulary (links to the glossary entry of the same id). */
  role: roleKey.exclude(['none']),
  /** Why this role matters in this stage. */
  why: text,
});

/** One step of the seller's work, in the order the method gives. */
const activity = z.object({
  /** Short name of the activity, as the method names it. */
  title: text,
  /** What the account team actually does. */
  detail: text,
});

/** The stage's vital sign, checked in the opportunity plan. */
const vitalSign = z.object({
  /** Glossary id of the vital sign (for example `compelling-reason-to-act`). */
  term: stableId,
  /** Display name. */
  name: text,
  /** The question the team asks itself to check it. */
  check: text,
});

/** The running case as it stands in this stage. */
const runningCase = z.object({
  /** Whom the team met or worked with. */
  met: text,
  /** What the team did. */
  did: text,
  /** Which evidence showed the outcome was reached. */
  evidence: text,
});

/** Frontmatter of `content/stages/<locale>/0N-<slug>.mdx`. */
export const stageSchema = z
  .object({
    /** Stage number, 1 to 7; must match the slug's position. */
    number: stageNumber,
    /** URL slug, the same in every locale. */
    slug: stageSlug,
    /** Sales stage name as in the CRM (for example "Noticing"). */
    title: text,
    /** One-line summary for lists and the map. */
    summary: text,
    /** What the seller does in this stage. */
    sellerActivity: text,
    /** Where the client is in its own buying process. */
    clientStage: text,
    /** Why the stage exists: one or two paragraphs (plain text). */
    purpose: text,
    /** What the client is doing and thinking in this stage. */
    clientView: text,
    /** The verifiable outcome: one sentence about what the client says or does. */
    outcome: text,
    /** Observable signs that the outcome is reached. */
    evidence: z.array(text).min(2),
    /** The vital sign, where the stage has one. */
    vitalSign: vitalSign.optional(),
    /** Seller activities, in order. */
    activities: z.array(activity).min(2),
    /** Roles to involve. */
    roles: z.array(roleToInvolve).min(1),
    /** Glossary ids of the sales aids used in this stage. */
    salesAids: z.array(stableId),
    /** Common mistakes in this stage. */
    mistakes: z.array(text).min(2),
    /** The running case in this stage. */
    runningCase,
    /** True where the page goes beyond the source material (stages 4 to 7). */
    beyondSource: z.boolean().default(false),
  })
  .strict()
  .superRefine((stage, ctx) => {
    const expected = stageSlugs[stage.number - 1];
    if (expected !== stage.slug) {
      ctx.addIssue({
        code: 'custom',
        path: ['slug'],
        message: `stage ${stage.number} must have slug "${expected}", not "${stage.slug}"`,
      });
    }
  });

export type StageData = z.infer<typeof stageSchema>;
