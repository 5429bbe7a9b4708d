/**
 * An attempt at a knowledge check, as data: the display order of every question's options,
 * items or definitions (seeded, so it is stable for the attempt and the same on server and
 * client), and the edits a learner makes to the answers.
 */
import { seededShuffle } from './quiz-draw';
import type { Answer, Answers, QuizQuestion } from './quiz';

/** Seed of the attempt the server renders (and the first client render repeats). */
export const START_SEED = 'start';

/** Display order per question id: option ids, item ids, or the pair ids of the definitions. */
export type Layout = Readonly<Record<string, readonly string[]>>;

const idsOf = (q: QuizQuestion): string[] => {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'order':
      return q.items.map((i) => i.id);
    case 'match':
      return q.pairs.map((p) => p.id);
  }
};

/** The shuffled display order of every question for the attempt with this seed. */
export function attemptLayout(questions: readonly QuizQuestion[], seed: string): Layout {
  return Object.fromEntries(questions.map((q) => [q.id, seededShuffle(idsOf(q), `${seed}:${q.id}`)]));
}

/** Moves the item at `from` to `to` (both clamped to the list); returns a new list. */
export function moveItem(order: readonly string[], from: number, to: number): string[] {
  const out = [...order];
  if (from < 0 || from >= out.length) return out;
  const target = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item!);
  return out;
}

/** Adds or removes an option id from a multiple-choice answer, keeping `all` order. */
export function toggleOption(picked: readonly string[], id: string, all: readonly string[]): string[] {
  const next = new Set(picked);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return all.filter((x) => next.has(x));
}

/** Sets (or with '' clears) the definition chosen for one match term. */
export function chooseDefinition(
  current: Readonly<Record<string, string>>,
  pairId: string,
  definitionId: string,
): Record<string, string> {
  const next = { ...current };
  if (definitionId === '') delete next[pairId];
  else next[pairId] = definitionId;
  return next;
}

/** The current arrangement of an order question: the learner's, or the attempt's shuffled start. */
export function arrangement(answer: Answer | undefined, layout: readonly string[] | undefined): readonly string[] {
  return Array.isArray(answer) && answer.length > 0 ? (answer as readonly string[]) : (layout ?? []);
}

/** The answers with one question's answer replaced. */
export function withAnswer(answers: Answers, questionId: string, answer: Answer): Answers {
  return { ...answers, [questionId]: answer };
}
