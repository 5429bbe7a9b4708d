/** What the opportunities page passes its island: stage facts and sheet names from content. */
import type { UIKey } from '../../i18n';

export interface StageInfo {
  number: number;
  slug: string;
  title: string;
  outcome: string;
  evidence: string[];
  vitalSign?: { term: string; name: string; check: string } | undefined;
  href: string;
  checkHref: string;
}
export interface SheetInfo {
  id: string;
  title: string;
  stages: readonly number[];
  href: string;
}
export interface CriterionInfo {
  id: string;
  text: string;
}

export const opportunityKeys = [
  'opp.dataHere',
  'opp.add',
  'opp.newName',
  'opp.defaultName',
  'opp.unnamed',
  'opp.filter',
  'opp.filterStage',
  'opp.allStages',
  'opp.showArchived',
  'opp.count',
  'opp.none',
  'opp.noneMatch',
  'opp.pipeline',
  'opp.pipelineStage',
  'opp.pipelineCount',
  'opp.pipelineValue',
  'opp.pipelineTotal',
  'opp.csv',
  'opp.back',
  'opp.details',
  'opp.name',
  'opp.client',
  'opp.initiative',
  'opp.value',
  'opp.currency',
  'opp.currencyHint',
  'opp.closeDate',
  'opp.stage',
  'opp.stageOption',
  'opp.archived',
  'opp.archive',
  'opp.unarchive',
  'opp.delete',
  'opp.deleteConfirm',
  'opp.notFound',
  'opp.closes',
  'opp.noValue',
  'opp.finder',
  'opp.finderLead',
  'opp.outcomeOf',
  'opp.reached',
  'opp.reachedOn',
  'opp.evidence',
  'opp.note',
  'opp.current',
  'opp.allReached',
  'opp.gap',
  'opp.next',
  'opp.nextReady',
  'opp.nextShown',
  'opp.vitalAdvice',
  'opp.vitalNone',
  'opp.stageDiffers',
  'opp.useStage',
  'opp.readStage',
  'opp.takeCheck',
  'opp.vitals',
  'opp.vitalsLead',
  'opp.vital.strong',
  'opp.vital.weak',
  'opp.vital.unknown',
  'opp.worksheets',
  'opp.sheetStage',
  'opp.snapshots',
  'opp.snapshotsLead',
  'opp.takeSnapshot',
  'opp.snapshotTaken',
  'opp.snapshotNone',
  'opp.snapshotManual',
  'opp.snapshotAuto',
  'opp.chart',
  'opp.chartLabel',
  'opp.review',
  'opp.reviewTitle',
  'opp.print',
  'opp.risks',
  'opp.unknowns',
  'opp.nextActions',
  'opp.noRisks',
  'opp.noUnknowns',
  'opp.outcomesTable',
  'opp.notReached',
  'opp.actionVerify',
  'opp.actionVital',
  'opp.actionAsk',
  'opp.closeReview',
  'opp.reachedDate',
  'opp.status.started',
  'opp.status.completed',
  'opp.status.notStarted',
  'opp.accountPlan',
  'opp.accountPlanOf',
  'opp.accountPlanNoClient',
] as const satisfies readonly UIKey[];
export type OppStrings = Record<(typeof opportunityKeys)[number], string>;
