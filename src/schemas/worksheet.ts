import { z } from 'astro/zod';
import { criterionAnswer, stableId, stageNumber, text, uniqueIds } from './common';

/** Ids of the four key questions of the opportunity assessment, in order. */
export const keyQuestionIds = ['is-it-real', 'best-solution', 'client-wants-us', 'worth-it'] as const;
/** Ids of the four CRA questions, in order. */
export const craQuestionIds = ['initiative', 'driver', 'entry-point', 'business-result'] as const;

const field = z
  .object({
    id: stableId,
    label: text,
    /** A prompt shown under the label. */
    hint: text,
    multiline: z.boolean().default(true),
  })
  .strict();

const fieldList = z
  .array(field)
  .min(1)
  .superRefine((list, ctx) => uniqueIds(list, ctx, 'field'));

const sheetBase = {
  title: text,
  /** What the sheet is for and when to use it. */
  intro: text,
};

const criterion = z.object({ id: stableId, text, hint: text }).strict();

const keyQuestion = z
  .object({
    id: z.enum(keyQuestionIds),
    title: text,
    help: text,
    criteria: z
      .array(criterion)
      .min(4)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'criterion')),
  })
  .strict();

/** A warning that fires when a criterion is weak at or past a stage. */
const stageWarning = z
  .object({
    id: stableId,
    /** Criterion id the warning watches. */
    criterion: stableId,
    /** First stage at which the gap is serious. */
    fromStage: stageNumber,
    /** Answers that trigger it. */
    when: z.array(criterionAnswer).min(1),
    message: text,
  })
  .strict();

const opportunityAssessment = z
  .object({
    sheet: z.literal('opportunity-assessment'),
    ...sheetBase,
    questions: z.array(keyQuestion).length(4),
    stageWarnings: z.array(stageWarning).min(1),
  })
  .strict()
  .superRefine((sheet, ctx) => {
    sheet.questions.forEach((q, index) => {
      if (q.id !== keyQuestionIds[index]) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `key question ${index + 1} must be "${keyQuestionIds[index]}"`,
        });
      }
    });
    const second = sheet.questions[1];
    if (second && (second.criteria.length !== 5 || second.criteria[0]?.id !== 'unique-value')) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions', 1, 'criteria'],
        message: 'key question 2 has five criteria, "unique-value" first',
      });
    }
    const ids = new Set(sheet.questions.flatMap((q) => q.criteria.map((c) => c.id)));
    if (ids.size !== sheet.questions.reduce((n, q) => n + q.criteria.length, 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: 'criterion ids must be unique across all key questions',
      });
    }
    sheet.stageWarnings.forEach((w, index) => {
      if (!ids.has(w.criterion)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stageWarnings', index, 'criterion'],
          message: `unknown criterion "${w.criterion}"`,
        });
      }
    });
  });

const craPlanner = z
  .object({
    sheet: z.literal('cra-planner'),
    ...sheetBase,
    /** The four CRA questions, in order. */
    questions: z.array(field.extend({ id: z.enum(craQuestionIds) })).length(4),
    /** Value-dialogue prompts: questions to ask the client on the call. */
    valuePrompts: z.array(z.object({ id: stableId, text }).strict()).min(4),
    /** Draft value proposition; `{client}` and the question ids in braces are filled in. */
    propositionTemplate: text,
  })
  .strict()
  .superRefine((sheet, ctx) => {
    sheet.questions.forEach((q, index) => {
      if (q.id !== craQuestionIds[index])
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `CRA question ${index + 1} must be "${craQuestionIds[index]}"`,
        });
    });
  });

const accountPlan = z
  .object({
    sheet: z.literal('account-plan'),
    ...sheetBase,
    /** The five parts of the account plan, in order. */
    parts: z.array(z.object({ id: stableId, title: text, guidance: text, fields: fieldList }).strict()).length(5),
    initiativesMap: z
      .object({ title: text, guidance: text, goalHint: text, initiativeHint: text, projectHint: text })
      .strict(),
  })
  .strict();

const uniqueValue = z
  .object({
    sheet: z.literal('unique-value'),
    ...sheetBase,
    /** The questions that find unique value. */
    questions: z.array(z.object({ id: stableId, text }).strict()).min(4),
    /** Prompts for each column of a capability row. */
    columns: z
      .object({ capability: text, ours: text, competitor: text, ourView: text, clientView: text, businessValue: text })
      .strict(),
  })
  .strict();

/** The sales aids of stages 4 to 7: free-text fields and tables of rows, all from content. */
export const salesAidIds = [
  'decision-support-plan',
  'conditions-of-agreement',
  'close-plan',
  'success-measures',
] as const;

const aidColumn = z
  .object({
    id: stableId,
    label: text,
    /** What to write in the cell. */
    hint: text,
    /** `text`: one line; `long`: several lines; `date`: a date; `choice`: one of `options`. */
    kind: z.enum(['text', 'long', 'date', 'choice']).default('text'),
    options: z
      .array(z.object({ id: stableId, label: text }).strict())
      .min(2)
      .optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if ((c.kind === 'choice') !== Boolean(c.options))
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a choice column lists its options, and only a choice column does',
      });
  });

const aidTable = z
  .object({
    id: stableId,
    title: text,
    guidance: text,
    /** Label of the "add a row" button. */
    add: text,
    /** Name of one row, with {n} for its number ("Concern {n}"). */
    row: text.refine((s) => s.includes('{n}'), 'must contain {n}'),
    columns: z
      .array(aidColumn)
      .min(2)
      .max(8)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'column')),
  })
  .strict();

const salesAid = z
  .object({
    sheet: z.enum(salesAidIds),
    ...sheetBase,
    /** Free-text fields above the tables (may be none). */
    fields: z.array(field).superRefine((list, ctx) => uniqueIds(list, ctx, 'field')),
    tables: z
      .array(aidTable)
      .min(1)
      .max(6)
      .superRefine((list, ctx) => uniqueIds(list, ctx, 'table')),
  })
  .strict();

/** `content/worksheets/<locale>/<sheet>.yaml`: criteria and prompts of one worksheet. */
export const worksheetSchema = z.discriminatedUnion('sheet', [
  opportunityAssessment,
  craPlanner,
  accountPlan,
  uniqueValue,
  salesAid,
]);

export type WorksheetData = z.infer<typeof worksheetSchema>;
export type OpportunityAssessmentSheet = z.infer<typeof opportunityAssessment>;
export type CraPlannerSheet = z.infer<typeof craPlanner>;
export type AccountPlanSheet = z.infer<typeof accountPlan>;
export type UniqueValueSheet = z.infer<typeof uniqueValue>;
export type SalesAidSheet = z.infer<typeof salesAid>;
