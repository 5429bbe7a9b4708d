/**
 * Build-time data of the knowledge-check pages: each stage's pool in stage order with its
 * title and content hash, and the final assessment's pools, labels and hash.
 */
import { getChecks, getStages, localId } from './content';
import { format, uiStrings, type Locale } from '../i18n';
import { checkContentHash, FINAL_TOTAL, type QuizQuestion, type StagePool } from '../lib/quiz';
import type { StageSlug } from '../lib/vocabulary';

export interface StageCheck {
  slug: StageSlug;
  number: number;
  title: string;
  questions: QuizQuestion[];
  contentHash: string;
}

/** The seven stage checks of a locale, in stage order; fails the build if one is missing. */
export async function stageChecks(locale: Locale): Promise<StageCheck[]> {
  const [stages, checks] = await Promise.all([getStages(locale), getChecks(locale)]);
  const bySlug = new Map(checks.map((c) => [localId(c), c.data]));
  return stages.map((stage) => {
    const check = bySlug.get(stage.data.slug);
    if (!check) throw new Error(`content/checks/${locale}/${stage.data.slug}.yaml is missing`);
    if (check.stage !== stage.data.slug)
      throw new Error(`content/checks/${locale}/${stage.data.slug}.yaml says stage "${check.stage}"`);
    return {
      slug: stage.data.slug,
      number: stage.data.number,
      title: stage.data.title,
      questions: check.questions,
      contentHash: checkContentHash(check.questions),
    };
  });
}

/** The final assessment's material: every question, the pools, a stage label per question, and a hash of all pools. */
export async function finalAssessment(locale: Locale) {
  const stages = await stageChecks(locale);
  const pools: StagePool[] = stages.map((s) => ({ stage: s.slug, ids: s.questions.map((q) => q.id) }));
  const template = uiStrings(locale)['checks.stageCheck'];
  const labels = Object.fromEntries(
    stages.flatMap((s) => s.questions.map((q) => [q.id, format(template, { n: s.number, title: s.title })])),
  );
  return {
    questions: stages.flatMap((s) => s.questions),
    pools,
    labels,
    total: Math.min(
      FINAL_TOTAL,
      stages.reduce((n, s) => n + s.questions.length, 0),
    ),
    contentHash: checkContentHash(stages.flatMap((s) => s.questions)),
  };
}
