/**
 * The export file (documented in README, "Export file format"), its validation on import,
 * and the preview of what an import changes. Its `records` are derived from the registry
 * of record kinds: every registered kind has a place, each optional (a missing kind = none).
 *
 * Versions: 1 had exactly the four first kinds; 2 holds any registered kinds. Records
 * inside are upgraded to their kind's current version before they are validated, so an
 * old file imports into a newer site.
 */
import { isRealIsoDate } from './dates';
import {
  emptyRecords,
  isRecordKind,
  kindNames,
  recordKinds,
  specOf,
  type LearnerRecords,
  type RecordKind,
} from './record-kinds';
import { lastActivity, type LastActivity } from './records';
import { upgradeRecord } from './migrations';
import { fail, findForbiddenKey, hasOwn, ID_PATTERN, type Failure } from './validate';

export const EXPORT_FORMAT = 'ssm-playbook';
export const EXPORT_VERSION = 2;
/**
 * The largest file import reads: every kind at its export limit, each record at its budgeted
 * size (`record-kinds.ts`), rounded up to whole megabytes, so that a full export of the
 * documented maximum (200 opportunities × 50 snapshots, 8 sheets each) always imports again.
 * Past it a file is refused before it is read, with the limit named.
 */
export const MAX_IMPORT_BYTES =
  Math.ceil(kindNames.reduce((n, kind) => n + specOf(kind).maxPerExport * specOf(kind).exportBytes, 0) / 1e6) * 1e6;
/** The limit in whole megabytes, for the learner-facing message. */
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1e6;

export type { LearnerRecords };
export { emptyRecords };

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: LearnerRecords;
  lastActivity: LastActivity | null;
}

export function buildExport(records: LearnerRecords, last: LastActivity | null, now: string): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, records, lastActivity: last };
}

export type ImportProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'not-object'
  | 'wrong-format'
  | 'newer-version'
  | 'unknown-version'
  | 'forbidden-key'
  | 'invalid';
export type ImportResult =
  { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem; detail: string; failure?: Failure };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const invalid = (failure: Failure): ImportResult => ({
  ok: false,
  problem: 'invalid',
  detail: `${failure.path}: ${failure.message}`,
  failure,
});
const FILE_FIELDS = ['format', 'version', 'exportedAt', 'records', 'lastActivity'];

function readRecords(
  data: unknown,
  now: string,
): { ok: true; records: LearnerRecords } | { ok: false; failure: Failure; future?: true } {
  if (!isObject(data)) return { ok: false, failure: fail('records', 'not-object') };
  const records = emptyRecords();
  for (const kind of Object.keys(data)) {
    if (!isRecordKind(kind)) return { ok: false, failure: fail(`records.${kind}`, 'unknown-field') };
    const entries = data[kind];
    if (!isObject(entries)) return { ok: false, failure: fail(`records.${kind}`, 'not-object') };
    const ids = Object.keys(entries);
    const spec = specOf(kind);
    if (ids.length > spec.maxPerExport)
      return { ok: false, failure: fail(`records.${kind}`, 'too-many', { max: spec.maxPerExport }) };
    const target = records[kind] as Record<string, unknown>;
    for (const id of ids) {
      const path = `records.${kind}.${id}`;
      if (!ID_PATTERN.test(id)) return { ok: false, failure: fail(path, 'bad-id') };
      const decoded = upgradeRecord(kind, entries[id], now);
      if (decoded.status === 'future')
        return {
          ok: false,
          failure: fail(`${path}.v`, 'not-whole-number', { min: 0, max: spec.version }),
          future: true,
        };
      if (decoded.status === 'invalid') {
        const f = decoded.failure ?? fail(path, 'not-object');
        return { ok: false, failure: { ...f, path: `${path}.${f.path}`, message: f.message } };
      }
      target[id] = decoded.value;
    }
  }
  return { ok: true, records };
}

/** Validates an import file's text. `bytes` is the file's size as reported by the browser. Never throws. */
export function parseImport(text: string, bytes = text.length, now = new Date().toISOString()): ImportResult {
  try {
    return parseImportUnsafe(text, bytes, now);
  } catch (error) {
    return { ok: false, problem: 'invalid', detail: error instanceof Error ? error.message : String(error) };
  }
}

function parseImportUnsafe(text: string, bytes: number, now: string): ImportResult {
  if (bytes > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES)
    return { ok: false, problem: 'too-large', detail: `${bytes} bytes` };
  if (text.trim() === '') return { ok: false, problem: 'empty', detail: '' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : '' };
  }
  if (!isObject(data)) return { ok: false, problem: 'not-object', detail: '' };
  const hostile = findForbiddenKey(data);
  if (hostile?.problem === 'forbidden-key')
    return { ok: false, problem: 'forbidden-key', detail: hostile.path, failure: hostile };
  if (hostile) return invalid(hostile);
  if (data['format'] !== EXPORT_FORMAT)
    return { ok: false, problem: 'wrong-format', detail: String(data['format'] ?? '') };
  const version = data['version'];
  if (typeof version === 'number' && version > EXPORT_VERSION)
    return { ok: false, problem: 'newer-version', detail: String(version) };
  if (version !== 1 && version !== 2) return { ok: false, problem: 'unknown-version', detail: String(version) };
  for (const key of Object.keys(data)) if (!FILE_FIELDS.includes(key)) return invalid(fail(key, 'unknown-field'));
  if (typeof data['exportedAt'] !== 'string' || !isRealIsoDate(data['exportedAt']))
    return invalid(fail('exportedAt', 'bad-date'));
  if (!hasOwn(data, 'records')) return invalid(fail('records', 'missing'));
  const records = readRecords(data['records'], now);
  if (!records.ok)
    return records.future
      ? { ok: false, problem: 'newer-version', detail: records.failure.path }
      : invalid(records.failure);
  let last: LastActivity | null = null;
  if (hasOwn(data, 'lastActivity') && data['lastActivity'] !== null) {
    const r = lastActivity(data['lastActivity'], 'lastActivity');
    if (!r.ok) return invalid(r);
    last = r.value;
  }
  return {
    ok: true,
    file: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: data['exportedAt'],
      records: records.records,
      lastActivity: last,
    },
  };
}

/** Merges two sets of records kind by kind, with each kind's merge rule. */
export function mergeRecords(current: LearnerRecords, incoming: LearnerRecords): LearnerRecords {
  const out = emptyRecords();
  for (const kind of kindNames) {
    const target = out[kind] as Record<string, unknown>;
    const mine = current[kind] as Record<string, unknown>;
    const theirs = incoming[kind] as Record<string, unknown>;
    Object.assign(target, mine);
    for (const id of Object.keys(theirs))
      target[id] = hasOwn(mine, id) ? specOf(kind).merge(mine[id], theirs[id]) : theirs[id];
  }
  return out;
}

export interface ImportPreview {
  /** Per kind: records only in the file, records the file would update, records that stay as they are. */
  counts: Record<RecordKind, { added: number; updated: number; unchanged: number; removedOnReplace: number }>;
}

export function previewImport(current: LearnerRecords, incoming: LearnerRecords): ImportPreview {
  const merged = mergeRecords(current, incoming);
  const counts = {} as ImportPreview['counts'];
  for (const kind of kindNames) {
    const mine = current[kind] as Record<string, unknown>;
    const theirs = incoming[kind] as Record<string, unknown>;
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const id of Object.keys(theirs)) {
      if (!hasOwn(mine, id)) added++;
      else if (JSON.stringify((merged[kind] as Record<string, unknown>)[id]) !== JSON.stringify(mine[id])) updated++;
      else unchanged++;
    }
    const removedOnReplace = Object.keys(mine).filter((id) => !hasOwn(theirs, id)).length;
    counts[kind] = { added, updated, unchanged, removedOnReplace };
  }
  return { counts };
}

export { recordKinds };
