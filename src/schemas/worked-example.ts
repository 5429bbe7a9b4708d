import { z } from 'astro/zod';
import { criterionAnswer, stableId, text, uniqueIds } from './common';

/** The sheets that have a worked example (the sponsor letter is shown with the unique value sheet). */
export const exampleSheets = [
  'account-plan',
  'opportunity-assessment',
  'cra-planner',
  'unique-value',
  'buying-unit-map',
  'sponsor-letter',
] as const;

const entry = z
  .object({
    /** The sheet's own field, criterion or question id where there is one (checked by a test). */
    id: stableId,
    label: text,
    text,
    /** Opportunity assessment only: the criterion's mark. */
    mark: criterionAnswer.optional(),
  })
  .strict();

/** `content/worked-examples/<locale>/<sheet>.yaml`: the Jade River Dairy case as a filled-in sheet, read-only. */
export const workedExampleSchema = z
  .object({
    sheet: z.enum(exampleSheets),
    title: text,
    /** When in the case the sheet was filled in, and by whom. */
    intro: text,
    sections: z
      .array(
        z
          .object({
            id: stableId,
            heading: text,
            entries: z
              .array(entry)
              .min(1)
              .superRefine((list, ctx) => uniqueIds(list, ctx, 'entry')),
          })
          .strict(),
      )
      .min(1)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'section')),
  })
  .strict();

export type WorkedExampleData = z.infer<typeof workedExampleSchema>;
