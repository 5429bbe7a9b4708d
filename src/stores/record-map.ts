/**
 * A persistent map of one record kind (one storage key per record), built on
 * @nanostores/persistent. Values are validated on every read, from this tab or another:
 * - an invalid value is moved aside under `ssm:backup:` and reported, then dropped here;
 * - a value written by a newer site version stays untouched in storage and is skipped
 *   (its id is listed in `$future`, so the island shows it read-only).
 * Both become "opaque" entries whose encoding is their raw text, so the library's
 * write-back on mount can never change them.
 *
 * Two tabs on one record: every write is validated first; a storage event older than the
 * record held here is ignored; and each change is also sent to the other tabs field by
 * field, which apply it to their own freshest copy, so concurrent edits of different
 * fields both survive (of one field, the later edit wins).
 */
import { computed, onMount, type MapStore, type ReadableAtom } from 'nanostores';
import { persistentMap } from '@nanostores/persistent';
import { dateValue, nowIso } from '../lib/dates';
import { decodeRecord } from '../lib/migrations';
import { keyPrefix, recordKinds, type RecordKind, type RecordOf } from '../lib/record-kinds';
import { applyPatch, diffRecords, overlaps } from '../lib/record-patch';
import { BACKUP_PREFIX } from '../lib/records';
import { hasOwn, ID_PATTERN, isForbiddenKey } from '../lib/validate';
import { ignoreStaleEvents, lastWriteReachedDevice, readRaw, writeRaw } from './storage-engine';
import { reportFuture, reportSetAside } from './notices';
import { onTabMessage, postToTabs } from './tab-channel';

interface Opaque {
  opaque: 'invalid' | 'future';
  raw: string;
  reason: string;
}
type Entry<T> = T | Opaque;
const isOpaque = (x: unknown): x is Opaque => typeof x === 'object' && x !== null && 'opaque' in x && 'raw' in x;
type Stamped = { updatedAt: string };

export interface RecordStore<T> {
  /** The raw persistent map (opaque entries included); only actions write to it. */
  $map: MapStore<Record<string, Entry<T>>>;
  /** Valid records by id. */
  $records: ReadableAtom<Record<string, T>>;
  /** Ids of records saved by a newer version of the site: shown, never written. */
  $future: ReadableAtom<readonly string[]>;
  /**
   * The freshest valid value of one record, read from storage itself: another tab may have
   * written it a moment ago, before its storage event reached this one. Actions build on it,
   * so neither tab overwrites the other's newer work.
   */
  latest(id: string): T | undefined;
  /**
   * Writes one record (undefined removes it) after validating it. Returns false when it did
   * not reach this device's storage: invalid (nothing written), from a newer version
   * (nothing written), or refused by storage (kept for this tab).
   */
  put(id: string, value: T | undefined): boolean;
  /** Applies a change to the freshest value, writes it, and sends the change to other tabs. */
  update(id: string, change: (current: T | undefined) => T | undefined): boolean;
}

/** Creates the store of one record kind. */
export function recordStore<K extends RecordKind>(kind: K): RecordStore<RecordOf<K>> {
  type T = RecordOf<K>;
  const prefix = keyPrefix(kind);
  const validate = recordKinds[kind].validate as (x: unknown) => { ok: boolean };
  const $map = persistentMap<Record<string, Entry<T>>>(prefix, {}, {
    encode: (value) => (isOpaque(value) ? value.raw : JSON.stringify(value)),
    decode: (raw) => {
      const decoded = decodeRecord(kind, raw, nowIso());
      if (decoded.status === 'ok') return decoded.value;
      if (decoded.status === 'future') return { opaque: 'future', raw, reason: `version ${decoded.version}` };
      return { opaque: 'invalid', raw, reason: decoded.reason };
    },
  });

  // Reaction, not action: invalid values can arrive from another tab at any time.
  onMount($map, () =>
    $map.subscribe((value) => {
      for (const [id, entry] of Object.entries(value)) {
        if (!isOpaque(entry)) continue;
        const key = prefix + id;
        if (entry.opaque === 'future') {
          reportFuture(key);
          continue;
        }
        const backupKey = `${BACKUP_PREFIX}${key}@${nowIso()}`;
        // Only drop the value once its copy is safely stored; otherwise leave it in place.
        if (readRaw(key) === entry.raw && writeRaw(backupKey, entry.raw)) {
          reportSetAside({ key: backupKey, original: key, reason: entry.reason });
          queueMicrotask(() => $map.setKey(id, undefined));
        } else {
          reportSetAside({ key, original: key, reason: entry.reason });
        }
      }
    }),
  );

  const $records = computed($map, (value) => {
    const out: Record<string, T> = {};
    for (const [id, entry] of Object.entries(value)) if (!isOpaque(entry)) out[id] = entry;
    return out;
  });
  const $future = computed($map, (value) => Object.keys(value).filter((id) => isOpaque(value[id]) && (value[id] as Opaque).opaque === 'future'));

  const held = (id: string): T | undefined => {
    const entry = hasOwn($map.get(), id) ? $map.get()[id] : undefined;
    return entry === undefined || isOpaque(entry) ? undefined : entry;
  };

  // A storage event carrying an older record than the one held here is a late echo: ignore it.
  ignoreStaleEvents((key, newValue) => {
    if (!key.startsWith(prefix)) return false;
    const mine = held(key.slice(prefix.length)) as Stamped | undefined;
    if (!mine) return false;
    const decoded = decodeRecord(kind, newValue, nowIso());
    return decoded.status === 'ok' && dateValue((decoded.value as Stamped).updatedAt) < dateValue(mine.updatedAt);
  });

  /** When this tab last changed each field of each record (ms), to keep its newer edits. */
  const localEdits = new Map<string, { path: string[]; at: number }[]>();

  const latest = (id: string): T | undefined => {
    const raw = readRaw(prefix + id);
    if (raw === undefined) return held(id);
    const decoded = decodeRecord(kind, raw, nowIso());
    return decoded.status === 'ok' ? decoded.value : held(id);
  };

  const put = (id: string, value: T | undefined): boolean => {
    const current = hasOwn($map.get(), id) ? $map.get()[id] : undefined;
    // Never overwrite a newer version's record.
    if (isOpaque(current) && current.opaque === 'future') return false;
    if (!ID_PATTERN.test(id) || isForbiddenKey(id)) return false;
    if (value !== undefined && !validate(value).ok) return false;
    $map.setKey(id, value);
    return value === undefined || lastWriteReachedDevice();
  };

  const update = (id: string, change: (current: T | undefined) => T | undefined): boolean => {
    const before = latest(id);
    const after = change(before);
    const stored = put(id, after);
    const ops = diffRecords(before, after);
    if (ops.length > 0 && (after === undefined || validate(after).ok)) {
      const at = after ? (after as Stamped).updatedAt : nowIso();
      const edits = localEdits.get(id) ?? [];
      const now = dateValue(at);
      localEdits.set(id, [...edits.filter((e) => !ops.some((op) => overlaps(op.path, e.path))), ...ops.map((op) => ({ path: op.path, at: now }))]);
      postToTabs({ type: 'patch', key: prefix + id, ops, at });
    }
    return stored;
  };

  // Another tab's field-level change: apply it to the freshest copy, keeping newer local edits.
  if (typeof window !== 'undefined') {
    onTabMessage((message) => {
      if (message.type !== 'patch' || !message.key.startsWith(prefix)) return;
      const id = message.key.slice(prefix.length);
      const base = latest(id);
      const theirs = dateValue(message.at);
      const edits = localEdits.get(id) ?? [];
      const merged = applyPatch(base, message.ops, (op) => edits.some((e) => e.at > theirs && overlaps(op.path, e.path))) as T | undefined;
      if (merged === undefined) {
        if (base !== undefined && message.ops.some((op) => op.path.length === 0 && op.remove)) put(id, undefined);
        return;
      }
      const stamped = merged as T & Stamped;
      const updatedAt = base && dateValue((base as Stamped).updatedAt) > theirs ? (base as Stamped).updatedAt : message.at;
      const next = { ...stamped, updatedAt } as T;
      // Also when storage already has it (written by a third tab) but this tab's copy lags.
      const text = JSON.stringify(next);
      if (text !== JSON.stringify(base) || text !== JSON.stringify(held(id))) put(id, next);
    });
  }

  return { $map, $records, $future, latest, put, update };
}
