import { z } from 'astro/zod';
import { stableId, stageSlug, text, uniqueIds } from './common';
import { practiceList } from './facilitation';

/** `HH:MM`, 24-hour clock. */
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as 09:00');

/** A stage module, taken at the length its facilitation file declares. */
const moduleSession = z.object({ module: stageSlug }).strict();

/** Anything else in the day: opening, breaks, lunch, recap, close. */
const otherSession = z
  .object({
    id: stableId,
    minutes: z.number().int().min(5).max(120),
    title: text,
    /** What happens, for sessions that are more than a break. */
    detail: text.optional(),
    /** True for breaks and lunch, shown quieter. */
    isBreak: z.boolean().default(false),
    /** The exercises, checks or worksheets run in this session, if any. */
    practice: practiceList,
  })
  .strict();

const day = z
  .object({
    title: text,
    start: clock,
    end: clock,
    sessions: z.array(z.union([moduleSession, otherSession])).min(3),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.end <= d.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'the day must end after it starts' });
    const others = d.sessions.filter((s): s is z.infer<typeof otherSession> => 'id' in s);
    uniqueIds(others, ctx, 'session');
  });

/** `content/workshop-plans/<locale>/<plan-id>.yaml`: a workshop built from the stage modules. */
export const workshopPlanSchema = z
  .object({
    title: text,
    /** Order on the facilitator's index. */
    order: z.number().int().min(1),
    /** Who the plan suits and what it covers. */
    summary: text,
    /** What learners do before the first day. */
    before: text,
    /** What learners do afterwards. */
    after: text,
    days: z.array(day).min(1).max(3),
  })
  .strict();

export type WorkshopPlanData = z.infer<typeof workshopPlanSchema>;
export type WorkshopDay = WorkshopPlanData['days'][number];
export type WorkshopSession = WorkshopDay['sessions'][number];
