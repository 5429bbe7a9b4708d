/**
 * Seeded randomness for the knowledge checks: a small PRNG, a shuffle that never leaves a
 * list of two or more items in its original order, and the final-assessment draw. Equal
 * seeds give equal results, so the server HTML and the first client render agree and an
 * attempt keeps its draw and its shuffles until the learner starts a new one.
 */
import { fnv1a } from './content-hash';

/** Questions in the final assessment, and the minimum taken from each stage. */
export const FINAL_TOTAL = 25;
export const FINAL_PER_STAGE = 3;

/** Mulberry32 seeded from the FNV-1a hash of a text seed; returns numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let state = Number.parseInt(fnv1a(seed), 16) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Fisher–Yates with a seeded PRNG. A result in the original order is rotated by one place,
 * so an order question never starts out solved and a choice list never keeps the author's
 * order (lists of two or more items).
 */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  const unchanged = out.every((item, index) => item === items[index]);
  if (unchanged && out.length >= 2) out.push(out.shift()!);
  return out;
}

/** One stage's question ids, in content order. */
export interface StagePool {
  stage: string;
  ids: readonly string[];
}

/**
 * Draws the final assessment: `perStage` questions from every stage (all of a stage's if it
 * has fewer), the rest at random from what is left, no id twice, `total` in all (or every
 * question if the pools hold fewer). The result lists stages in pool order and, within a
 * stage, questions in content order, so the assessment reads stage by stage.
 */
export function drawFinal(
  pools: readonly StagePool[],
  seed: string,
  total = FINAL_TOTAL,
  perStage = FINAL_PER_STAGE,
): string[] {
  const taken = new Set<string>();
  const leftovers: string[] = [];
  for (const pool of pools) {
    const unique = [...new Set(pool.ids)].filter((id) => !taken.has(id));
    const shuffled = seededShuffle(unique, `${seed}:${pool.stage}`);
    const picked = shuffled.slice(0, Math.min(perStage, total - taken.size));
    for (const id of picked) taken.add(id);
    leftovers.push(...shuffled.slice(picked.length));
  }
  for (const id of seededShuffle(leftovers, `${seed}:rest`)) {
    if (taken.size >= total) break;
    taken.add(id);
  }
  const emitted = new Set<string>();
  return pools.flatMap((pool) =>
    pool.ids.filter((id) => {
      if (!taken.has(id) || emitted.has(id)) return false;
      emitted.add(id);
      return true;
    }),
  );
}
