/**
 * Reading stored records of any version: parse, upgrade to the current version, validate.
 *
 * Version history:
 *   v0 (prototype, keys `ssm:<kind>:<id>`, no `v` field):
 *     read      true, or an ISO date string
 *     exercise  { answers: { <contact>: { role: RoleKey, stance?: StanceKey } }, score?: number, attempts?: number }
 *     check     { best: number, attempts?: number }
 *   v1 (keys `ssm:v1:<kind>:<id>`): see `records.ts`.
 * A record with a higher `v` was written by a newer site version (another tab, or after a
 * rollback): it is kept untouched, never overwritten or set aside.
 */
import { RECORD_VERSION, recordKinds, type RecordKind } from './records';
import type { Result } from './validate';

export type Decoded<T> =
  | { status: 'ok'; value: T; migrated: boolean }
  | { status: 'future'; version: number }
  | { status: 'invalid'; reason: string };

const EPOCH = '1970-01-01T00:00:00Z';
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const clampScore = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? Math.max(0, Math.min(100, Math.round(x))) : null);

/** v0 → v1 for one record; returns the input unchanged where it has no v0 meaning. */
function fromV0(kind: RecordKind, x: unknown, now: string): unknown {
  switch (kind) {
    case 'read':
      if (x === true) return { v: 1, readAt: now, updatedAt: now };
      if (typeof x === 'string') return { v: 1, readAt: x, updatedAt: x };
      return x;
    case 'exercise': {
      if (!isObject(x) || !isObject(x['answers'])) return x;
      const answers: Record<string, unknown> = {};
      for (const [contact, a] of Object.entries(x['answers'])) {
        const old = isObject(a) ? a : {};
        answers[contact] = { roles: typeof old['role'] === 'string' ? [old['role']] : [], stance: old['stance'] ?? null, move: null };
      }
      const score = clampScore(x['score']);
      return { v: 1, contentHash: '', answers, attempts: typeof x['attempts'] === 'number' ? x['attempts'] : score === null ? 0 : 1, best: score, last: score, revealed: false, completedAt: null, updatedAt: EPOCH };
    }
    case 'check': {
      if (!isObject(x)) return x;
      const best = clampScore(x['best']);
      return { v: 1, contentHash: '', attempts: typeof x['attempts'] === 'number' ? x['attempts'] : 1, best, last: best, passed: best !== null && best >= 80, updatedAt: EPOCH };
    }
    case 'worksheet':
      return x; // worksheets did not exist in v0
  }
}

/** Upgrades a parsed value to the current version (or says it is from the future). */
export function upgrade(kind: RecordKind, x: unknown, now: string): { value: unknown; migrated: boolean } | { future: number } {
  const v = isObject(x) && typeof x['v'] === 'number' ? x['v'] : 0;
  if (v > RECORD_VERSION) return { future: v };
  if (v === RECORD_VERSION) return { value: x, migrated: false };
  return { value: fromV0(kind, x, now), migrated: true };
}

/** Parses, upgrades and validates one stored value. Never throws. */
export function decodeRecord<K extends RecordKind>(kind: K, raw: string, now: string): Decoded<ValueOf<K>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'invalid', reason: 'not valid JSON' };
  }
  const up = upgrade(kind, parsed, now);
  if ('future' in up) return { status: 'future', version: up.future };
  const result = recordKinds[kind].validate(up.value) as Result<ValueOf<K>>;
  if (!result.ok) return { status: 'invalid', reason: `${result.path} ${result.message}` };
  return { status: 'ok', value: result.value, migrated: up.migrated };
}

/** The v1 key for a v0 key (`ssm:exercise:x` → `ssm:v1:exercise:x`), or null when it is not one. */
export function v0KeyToV1(key: string): { kind: RecordKind; id: string; key: string } | null {
  const match = /^ssm:(read|exercise|check):([a-z0-9-]+)$/.exec(key);
  if (!match) return null;
  const kind = match[1] as RecordKind;
  return { kind, id: match[2]!, key: recordKinds[kind].prefix + match[2] };
}

type ValueOf<K extends RecordKind> = (typeof recordKinds)[K]['validate'] extends (x: unknown, p?: string) => Result<infer T> ? T : never;
export type RecordValue<K extends RecordKind> = ValueOf<K>;
