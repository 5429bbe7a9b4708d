import { z } from 'astro/zod';
import { stableId, stageSlug, text, uniqueIds } from './common';

const choiceOption = z
  .object({
    id: stableId,
    text,
    correct: z.boolean().default(false),
    /** Why this option is right or wrong. */
    explanation: text,
  })
  .strict();

const base = {
  /** Stable id, unique across all questions of all stages. */
  id: stableId,
  prompt: text,
};

const single = z
  .object({ ...base, type: z.literal('single'), options: z.array(choiceOption).min(3).max(6) })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'option');
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `single choice needs exactly one correct option, has ${correct}`,
      });
  });

const multiple = z
  .object({ ...base, type: z.literal('multiple'), options: z.array(choiceOption).min(3).max(7) })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'option');
    const correct = q.options.filter((o) => o.correct).length;
    if (correct < 2 || correct === q.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `multiple choice needs at least two correct and one wrong option, has ${correct} of ${q.options.length} correct`,
      });
    }
  });

const order = z
  .object({
    ...base,
    type: z.literal('order'),
    /** Items in their correct order; the page shuffles them. */
    items: z
      .array(z.object({ id: stableId, text }).strict())
      .min(3)
      .max(7),
    /** Why this is the order. */
    explanation: text,
  })
  .strict()
  .superRefine((q, ctx) => uniqueIds(q.items, ctx, 'item'));

const match = z
  .object({
    ...base,
    type: z.literal('match'),
    /** Term and the definition it matches; the page shuffles the definitions. */
    pairs: z
      .array(z.object({ id: stableId, term: text, definition: text, explanation: text }).strict())
      .min(3)
      .max(6),
  })
  .strict()
  .superRefine((q, ctx) => uniqueIds(q.pairs, ctx, 'pair'));

/** One knowledge-check question. */
export const questionSchema = z.discriminatedUnion('type', [single, multiple, order, match]);

/** `content/checks/<locale>/<stage-slug>.yaml`: a stage's question pool. */
export const checkSchema = z
  .object({
    stage: stageSlug,
    questions: z
      .array(questionSchema)
      .min(8)
      .max(12)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'question')),
  })
  .strict();

export type CheckData = z.infer<typeof checkSchema>;
export type Question = z.infer<typeof questionSchema>;
