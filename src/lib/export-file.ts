/**
 * The export file (documented in README, "Export file format"), its validation on import,
 * the preview of what an import changes, and the merge rule.
 */
import { checkRecord, exerciseRecord, lastActivity, readRecord, worksheetRecord, type CheckRecord, type ExerciseRecord, type LastActivity, type ReadRecord, type WorksheetRecord } from './records';
import { dict, findForbiddenKey, ID_PATTERN, int, isoDate, nullable, obj, oneOf } from './validate';

export const EXPORT_FORMAT = 'ssm-playbook';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 1_000_000;

export interface LearnerRecords {
  read: Record<string, ReadRecord>;
  exercise: Record<string, ExerciseRecord>;
  check: Record<string, CheckRecord>;
  worksheet: Record<string, WorksheetRecord>;
}
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: LearnerRecords;
  lastActivity: LastActivity | null;
}

export const emptyRecords = (): LearnerRecords => ({ read: {}, exercise: {}, check: {}, worksheet: {} });

export function buildExport(records: LearnerRecords, last: LastActivity | null, now: string): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, records, lastActivity: last };
}

const exportFile = obj({
  format: oneOf([EXPORT_FORMAT] as const),
  version: int(EXPORT_VERSION, EXPORT_VERSION),
  exportedAt: isoDate,
  records: obj({
    read: dict(ID_PATTERN, readRecord, { max: 50 }),
    exercise: dict(ID_PATTERN, exerciseRecord, { max: 500 }),
    check: dict(ID_PATTERN, checkRecord, { max: 500 }),
    worksheet: dict(ID_PATTERN, worksheetRecord, { max: 100 }),
  }),
  lastActivity: nullable(lastActivity),
});

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
export type ImportResult = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem; detail: string };

/** Validates an import file's text. `bytes` is the file's size as reported by the browser. */
export function parseImport(text: string, bytes = text.length): ImportResult {
  if (bytes > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large', detail: `${bytes} bytes` };
  if (text.trim() === '') return { ok: false, problem: 'empty', detail: '' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'not-json', detail: error instanceof Error ? error.message : '' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, problem: 'not-object', detail: '' };
  const forbidden = findForbiddenKey(data);
  if (forbidden) return { ok: false, problem: 'forbidden-key', detail: forbidden };
  const head = data as Record<string, unknown>;
  if (head['format'] !== EXPORT_FORMAT) return { ok: false, problem: 'wrong-format', detail: String(head['format'] ?? '') };
  if (typeof head['version'] === 'number' && head['version'] > EXPORT_VERSION) return { ok: false, problem: 'newer-version', detail: String(head['version']) };
  if (head['version'] !== EXPORT_VERSION) return { ok: false, problem: 'unknown-version', detail: String(head['version']) };
  const result = exportFile(data);
  if (!result.ok) return { ok: false, problem: 'invalid', detail: `${result.path}: ${result.message}` };
  return { ok: true, file: result.value as ExportFile };
}

type Stamped = { updatedAt: string };
const newer = <T extends Stamped>(a: T, b: T) => (b.updatedAt > a.updatedAt ? b : a);

/** Merges two versions of one record: the newer wins, but scores and attempts never go down. */
function mergeOne<K extends keyof LearnerRecords>(kind: K, current: LearnerRecords[K][string], incoming: LearnerRecords[K][string]): LearnerRecords[K][string] {
  const winner = newer(current, incoming);
  if (kind === 'exercise' || kind === 'check') {
    const a = current as ExerciseRecord | CheckRecord;
    const b = incoming as ExerciseRecord | CheckRecord;
    const best = a.best === null ? b.best : b.best === null ? a.best : Math.max(a.best, b.best);
    const merged = { ...winner, best, attempts: Math.max(a.attempts, b.attempts) } as ExerciseRecord | CheckRecord;
    if ('passed' in merged) merged.passed = (a as CheckRecord).passed || (b as CheckRecord).passed;
    if ('completedAt' in merged) {
      const dates = [(a as ExerciseRecord).completedAt, (b as ExerciseRecord).completedAt].filter((d): d is string => d !== null).sort();
      merged.completedAt = dates[0] ?? null;
    }
    return merged as LearnerRecords[K][string];
  }
  return winner;
}

export interface ImportPreview {
  /** Per kind: records only in the file, records the file would update, records that stay as they are. */
  counts: Record<keyof LearnerRecords, { added: number; updated: number; unchanged: number; removedOnReplace: number }>;
}

const kinds = ['read', 'exercise', 'check', 'worksheet'] as const;

export function mergeRecords(current: LearnerRecords, incoming: LearnerRecords): LearnerRecords {
  const out = emptyRecords();
  for (const kind of kinds) {
    const target = out[kind] as Record<string, unknown>;
    Object.assign(target, current[kind]);
    for (const [id, value] of Object.entries(incoming[kind])) {
      const existing = current[kind][id];
      target[id] = existing ? mergeOne(kind, existing as never, value as never) : value;
    }
  }
  return out;
}

export function previewImport(current: LearnerRecords, incoming: LearnerRecords): ImportPreview {
  const merged = mergeRecords(current, incoming);
  const counts = {} as ImportPreview['counts'];
  for (const kind of kinds) {
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const id of Object.keys(incoming[kind])) {
      if (!(id in current[kind])) added++;
      else if (JSON.stringify(merged[kind][id]) !== JSON.stringify(current[kind][id])) updated++;
      else unchanged++;
    }
    const removedOnReplace = Object.keys(current[kind]).filter((id) => !(id in incoming[kind])).length;
    counts[kind] = { added, updated, unchanged, removedOnReplace };
  }
  return { counts };
}
