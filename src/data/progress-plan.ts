/** What counts towards each stage's progress, from the content (ids are language-neutral). */
import type { StagePlan } from '../lib/progress';
import { worksheetIds, worksheetStages } from '../lib/worksheet-catalogue';
import { stageSlugs } from '../lib/vocabulary';
import { getCases, getPractice, localId } from './content';

export async function getProgressPlan(): Promise<StagePlan[]> {
  const cases = await getCases('en');
  const practice = await getPractice('en');
  return stageSlugs.map((slug, index) => ({
    slug,
    exercises: cases.filter((c) => c.data.stage === index + 1).map(localId),
    practice: practice.filter((p) => p.data.stage === index + 1).map(localId),
    // A worksheet serves several stages but counts once: in the first stage it serves.
    worksheets: worksheetIds.filter((id) => worksheetStages[id][0] === index + 1),
  }));
}
