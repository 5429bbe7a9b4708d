/**
 * A persistent map of one record kind (one storage key per record), built on
 * @nanostores/persistent. Values are validated on every read, from this tab or another:
 * - an invalid value is moved aside under `ssm:backup:` and reported, then dropped here;
 * - a value written by a newer site version stays untouched in storage and is skipped.
 * Both become "opaque" entries whose encoding is their raw text, so the library's
 * write-back on mount can never change them.
 */
import { computed, onMount, type MapStore, type ReadableAtom } from 'nanostores';
import { persistentMap } from '@nanostores/persistent';
import { decodeRecord, type RecordValue } from '../lib/migrations';
import { BACKUP_PREFIX, recordKinds, type RecordKind } from '../lib/records';
import { readRaw, writeRaw } from './storage-engine';
import { reportFuture, reportSetAside } from './notices';

interface Opaque {
  opaque: 'invalid' | 'future';
  raw: string;
  reason: string;
}
type Entry<T> = T | Opaque;
const isOpaque = (x: unknown): x is Opaque => typeof x === 'object' && x !== null && 'opaque' in x && 'raw' in x;

export interface RecordStore<T> {
  /** The raw persistent map (opaque entries included); only actions write to it. */
  $map: MapStore<Record<string, Entry<T>>>;
  /** Valid records by id. */
  $records: ReadableAtom<Record<string, T>>;
  /**
   * The freshest valid value of one record, read from storage itself: another tab may have
   * written it a moment ago, before its storage event reached this one. Actions build on it,
   * so neither tab overwrites the other's newer work.
   */
  latest(id: string): T | undefined;
  /** Writes one record (undefined removes it). */
  put(id: string, value: T | undefined): void;
}

const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Creates the store of one record kind. */
export function recordStore<K extends RecordKind>(kind: K): RecordStore<RecordValue<K>> {
  type T = RecordValue<K>;
  const { prefix } = recordKinds[kind];
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

  return {
    $map,
    $records,
    latest(id) {
      const raw = readRaw(prefix + id);
      if (raw === undefined) return $records.get()[id];
      const decoded = decodeRecord(kind, raw, nowIso());
      return decoded.status === 'ok' ? decoded.value : $records.get()[id];
    },
    put(id, value) {
      const current = $map.get()[id];
      // Never overwrite a newer version's record.
      if (isOpaque(current) && current.opaque === 'future') return;
      $map.setKey(id, value);
    },
  };
}
