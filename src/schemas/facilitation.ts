import { z } from 'astro/zod';
import { stableId, stageSlug, text, uniqueIds } from './common';

/** Shortest and longest module a stage may have, in minutes. */
export const MODULE_MINUTES = { min: 60, max: 90 } as const;

/**
 * Something learners open on the site during a step. The id is checked against the content
 * by a unit test and rendered as a link: a case id, a stage slug or `final`, a worksheet id.
 */
export const practice = z
  .object({
    kind: z.enum(['exercise', 'check', 'worksheet']),
    id: stableId,
  })
  .strict();

/** What a step or session runs on the site, in the order to open it. */
export const practiceList = z.array(practice).default([]);

/** One timed step of the module's agenda. */
const agendaStep = z
  .object({
    /** Stable id of the step, the same in both locales. */
    id: stableId,
    minutes: z.number().int().min(3).max(45),
    title: text,
    /** What the facilitator does and says, and what the room does. */
    detail: text,
    /** The exercises, checks or worksheets run in this step, if any. */
    practice: practiceList,
  })
  .strict();

/** A question to put to the room, with what a good answer contains. */
const discussionPrompt = z
  .object({
    question: text,
    /** Points a good answer covers; the facilitator listens for them. */
    goodAnswer: z.array(text).min(2),
  })
  .strict();

/** A belief learners often bring, and how to correct it. */
const misconception = z
  .object({
    belief: text,
    correction: text,
  })
  .strict();

/** `content/facilitation/<locale>/<stage-slug>.yaml`: the facilitator's guide to one stage's module. */
export const facilitationSchema = z
  .object({
    stage: stageSlug,
    /** Declared length of the module; the agenda's minutes must add up to it. */
    minutes: z.number().int().min(MODULE_MINUTES.min).max(MODULE_MINUTES.max),
    /** One or two sentences: what this module is for. */
    aim: text,
    /** What participants can do at the end, each one observable. */
    objectives: z.array(text).min(3).max(5),
    /** What the room needs: devices, printouts, flip charts. */
    materials: z.array(text).min(2),
    agenda: z
      .array(agendaStep)
      .min(3)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'agenda step')),
    prompts: z.array(discussionPrompt).min(2),
    /** Points to draw out when the module closes. */
    debrief: z.array(text).min(2),
    misconceptions: z.array(misconception).min(2),
  })
  .strict()
  .superRefine((guide, ctx) => {
    const sum = guide.agenda.reduce((n, step) => n + step.minutes, 0);
    if (sum !== guide.minutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['agenda'],
        message: `the agenda adds up to ${sum} minutes, the module declares ${guide.minutes}`,
      });
    }
  });

export type FacilitationData = z.infer<typeof facilitationSchema>;
export type AgendaStep = FacilitationData['agenda'][number];
export type Practice = z.infer<typeof practice>;
