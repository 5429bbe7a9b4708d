import { z } from 'astro/zod';
import { stableId, text } from './common';

const phrases = z.array(text).default([]);

/** One concept with its preferred wording in each language and the variants the site rejects. */
const termSchema = z
  .object({
    id: stableId,
    /** What the term names, in English, for the maintainers. */
    concept: text,
    en: text,
    'zh-cn': text,
    /** Variants that must not appear in that language's content or UI strings. */
    rejected: z.object({ en: phrases, 'zh-cn': phrases }).strict().default({ en: [], 'zh-cn': [] }),
    /** Why this wording was chosen. */
    why: text,
    /**
     * Files that must use the preferred wording, relative to `content/` (`i18n/<locale>.json`
     * names a UI string file); the language is read from the path.
     */
    requiredIn: z
      .array(
        z
          .string()
          .regex(
            /^(?:[a-z-]+\/(?:en|zh-cn)\/[\w.-]+|i18n\/(?:en|zh-cn)\.json)$/,
            'must be <collection>/<locale>/<file> or i18n/<locale>.json',
          ),
      )
      .default([]),
  })
  .strict()
  .superRefine((term, ctx) => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const preferred = term[locale];
      term.rejected[locale].forEach((variant, index) => {
        if (variant === preferred)
          ctx.addIssue({
            code: 'custom',
            path: ['rejected', locale, index],
            message: `"${variant}" is also the preferred term`,
          });
      });
    }
  });

/** `content/terminology.yaml`: the site's terminology table. */
export const terminologySchema = z
  .object({ terms: z.array(termSchema).min(1) })
  .strict()
  .superRefine((table, ctx) => {
    const seen = new Set<string>();
    table.terms.forEach((term, index) => {
      if (seen.has(term.id))
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `duplicate term id "${term.id}"` });
      seen.add(term.id);
    });
  });

export type Terminology = z.infer<typeof terminologySchema>;
export type Term = Terminology['terms'][number];
