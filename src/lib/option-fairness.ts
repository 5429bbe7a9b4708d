/**
 * Test-wiseness cues in choice questions: a right option that is the longest, the shortest,
 * or the only one that hedges can be picked without knowing the answer. These functions
 * measure the cues over a pool of questions; content tests hold them under a ceiling.
 */

/** An option as the fairness checks see it. */
export interface FairnessOption {
  text: string;
  correct?: boolean;
}

/** A choice question as the fairness checks see it. */
export interface FairnessQuestion {
  id: string;
  type: string;
  options?: readonly FairnessOption[];
}

/** Length in characters (code points), so Chinese and English are measured alike. */
export const optionLength = (text: string): number => [...text.trim()].length;

/** Words that soften a claim, per locale: the right option should not be the only one to use them. */
export const hedgePatterns: Record<string, RegExp> = {
  en: /\b(may|might|can|could|often|usually|generally|typically|sometimes|perhaps|likely|consider|tends?)\b/i,
  'zh-cn': /(可能|往往|通常|一般|也许|或许|考虑|大多|有时|倾向)/,
};

const split = (q: FairnessQuestion) => {
  const options = q.options ?? [];
  return { right: options.filter((o) => o.correct === true), wrong: options.filter((o) => o.correct !== true) };
};

/** Single-choice questions whose right option is strictly longer than every other option. */
export function rightIsLongest(questions: readonly FairnessQuestion[]): string[] {
  return questions
    .filter((q) => q.type === 'single')
    .filter((q) => {
      const { right, wrong } = split(q);
      return right.length === 1 && wrong.every((o) => optionLength(o.text) < optionLength(right[0]!.text));
    })
    .map((q) => q.id);
}

/** Single-choice questions whose right option is strictly shorter than every other option. */
export function rightIsShortest(questions: readonly FairnessQuestion[]): string[] {
  return questions
    .filter((q) => q.type === 'single')
    .filter((q) => {
      const { right, wrong } = split(q);
      return right.length === 1 && wrong.every((o) => optionLength(o.text) > optionLength(right[0]!.text));
    })
    .map((q) => q.id);
}

/** Multiple-choice questions in which every right option is longer than every wrong one. */
export function rightOptionsAllLonger(questions: readonly FairnessQuestion[]): string[] {
  return questions
    .filter((q) => q.type === 'multiple')
    .filter((q) => {
      const { right, wrong } = split(q);
      const shortestRight = Math.min(...right.map((o) => optionLength(o.text)));
      return wrong.every((o) => optionLength(o.text) < shortestRight);
    })
    .map((q) => q.id);
}

/** Single-choice questions in which the right option is the only one that hedges. */
export function onlyRightHedges(questions: readonly FairnessQuestion[], hedge: RegExp): string[] {
  return questions
    .filter((q) => q.type === 'single')
    .filter((q) => {
      const { right, wrong } = split(q);
      return right.length === 1 && hedge.test(right[0]!.text) && !wrong.some((o) => hedge.test(o.text));
    })
    .map((q) => q.id);
}

/** How many single-choice questions a pool holds. */
export const singleCount = (questions: readonly FairnessQuestion[]): number =>
  questions.filter((q) => q.type === 'single').length;
