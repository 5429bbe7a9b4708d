/**
 * Progress per stage and overall, from the learner's records and the site's plan of what
 * belongs to each stage. Each item counts once: the page read, the knowledge check passed,
 * each exercise completed (role identification and practice alike), each worksheet
 * completed (a started worksheet counts half).
 */
import { sheetStates } from './worksheet-records';

export interface StagePlan {
  slug: string;
  exercises: readonly string[];
  worksheets: readonly string[];
  /** Practice exercises (outcome reached?, make it verifiable, branching conversation). */
  practice?: readonly string[];
}

export interface ProgressRecords {
  read: Readonly<Record<string, unknown>>;
  exercise: Readonly<Record<string, { completedAt: string | null; best: number | null }>>;
  check: Readonly<Record<string, { best: number | null; passed: boolean; attempts: number }>>;
  worksheet: Readonly<Record<string, { completed: boolean }>>;
  practice?: Readonly<Record<string, { completedAt: string | null }>>;
}

export interface StageProgress {
  slug: string;
  read: boolean;
  checkBest: number | null;
  checkPassed: boolean;
  exercisesDone: number;
  exercisesTotal: number;
  worksheetsStarted: number;
  worksheetsCompleted: number;
  worksheetsTotal: number;
  /** 0..100 */
  percent: number;
}

/** Read + check + every exercise and worksheet. */
const itemCount = (plan: StagePlan) =>
  2 + plan.exercises.length + (plan.practice?.length ?? 0) + plan.worksheets.length;

export function stageProgress(plan: StagePlan, records: ProgressRecords): StageProgress {
  const read = plan.slug in records.read;
  const check = records.check[plan.slug];
  const practice = plan.practice ?? [];
  const exercisesDone =
    plan.exercises.filter((id) => records.exercise[id]?.completedAt).length +
    practice.filter((id) => records.practice?.[id]?.completedAt).length;
  // A deal sheet counts once, started or completed for any opportunity.
  const sheets = sheetStates(records.worksheet, plan.worksheets);
  const worksheetsCompleted = plan.worksheets.filter((id) => sheets[id]?.completed).length;
  const worksheetsStarted = plan.worksheets.filter((id) => id in sheets).length;
  const items = itemCount(plan);
  const done =
    (read ? 1 : 0) +
    (check?.passed ? 1 : 0) +
    exercisesDone +
    worksheetsCompleted +
    0.5 * (worksheetsStarted - worksheetsCompleted);
  return {
    slug: plan.slug,
    read,
    checkBest: check?.best ?? null,
    checkPassed: check?.passed ?? false,
    exercisesDone,
    exercisesTotal: plan.exercises.length + practice.length,
    worksheetsStarted,
    worksheetsCompleted,
    worksheetsTotal: plan.worksheets.length,
    percent: Math.round((100 * done) / items),
  };
}

/** Every stage, and the overall share of all items done. */
export function overallProgress(plans: readonly StagePlan[], records: ProgressRecords) {
  const stages = plans.map((plan) => stageProgress(plan, records));
  const weights = plans.map(itemCount);
  const total = weights.reduce((a, b) => a + b, 0);
  const done = stages.reduce((sum, s, i) => sum + (s.percent / 100) * weights[i]!, 0);
  return { stages, percent: total === 0 ? 0 : Math.round((100 * done) / total) };
}
