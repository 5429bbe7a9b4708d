/**
 * v0 → v1, for the prototype's records (keys `ssm:<kind>:<id>`, no `v` field):
 *   read      true, or an ISO date string
 *   exercise  { answers: { <contact>: { role: RoleKey, stance?: StanceKey } }, score?: number, attempts?: number }
 *   check     { best: number, attempts?: number }
 * Worksheets did not exist in v0. Each step returns its input unchanged where it has no v0
 * meaning; the validator then says what is wrong.
 */
import { PASS_MARK } from './pass-mark';

const EPOCH = '1970-01-01T00:00:00Z';
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const clampScore = (x: unknown) =>
  typeof x === 'number' && Number.isFinite(x) ? Math.max(0, Math.min(100, Math.round(x))) : null;

export function readFromV0(x: unknown, now: string): unknown {
  if (x === true) return { v: 1, readAt: now, updatedAt: now };
  if (typeof x === 'string') return { v: 1, readAt: x, updatedAt: x };
  return x;
}

export function exerciseFromV0(x: unknown): unknown {
  if (!isObject(x) || !isObject(x['answers'])) return x;
  const answers: Record<string, unknown> = {};
  for (const [contact, a] of Object.entries(x['answers'])) {
    const old = isObject(a) ? a : {};
    answers[contact] = {
      roles: typeof old['role'] === 'string' ? [old['role']] : [],
      stance: old['stance'] ?? null,
      move: null,
    };
  }
  const score = clampScore(x['score']);
  const attempts = typeof x['attempts'] === 'number' ? x['attempts'] : score === null ? 0 : 1;
  return {
    v: 1,
    contentHash: '',
    answers,
    attempts,
    best: score,
    last: score,
    revealed: false,
    completedAt: null,
    updatedAt: EPOCH,
  };
}

export function checkFromV0(x: unknown): unknown {
  if (!isObject(x)) return x;
  const best = clampScore(x['best']);
  const attempts = typeof x['attempts'] === 'number' ? x['attempts'] : 1;
  return {
    v: 1,
    contentHash: '',
    attempts,
    best,
    last: best,
    passed: best !== null && best >= PASS_MARK,
    updatedAt: EPOCH,
  };
}
