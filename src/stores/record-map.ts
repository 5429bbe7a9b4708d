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
import { applyPatch, diffRecords, overlaps, type PatchOp } from '../lib/record-patch';
import { BACKUP_PREFIX } from '../lib/records';
import { hasOwn, ID_PATTERN, isForbiddenKey } from '../lib/validate';
import { yieldToPage } from '../lib/yield';
import { filterStorageEvents, lastWriteReachedDevice, readRaw, storedWithPrefix, writeRaw } from './storage-engine';
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
/** How long this tab's own edits are put back over stale copies from other tabs. */
const OWN_EDIT_MS = 10_000;
const laterOf = (a: string, b: string) => (dateValue(b) > dateValue(a) ? b : a);

/** The values a new record starts with (0, null, empty): creating a record does not claim them as edits. */
const isDefault = (x: unknown) =>
  x === null || x === 0 || x === false || x === '' || (Array.isArray(x) && x.length === 0);

/** Changes down to single values, so an edit of one field never claims its neighbours. */
function leafOps(ops: readonly PatchOp[]): PatchOp[] {
  const out: PatchOp[] = [];
  const walk = (path: string[], value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
      for (const [k, v] of Object.entries(value)) walk([...path, k], v);
    } else out.push({ path, value });
  };
  for (const op of ops) {
    if (op.remove) out.push(op);
    else walk(op.path, op.value);
  }
  return out.filter((op) => !(op.path.length === 1 && op.path[0] === 'updatedAt'));
}

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
  /**
   * Reads and validates every stored record of the kind in short slices, yielding to the
   * page between them, then mounts the store on what was read: a page with hundreds of
   * records never validates them all in one long task. Resolves once the store is mounted.
   */
  prepare(): Promise<void>;
}

/** How long one slice of `prepare` may run before it lets the page paint and take input. */
const PREPARE_SLICE_MS = 8;

/** Creates the store of one record kind. */
export function recordStore<K extends RecordKind>(kind: K): RecordStore<RecordOf<K>> {
  type T = RecordOf<K>;
  const prefix = keyPrefix(kind);
  const validate = recordKinds[kind].validate as (x: unknown) => { ok: boolean };
  /** Values `prepare` read ahead, by their stored text; each serves one read, then is dropped. */
  const readAhead = new Map<string, ReturnType<typeof decodeRecord<K>>>();
  const decodeStored = (raw: string) => {
    const ahead = readAhead.get(raw);
    if (ahead === undefined) return decodeRecord(kind, raw, nowIso());
    readAhead.delete(raw);
    return ahead;
  };
  const $map = persistentMap<Record<string, Entry<T>>>(
    prefix,
    {},
    {
      encode: (value) => (isOpaque(value) ? value.raw : JSON.stringify(value)),
      decode: (raw) => {
        const decoded = decodeStored(raw);
        if (decoded.status === 'ok') return decoded.value;
        if (decoded.status === 'future') return { opaque: 'future', raw, reason: `version ${decoded.version}` };
        return { opaque: 'invalid', raw, reason: decoded.reason };
      },
    },
  );

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
  const $future = computed($map, (value) =>
    Object.keys(value).filter((id) => isOpaque(value[id]) && (value[id] as Opaque).opaque === 'future'),
  );

  const held = (id: string): T | undefined => {
    const entry = hasOwn($map.get(), id) ? $map.get()[id] : undefined;
    return entry === undefined || isOpaque(entry) ? undefined : entry;
  };

  /**
   * This tab's own recent edits, field by field. Another tab's whole-record write may carry
   * a stale copy of a field this tab just changed (its storage cache lagged); these edits are
   * put back over such a copy until another tab's later change of that field arrives, or
   * until they are old enough for every tab to have seen them.
   */
  const ownEdits = new Map<string, Map<string, { op: PatchOp; at: number }>>();
  const keyOf = (path: readonly string[]) => path.join('\u0000');

  const recordOwnEdits = (id: string, ops: readonly PatchOp[]) => {
    const edits = ownEdits.get(id) ?? new Map<string, { op: PatchOp; at: number }>();
    const at = Date.now();
    for (const op of leafOps(ops)) {
      for (const [k, e] of edits) if (overlaps(e.op.path, op.path)) edits.delete(k);
      edits.set(keyOf(op.path), { op, at });
    }
    ownEdits.set(id, edits);
  };

  /** Drops own edits that another tab changed later (its patch's time is `at`). */
  const yieldTo = (id: string, ops: readonly PatchOp[], at: number) => {
    const edits = ownEdits.get(id);
    if (!edits) return;
    for (const [k, e] of edits) if (e.at < at && ops.some((op) => overlaps(op.path, e.op.path))) edits.delete(k);
  };

  /** A record as stored elsewhere, with this tab's own recent edits kept in. */
  const reconcile = (id: string, record: T | undefined): T | undefined => {
    const edits = ownEdits.get(id);
    if (!edits || record === undefined) return record;
    const now = Date.now();
    const ops: PatchOp[] = [];
    for (const [k, e] of edits) {
      if (now - e.at > OWN_EDIT_MS) edits.delete(k);
      else ops.push(e.op);
    }
    if (ops.length === 0) return record;
    const merged = applyPatch(record, ops) as T;
    if (JSON.stringify(merged) === JSON.stringify(record)) return record;
    const stamped = {
      ...(merged as T & Stamped),
      updatedAt: laterOf((record as Stamped).updatedAt, new Date(now).toISOString()),
    };
    return validate(stamped).ok ? (stamped as T) : record;
  };

  // Another tab's write: ignore it when older than the record held here, else keep our edits in.
  filterStorageEvents((key, newValue) => {
    if (!key.startsWith(prefix)) return undefined;
    const id = key.slice(prefix.length);
    const decoded = decodeRecord(kind, newValue, nowIso());
    if (decoded.status !== 'ok') return undefined;
    const mine = held(id) as Stamped | undefined;
    if (mine && dateValue((decoded.value as Stamped).updatedAt) < dateValue(mine.updatedAt)) return null;
    const kept = reconcile(id, decoded.value);
    return kept === decoded.value ? undefined : JSON.stringify(kept);
  });

  const latest = (id: string): T | undefined => {
    const raw = readRaw(prefix + id);
    if (raw === undefined) return held(id);
    const decoded = decodeRecord(kind, raw, nowIso());
    return decoded.status === 'ok' ? reconcile(id, decoded.value) : held(id);
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
    if (after !== undefined && !validate(after).ok) return false;
    const stored = put(id, after);
    const ops = diffRecords(before, after);
    if (ops.length > 0) {
      if (after === undefined) ownEdits.delete(id);
      else
        recordOwnEdits(
          id,
          before === undefined
            ? leafOps(diffRecords({}, after)).filter((op) => !(op.path.length === 1 && isDefault(op.value)))
            : ops,
        );
      postToTabs({ type: 'patch', key: prefix + id, ops, at: after ? (after as Stamped).updatedAt : nowIso() });
    }
    return stored;
  };

  // Another tab's field-level change: apply it to the freshest copy here.
  if (typeof window !== 'undefined') {
    onTabMessage((message) => {
      if (message.type !== 'patch' || !message.key.startsWith(prefix)) return;
      const id = message.key.slice(prefix.length);
      const theirs = dateValue(message.at);
      yieldTo(id, message.ops, theirs);
      const base = latest(id);
      const merged = applyPatch(base, message.ops) as T | undefined;
      if (merged === undefined) {
        if (base !== undefined && message.ops.some((op) => op.path.length === 0 && op.remove)) put(id, undefined);
        return;
      }
      const next = reconcile(id, {
        ...(merged as T & Stamped),
        updatedAt: laterOf(base ? (base as Stamped).updatedAt : message.at, message.at),
      } as T);
      // Also when storage already has it (written by a third tab) but this tab's copy lags.
      const text = JSON.stringify(next);
      if (text !== JSON.stringify(base) || text !== JSON.stringify(held(id))) put(id, next);
    });
  }

  let mounted = false;
  onMount($map, () => {
    mounted = true;
    return () => {
      mounted = false;
    };
  });
  let preparing: Promise<void> | null = null;
  const prepare = () =>
    (preparing ??= (async () => {
      if (mounted) return;
      let sliceStart = performance.now();
      for (const [, raw] of storedWithPrefix(prefix)) {
        if (!readAhead.has(raw)) readAhead.set(raw, decodeRecord(kind, raw, nowIso()));
        if (performance.now() - sliceStart > PREPARE_SLICE_MS) {
          await yieldToPage();
          if (mounted) break;
          sliceStart = performance.now();
        }
      }
      await yieldToPage();
      // Mounted for the page's life; a value changed meanwhile is simply decoded again.
      $map.listen(() => {});
      readAhead.clear();
    })());

  return { $map, $records, $future, latest, put, update, prepare };
}
