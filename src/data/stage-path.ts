/**
 * The guided path: for each stage, read → practise → check, with honest time estimates
 * from the content itself (reading speed per language, questions per check, items to do).
 */
import { getChecks, getStages, localId } from './content';
import { getProgressPlan } from './progress-plan';
import type { Locale } from '../lib/vocabulary';

/** Minutes, at about 200 English words or 400 Chinese characters a minute. */
export function readingMinutes(text: string, locale: Locale): number {
  const units =
    locale === 'zh-cn'
      ? (text.match(/[\u3400-\u9fff]/g) ?? []).length / 400
      : text.split(/\s+/).filter(Boolean).length / 200;
  return Math.max(1, Math.round(units));
}

const EXERCISE_MINUTES = 10;
const WORKSHEET_MINUTES = 15;
/** A question takes about a minute, reading the explanations included. */
const MINUTES_PER_QUESTION = 1;

export interface StagePathEntry {
  slug: string;
  number: number;
  title: string;
  outcome: string;
  readMinutes: number;
  practiceItems: number;
  practiceMinutes: number;
  checkQuestions: number;
  checkMinutes: number;
}

export async function getStagePath(locale: Locale): Promise<StagePathEntry[]> {
  const [stages, checks, plan] = await Promise.all([getStages(locale), getChecks(locale), getProgressPlan()]);
  return stages.map((stage) => {
    const data = stage.data;
    const steps = plan.find((p) => p.slug === data.slug);
    const check = checks.find((c) => c.data.stage === data.slug || localId(c) === data.slug);
    const text = [
      data.summary,
      data.purpose,
      data.clientView,
      ...data.activities.map((a) => `${a.title} ${a.detail}`),
      ...data.mistakes,
      stage.body ?? '',
    ].join(' ');
    const practiceItems = (steps?.exercises.length ?? 0) + (steps?.worksheets.length ?? 0);
    const checkQuestions = check?.data.questions.length ?? 0;
    return {
      slug: data.slug,
      number: data.number,
      title: data.title,
      outcome: data.outcome,
      readMinutes: readingMinutes(text, locale),
      practiceItems,
      practiceMinutes:
        (steps?.exercises.length ?? 0) * EXERCISE_MINUTES + (steps?.worksheets.length ?? 0) * WORKSHEET_MINUTES,
      checkQuestions,
      checkMinutes: checkQuestions * MINUTES_PER_QUESTION,
    };
  });
}
