import { z } from 'astro/zod';
import { stableId, text } from './common';

/**
 * `content/glossary/<locale>/<term-id>.yaml`: one term; the file name is its anchor. The stages
 * a term belongs to are not kept here: they are derived from the stage pages that use it
 * (src/lib/glossary-stages.ts).
 */
export const glossarySchema = z
  .object({
    /** The term as shown. */
    term: text,
    /** Abbreviation or other names (for example "CRA"). */
    aka: z.array(text).default([]),
    /** What kind of entry: a concept, a contact role, or a sales aid (tool). */
    kind: z.enum(['concept', 'role', 'sales-aid']),
    /** One-line definition for tooltips and lists. */
    short: text,
    /** Full definition: one or more paragraphs, separated by blank lines. */
    definition: text,
    /** Glossary ids of related terms. */
    related: z.array(stableId).default([]),
  })
  .strict();

export type GlossaryData = z.infer<typeof glossarySchema>;
