/** What counts towards each stage's progress, from the content (ids are language-neutral). */
import type { StagePlan } from '../lib/progress';
import { stageSlugs } from '../lib/vocabulary';
import { getCases, localId } from './content';

/** The stage each worksheet practises. */
export const worksheetStage: Record<string, number> = {
  'account-plan': 1,
  'buying-unit-map': 1,
  'cra-planner': 2,
  'opportunity-assessment': 2,
  'unique-value': 3,
};

export async function getProgressPlan(): Promise<StagePlan[]> {
  const cases = await getCases('en');
  return stageSlugs.map((slug, index) => ({
    slug,
    exercises: cases.filter((c) => c.data.stage === index + 1).map(localId),
    worksheets: Object.keys(worksheetStage).filter((id) => worksheetStage[id] === index + 1),
  }));
}
