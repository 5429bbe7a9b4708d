/**
 * Scoring the practice exercises that are not role identification. Pure functions over the
 * language-neutral facts of an exercise (ids and correct answers) and the learner's answer.
 */

/** What a learner's answer to any practice exercise looks like when stored. */
export interface PracticeAnswer {
  /** Single choices: `verdict` → `reached` | `not-yet` (outcome), item id → option id (verifiable). */
  choices: Readonly<Record<string, string>>;
  /** Ticked ids: evidence marked as missing (outcome). */
  flags: readonly string[];
  /** An ordered list: steps as arranged (verifiable), choice ids taken (branching). */
  sequence: readonly string[];
}
export const EMPTY_ANSWER: PracticeAnswer = { choices: {}, flags: [], sequence: [] };

export interface ItemVerdict {
  id: string;
  right: boolean;
}
export interface PracticeResult {
  /** 0..100 */
  percent: number;
  items: ItemVerdict[];
}

/* ---------- Outcome reached? ---------- */

export interface OutcomeFacts {
  reached: boolean;
  evidence: readonly { id: string; missing: boolean }[];
}
export const VERDICT_KEY = 'verdict';
export type Verdict = 'reached' | 'not-yet';

export const outcomeComplete = (answer: PracticeAnswer) =>
  answer.choices[VERDICT_KEY] === 'reached' || answer.choices[VERDICT_KEY] === 'not-yet';

/**
 * The verdict weighs 40%, the evidence 60% (each item right when ticked exactly when it is
 * missing): knowing *what* is missing is the skill, the verdict follows from it.
 */
export function scoreOutcome(facts: OutcomeFacts, answer: PracticeAnswer): PracticeResult & { verdictRight: boolean } {
  const flagged = new Set(answer.flags);
  const verdictRight = answer.choices[VERDICT_KEY] === (facts.reached ? 'reached' : 'not-yet');
  const items = facts.evidence.map((e) => ({ id: e.id, right: flagged.has(e.id) === e.missing }));
  const evidenceShare = items.length === 0 ? 0 : items.filter((i) => i.right).length / items.length;
  return { verdictRight, items, percent: Math.round(100 * (0.4 * (verdictRight ? 1 : 0) + 0.6 * evidenceShare)) };
}

/* ---------- Make it verifiable ---------- */

export interface VerifiableFacts {
  items: readonly { id: string; options: readonly { id: string; correct: boolean }[] }[];
  sequence?: { steps: readonly { id: string }[] } | undefined;
}

export const verifiableComplete = (facts: VerifiableFacts, answer: PracticeAnswer) =>
  facts.items.every((item) => item.options.some((o) => o.id === answer.choices[item.id])) &&
  (!facts.sequence || answer.sequence.length === facts.sequence.steps.length);

/** Each rewrite is one point; an ordering is one point shared by its steps in the right place. */
export function scoreVerifiable(
  facts: VerifiableFacts,
  answer: PracticeAnswer,
): PracticeResult & { steps: ItemVerdict[] } {
  const items = facts.items.map((item) => ({
    id: item.id,
    right: item.options.find((o) => o.id === answer.choices[item.id])?.correct === true,
  }));
  const steps = facts.sequence
    ? facts.sequence.steps.map((step, index) => ({ id: step.id, right: answer.sequence[index] === step.id }))
    : [];
  const points =
    items.filter((i) => i.right).length + (steps.length ? steps.filter((s) => s.right).length / steps.length : 0);
  const total = items.length + (steps.length ? 1 : 0);
  return { items, steps, percent: total === 0 ? 0 : Math.round((100 * points) / total) };
}

/**
 * A fixed shuffle of the steps for display (seeded by their ids, so server and client agree
 * and every learner sees the same start), never the correct order itself.
 */
export function shuffledSteps<T extends { id: string }>(steps: readonly T[]): T[] {
  let seed = 0;
  for (const s of steps) for (let i = 0; i < s.id.length; i++) seed = (Math.imul(seed, 31) + s.id.charCodeAt(i)) >>> 0;
  const out = [...steps];
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  if (out.every((s, i) => s.id === steps[i]!.id) && out.length > 1) out.push(out.shift()!);
  return out;
}
