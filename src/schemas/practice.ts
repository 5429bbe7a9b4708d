import { z } from 'astro/zod';
import { branchingProblems } from '../lib/branching';
import { stableId, stageNumber, text, uniqueIds } from './common';

/**
 * `content/practice/<locale>/<id>.yaml`: one practice exercise beyond role identification.
 * Three engines share the collection, told apart by `type`. Ids inside an exercise are
 * stored with the learner's answers, so they are forever (like case contact ids).
 */
const common = {
  stage: stageNumber,
  title: text,
  /** One line for the exercise list. */
  summary: text,
  /** The situation the learner reads first. */
  scene: text,
  /** What the exercise teaches, shown after checking. */
  lesson: text,
};

const evidenceItem = z
  .object({
    id: stableId,
    /** Which of the stage's evidence items (1-based, as listed on the stage page): the text comes from there. */
    item: z.number().int().min(1).max(8),
    /** Whether this piece of evidence is still missing in the scene (the correct answer). */
    missing: z.boolean(),
    /** Why it counts as seen or as missing, shown after checking. */
    why: text,
  })
  .strict();

/** *Outcome reached?*: evidence seen so far; is the stage's verifiable outcome reached, and what is missing? */
const outcomeReached = z
  .object({
    type: z.literal('outcome-reached'),
    ...common,
    /** What the team has seen or heard, as the learner reads it. */
    seen: z.array(text).min(2).max(8),
    /** Every evidence item of the stage, each judged seen or still missing in this scene. */
    evidence: z
      .array(evidenceItem)
      .min(3)
      .max(8)
      .superRefine((list, ctx) => {
        uniqueIds(list, ctx, 'evidence');
        if (new Set(list.map((e) => e.item)).size !== list.length)
          ctx.addIssue({ code: 'custom', message: 'a stage evidence item is used twice' });
      }),
    /** The correct verdict; must agree with `evidence` (reached only when nothing is missing). */
    reached: z.boolean(),
    /** Why the verdict is right. */
    verdictWhy: text,
  })
  .strict()
  .superRefine((x, ctx) => {
    const anyMissing = x.evidence.some((e) => e.missing);
    if (x.reached === anyMissing)
      ctx.addIssue({
        code: 'custom',
        path: ['reached'],
        message: 'reached must be true exactly when no evidence is missing',
      });
  });

const rewriteOption = z.object({ id: stableId, text, correct: z.boolean(), why: text }).strict();
const rewriteItem = z
  .object({
    id: stableId,
    /** The vague statement as a seller wrote it. */
    vague: text,
    options: z
      .array(rewriteOption)
      .min(3)
      .max(5)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'option')),
  })
  .strict()
  .superRefine((item, ctx) => {
    if (item.options.filter((o) => o.correct).length !== 1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'exactly one option must be correct' });
  });
const sequence = z
  .object({
    prompt: text,
    /** Steps in the correct order; the page shows them shuffled. */
    steps: z
      .array(z.object({ id: stableId, text }).strict())
      .min(3)
      .max(7)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'step')),
    why: text,
  })
  .strict();

/** *Make it verifiable*: pick the verifiable rewrite of each vague statement, and optionally order steps. */
const makeVerifiable = z
  .object({
    type: z.literal('make-verifiable'),
    ...common,
    items: z
      .array(rewriteItem)
      .min(2)
      .max(6)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'item')),
    sequence: sequence.optional(),
  })
  .strict();

const choice = z
  .object({
    id: stableId,
    /** What the seller says or does. */
    text,
    next: stableId,
    /** best = what the method recommends, ok = defensible but weaker, poor = a real mistake. */
    quality: z.enum(['best', 'ok', 'poor']),
    /** Shown in the debrief for this step of the path. */
    why: text,
  })
  .strict();
const scene = z
  .object({
    id: stableId,
    /** Who speaks (the client's person), or empty for narration. */
    speaker: z.string().trim().default(''),
    /** The client's words or what happens. */
    text,
    /** Two to four choices; none on an ending. */
    choices: z.array(choice).max(4).default([]),
    /** On an ending: what the call achieved. */
    outcome: z.string().trim().optional(),
  })
  .strict();

/** *Branching conversation*: a call as a graph of scenes; every path ends in a debrief. */
const branching = z
  .object({
    type: z.literal('branching'),
    ...common,
    start: stableId,
    scenes: z.array(scene).min(4).max(40),
  })
  .strict()
  .superRefine((x, ctx) => {
    for (const message of branchingProblems(x)) ctx.addIssue({ code: 'custom', path: ['scenes'], message });
  });

export const practiceSchema = z.discriminatedUnion('type', [outcomeReached, makeVerifiable, branching]);

export type PracticeData = z.infer<typeof practiceSchema>;
export type OutcomeReachedData = z.infer<typeof outcomeReached>;
export type MakeVerifiableData = z.infer<typeof makeVerifiable>;
export type BranchingData = z.infer<typeof branching>;
export const practiceTypes = ['outcome-reached', 'make-verifiable', 'branching'] as const;
export type PracticeType = (typeof practiceTypes)[number];
