/**
 * Version-1 worksheets → opportunities (worksheet record version 2), as a plan the store
 * carries out once on load and on import. Nothing typed is lost:
 * - each opportunity of the v1 assessment becomes an opportunity (same id, name and stage),
 *   with its answers and notes in its own assessment sheet;
 * - every other v1 deal sheet (CRA planner, unique value, buying unit map) attaches to the
 *   first of them, or, when the assessment had none, to a new one called "My opportunity";
 * - a sheet whose place already holds a different, newer sheet is set aside, not dropped.
 * The account plan is not a deal sheet and stays as it is.
 */
import type { OpportunityRecord } from './opportunity-record';
import { OPPORTUNITY_VERSION } from './opportunity-record';
import { WORKSHEET_VERSION, type AssessmentOpportunity, type WorksheetBody, type WorksheetRecord } from './records';
import { isDealSheet, sheetRecordId } from './worksheet-records';

/** Id of the opportunity made for v1 sheets when the assessment had none. */
export const MY_OPPORTUNITY_ID = 'my-opportunity';

export interface MigrationInput {
  /** Version-1 deal sheets by sheet id (upgraded to v2 shape, `opportunity: null`). */
  legacy: Readonly<Record<string, WorksheetRecord>>;
  /** Opportunities already stored, by id. */
  opportunities: Readonly<Record<string, OpportunityRecord>>;
  /** Worksheet records already stored, by record id. */
  worksheets: Readonly<Record<string, WorksheetRecord>>;
  /** Name of the opportunity made when there is none ("My opportunity", in the page's language). */
  defaultName: string;
}

export interface MigrationPlan {
  /** Opportunities to write (new ones only: a stored one is never overwritten). */
  opportunities: Record<string, OpportunityRecord>;
  /** Worksheet records to write, by record id. */
  worksheets: Record<string, WorksheetRecord>;
  /** Legacy sheet ids fully placed: their old records can go. */
  placed: string[];
  /** Legacy sheet ids that could not be placed, with why: set them aside. */
  setAside: { sheet: string; reason: string }[];
}

/** Whether a record is a version-1 deal sheet waiting to be placed. */
export const isLegacyDealSheet = (id: string, record: Pick<WorksheetRecord, 'opportunity'>) =>
  isDealSheet(id) && record.opportunity === null;

function newOpportunity(
  name: string,
  stage: number,
  createdAt: string,
  updatedAt: string,
  client = '',
): OpportunityRecord {
  return {
    v: OPPORTUNITY_VERSION,
    name: name.slice(0, 200),
    client: client.slice(0, 200),
    initiative: '',
    value: null,
    currency: '',
    closeDate: null,
    stage,
    archived: false,
    outcomes: {},
    vitals: {},
    createdAt,
    updatedAt,
  };
}

const answeredCount = (o: AssessmentOpportunity) => Object.values(o.answers).filter((a) => a.answer !== null).length;

export function planMigration({ legacy, opportunities, worksheets, defaultName }: MigrationInput): MigrationPlan {
  const plan: MigrationPlan = { opportunities: {}, worksheets: {}, placed: [], setAside: [] };
  const ids = Object.keys(legacy)
    .filter((id) => isLegacyDealSheet(id, legacy[id]!))
    .sort();
  if (ids.length === 0) return plan;

  const assessment = legacy['opportunity-assessment'];
  const listed = assessment?.body.opportunities ?? [];
  const craClient = legacy['cra-planner']?.body.fields?.['client'] ?? '';

  // Where a sheet goes; true when it was placed (or an identical copy is already there).
  const place = (recordId: string, record: WorksheetRecord): boolean => {
    const existing = worksheets[recordId] ?? plan.worksheets[recordId];
    if (
      existing &&
      JSON.stringify(existing.body) !== JSON.stringify(record.body) &&
      existing.updatedAt >= record.updatedAt
    )
      return false;
    if (!existing || JSON.stringify(existing.body) !== JSON.stringify(record.body)) plan.worksheets[recordId] = record;
    return true;
  };
  const ensureOpportunity = (id: string, make: () => OpportunityRecord) => {
    if (!opportunities[id] && !plan.opportunities[id]) plan.opportunities[id] = make();
  };

  // The assessment: one opportunity and one assessment sheet per listed opportunity.
  if (assessment && isLegacyDealSheet('opportunity-assessment', assessment)) {
    const activeDone = assessment.completed ? Math.max(...listed.map(answeredCount), 0) : Infinity;
    let all = true;
    for (const o of listed) {
      ensureOpportunity(o.id, () =>
        newOpportunity(o.name || defaultName, o.stage, assessment.startedAt, assessment.updatedAt),
      );
      const { opportunities: _list, activeOpportunity: _active, ...rest } = assessment.body;
      const body: WorksheetBody = { ...(o === listed[0] ? rest : {}), answers: o.answers };
      const done = answeredCount(o) > 0 && answeredCount(o) >= activeDone;
      all =
        place(sheetRecordId('opportunity-assessment', o.id), {
          ...assessment,
          v: WORKSHEET_VERSION,
          opportunity: o.id,
          body,
          completed: done,
        }) && all;
    }
    if (listed.length === 0 && Object.keys(assessment.body.fields ?? {}).length === 0) {
      plan.placed.push('opportunity-assessment'); // an empty v1 assessment holds nothing to place
    } else if (listed.length > 0 && all) plan.placed.push('opportunity-assessment');
    else if (listed.length > 0)
      plan.setAside.push({ sheet: 'opportunity-assessment', reason: 'an opportunity already has a newer assessment' });
  }

  // Every other deal sheet (and an assessment with text but no opportunity) goes to the first opportunity.
  const rest = ids.filter((id) => !plan.placed.includes(id) && !plan.setAside.some((s) => s.sheet === id));
  if (rest.length === 0) return plan;
  const firstId = listed[0]?.id ?? MY_OPPORTUNITY_ID;
  const first = legacy[rest[0]!]!;
  if (!listed[0])
    ensureOpportunity(MY_OPPORTUNITY_ID, () =>
      newOpportunity(defaultName, 1, first.startedAt, first.updatedAt, craClient),
    );
  for (const sheet of rest) {
    const record = legacy[sheet]!;
    if (place(sheetRecordId(sheet, firstId), { ...record, opportunity: firstId })) plan.placed.push(sheet);
    else plan.setAside.push({ sheet, reason: 'the opportunity already has a newer copy of this sheet' });
  }
  return plan;
}
