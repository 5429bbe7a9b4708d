/**
 * Reading stored records of any version: parse, upgrade step by step to the kind's current
 * version (`record-kinds.ts`), validate. A record with a higher `v` was written by a newer
 * site version (another tab during a deploy, or after a rollback): it is kept untouched,
 * never overwritten or set aside.
 */
import { keyPrefix, recordKinds, specOf, type RecordKind, type RecordOf } from './record-kinds';
import type { Failure } from './validate';

export type Decoded<T> =
  | { status: 'ok'; value: T; migrated: boolean }
  | { status: 'future'; version: number }
  | { status: 'invalid'; reason: string; failure?: Failure };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The record version of a parsed value (0 for the prototype's records, which had none). */
export const versionOf = (x: unknown): number =>
  isObject(x) && typeof x['v'] === 'number' && Number.isInteger(x['v']) ? x['v'] : 0;

/** Upgrades and validates one parsed record. Never throws. */
export function upgradeRecord<K extends RecordKind>(kind: K, parsed: unknown, now: string): Decoded<RecordOf<K>> {
  const spec = specOf(kind);
  let value = parsed;
  let v = versionOf(value);
  if (v > spec.version) return { status: 'future', version: v };
  const migrated = v < spec.version;
  try {
    while (v < spec.version) {
      const step = spec.upgrade[v];
      if (!step) return { status: 'invalid', reason: `no upgrade from version ${v}` };
      value = step(value, now);
      v += 1;
    }
  } catch {
    return { status: 'invalid', reason: `upgrade from version ${v} failed` };
  }
  const result = recordKinds[kind].validate(value);
  if (!result.ok) return { status: 'invalid', reason: `${result.path} ${result.message}`, failure: result };
  return { status: 'ok', value: result.value as RecordOf<K>, migrated };
}

/** Parses, upgrades and validates one stored value. Never throws. */
export function decodeRecord<K extends RecordKind>(kind: K, raw: string, now: string): Decoded<RecordOf<K>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'invalid', reason: 'not valid JSON' };
  }
  return upgradeRecord(kind, parsed, now);
}

/** The v1 key for a v0 key (`ssm:exercise:x` → `ssm:v1:exercise:x`), or null when it is not one. */
export function v0KeyToV1(key: string): { kind: RecordKind; id: string; key: string } | null {
  const match = /^ssm:(read|exercise|check):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(key);
  if (!match) return null;
  const kind = match[1] as RecordKind;
  return { kind, id: match[2]!, key: keyPrefix(kind) + match[2] };
}

export type RecordValue<K extends RecordKind> = RecordOf<K>;
