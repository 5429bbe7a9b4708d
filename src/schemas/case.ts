import { z } from 'astro/zod';
import { moveKey, roleKey, stableId, stageNumber, stanceKey, text, uniqueIds } from './common';

/** The expected answer for one contact: the language-neutral facts of a case. */
const contactAnswer = z
  .object({
    /** Every role the contact holds; `none` alone when outside the buying decision unit. */
    roles: z.array(roleKey).min(1),
    stance: stanceKey,
    /** The move the method recommends for this contact. */
    move: moveKey,
    /** Other moves that also earn credit. */
    alsoAccepted: z.array(moveKey).default([]),
  })
  .strict()
  .superRefine((answer, ctx) => {
    if (answer.roles.includes('none') && answer.roles.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: '"none" cannot be combined with other roles' });
    }
    if (new Set(answer.roles).size !== answer.roles.length) {
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'a role is listed twice' });
    }
  });

const contact = z
  .object({
    /** Stable id of the contact within the case. */
    id: stableId,
    name: text,
    title: text,
    /** What the contact said or did, as the learner reads it. */
    said: text,
    answer: contactAnswer,
    /** Why the answer is right, tied to the case text. */
    explanation: text,
  })
  .strict();

/** `content/cases/<locale>/<case-id>.yaml`: one role-identification exercise. */
export const caseSchema = z
  .object({
    /** Stage the case belongs to (the opportunity's current stage). */
    stage: stageNumber,
    /** Industry, as shown. */
    industry: text,
    title: text,
    company: text,
    /** The situation: a paragraph or two. */
    situation: text,
    /** The opportunity being pursued. */
    opportunity: text,
    /** What the case teaches, shown after checking. */
    lesson: text,
    contacts: z
      .array(contact)
      .min(5)
      .max(8)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'contact')),
  })
  .strict();

export type CaseData = z.infer<typeof caseSchema>;
export type CaseContact = CaseData['contacts'][number];
