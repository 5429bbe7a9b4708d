/**
 * The learner's progress in `cmi.suspend_data`, within the version's size limit.
 *
 * Text: `{"ssm":1,"r":{<kind>:{<id>:<record>}},"l":<last activity>}`: the same records as the
 * export file, so restoring is an import. What goes in first matters most when space is
 * short (4,096 characters in SCORM 1.2): pages read and check results, then exercise results
 * (scores, attempts, completion; without the answers), where the learner left off, then the
 * exercises' answers, then worksheets, most recently edited first, each whole or not at all.
 */
import { hasOwn, ID_PATTERN } from '../validate';
import { upgradeRecord } from '../migrations';
import { lastActivity as lastActivityValidator, type LastActivity } from '../records';
import { emptyRecords, kindNames, type LearnerRecords, type RecordKind } from '../record-kinds';

export const SUSPEND_FORMAT = 1;

export interface Omitted {
  kind: RecordKind;
  id: string;
  /** `answers`: the exercise's result went in but not its answers; `record`: nothing of it. */
  part: 'answers' | 'record';
}

export interface Packed {
  text: string;
  omitted: Omitted[];
}

interface Payload {
  ssm: number;
  r: Partial<Record<RecordKind, Record<string, unknown>>>;
  l?: LastActivity;
}

const byNewest = <T extends { updatedAt: string }>(entries: [string, T][]) =>
  entries.sort((a, b) => (a[1].updatedAt < b[1].updatedAt ? 1 : -1));

/** Packs records into at most `limit` characters; says what had to stay out. */
export function packSuspendData(records: LearnerRecords, last: LastActivity | null, limit: number): Packed {
  const payload: Payload = { ssm: SUSPEND_FORMAT, r: {} };
  const omitted: Omitted[] = [];
  const fits = () => JSON.stringify(payload).length <= limit;
  const tryAdd = (kind: RecordKind, id: string, value: unknown): boolean => {
    const bucket = (payload.r[kind] ??= {});
    const before = bucket[id];
    bucket[id] = value;
    if (fits()) return true;
    if (before === undefined) delete bucket[id];
    else bucket[id] = before;
    if (Object.keys(bucket).length === 0) delete payload.r[kind];
    return false;
  };

  for (const kind of ['read', 'check'] as const) {
    for (const [id, value] of byNewest(Object.entries(records[kind])))
      if (!tryAdd(kind, id, value)) omitted.push({ kind, id, part: 'record' });
  }
  const exercises = byNewest(Object.entries(records.exercise));
  const summarised = new Set<string>();
  for (const [id, value] of exercises) {
    if (tryAdd('exercise', id, { ...value, answers: {} })) summarised.add(id);
    else omitted.push({ kind: 'exercise', id, part: 'record' });
  }
  if (last) {
    payload.l = last;
    if (!fits()) delete payload.l;
  }
  for (const [id, value] of exercises) {
    if (!summarised.has(id) || Object.keys(value.answers).length === 0) continue;
    if (!tryAdd('exercise', id, value)) omitted.push({ kind: 'exercise', id, part: 'answers' });
  }
  for (const [id, value] of byNewest(Object.entries(records.worksheet)))
    if (!tryAdd('worksheet', id, value)) omitted.push({ kind: 'worksheet', id, part: 'record' });
  // Kinds added to the registry later travel too, after everything above.
  for (const kind of kindNames.filter((k) => !['read', 'check', 'exercise', 'worksheet'].includes(k))) {
    for (const [id, value] of Object.entries(records[kind] as Record<string, unknown>))
      if (!tryAdd(kind, id, value)) omitted.push({ kind, id, part: 'record' });
  }
  return { text: JSON.stringify(payload), omitted };
}

export interface Unpacked {
  records: LearnerRecords;
  last: LastActivity | null;
  /** Records that were there but not valid (or from a newer site version): left out. */
  rejected: number;
}

/** Reads suspend_data written by packSuspendData; anything else gives no records. Never throws. */
export function unpackSuspendData(text: string, now: string): Unpacked {
  const out: Unpacked = { records: emptyRecords(), last: null, rejected: 0 };
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return out;
  }
  if (typeof payload !== 'object' || payload === null || (payload as Payload).ssm !== SUSPEND_FORMAT) return out;
  const { r, l } = payload as Payload;
  if (typeof r === 'object' && r !== null) {
    for (const kind of kindNames) {
      const bucket = hasOwn(r, kind) ? r[kind] : undefined;
      if (typeof bucket !== 'object' || bucket === null) continue;
      const target = out.records[kind] as Record<string, unknown>;
      for (const [id, value] of Object.entries(bucket)) {
        // Each record goes through the registry's upgrade steps and validator, like an import.
        const decoded = ID_PATTERN.test(id) ? upgradeRecord(kind, value, now) : null;
        if (decoded?.status === 'ok') target[id] = decoded.value;
        else out.rejected++;
      }
    }
  }
  if (l !== undefined) {
    const result = lastActivityValidator(l);
    if (result.ok) out.last = result.value;
  }
  return out;
}
