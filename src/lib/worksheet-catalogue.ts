/**
 * The worksheets of the site, in the order the worksheets page lists them, with the stages
 * each one serves. Sheet ids are the keys of stored worksheet records: never rename one.
 */
import { contentHash } from './content-hash';
import { roleKeys, stanceKeys } from './vocabulary';

export const worksheetIds = [
  'account-plan',
  'cra-planner',
  'opportunity-assessment',
  'unique-value',
  'buying-unit-map',
  'decision-support-plan',
  'conditions-of-agreement',
  'close-plan',
  'success-measures',
] as const;
export type WorksheetId = (typeof worksheetIds)[number];

/** Stage numbers where each worksheet is used. */
export const worksheetStages: Record<WorksheetId, readonly number[]> = {
  'account-plan': [1],
  'cra-planner': [2],
  'opportunity-assessment': [2, 3, 4, 5, 6, 7],
  'unique-value': [3],
  'buying-unit-map': [1, 2, 3, 4],
  'decision-support-plan': [4],
  'conditions-of-agreement': [5],
  'close-plan': [6],
  'success-measures': [7],
};

/** Fingerprints of each sheet's language-neutral facts (ids, stage-warning rules). */
export const worksheetHashes = {
  assessment: (sheet: {
    questions: readonly { id: string; criteria: readonly { id: string }[] }[];
    stageWarnings: readonly { id: string; criterion: string; fromStage: number; when: readonly string[] }[];
  }) =>
    contentHash({
      questions: sheet.questions.map((q) => ({ id: q.id, criteria: q.criteria.map((c) => c.id) })),
      warnings: sheet.stageWarnings.map((w) => ({
        id: w.id,
        criterion: w.criterion,
        fromStage: w.fromStage,
        when: w.when,
      })),
    }),
  cra: (sheet: { questions: readonly { id: string }[]; valuePrompts: readonly { id: string }[] }) =>
    contentHash({ questions: sheet.questions.map((q) => q.id), prompts: sheet.valuePrompts.map((p) => p.id) }),
  accountPlan: (sheet: { parts: readonly { id: string; fields: readonly { id: string }[] }[] }) =>
    contentHash({ parts: sheet.parts.map((p) => ({ id: p.id, fields: p.fields.map((f) => f.id) })) }),
  uniqueValue: (sheet: { questions: readonly { id: string }[] }) =>
    contentHash({ questions: sheet.questions.map((q) => q.id) }),
  buyingUnit: () => contentHash({ roles: roleKeys, stances: stanceKeys }),
  salesAid: (sheet: {
    fields: readonly { id: string }[];
    tables: readonly { id: string; columns: readonly { id: string }[] }[];
  }) =>
    contentHash({
      fields: sheet.fields.map((f) => f.id),
      tables: sheet.tables.map((t) => ({ id: t.id, columns: t.columns.map((c) => c.id) })),
    }),
};
