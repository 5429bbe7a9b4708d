/**
 * The learner's work: every store and action the islands and page scripts use.
 * Record shapes and storage keys are documented in `src/lib/records.ts`; reading,
 * upgrading and validating in `src/lib/migrations.ts`.
 */
import { computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { lastActivity, RECORD_VERSION, LAST_KEY, type CheckRecord, type ContactAnswer, type ExerciseRecord, type LastActivity, type WorksheetBody, type WorksheetRecord } from '../lib/records';
import { migrateStoredRecords } from './migrate';
import { recordStore } from './record-map';

export const nowIso = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

if (typeof window !== 'undefined') migrateStoredRecords(nowIso());

export const readStore = recordStore('read');
export const exerciseStore = recordStore('exercise');
export const checkStore = recordStore('check');
export const worksheetStore = recordStore('worksheet');

export const $read = readStore.$records;
export const $exercises = exerciseStore.$records;
export const $checks = checkStore.$records;
export const $worksheets = worksheetStore.$records;

/** Where the learner left off. */
export const $lastActivity = persistentAtom<LastActivity | null>(LAST_KEY, null, {
  // null removes the key rather than storing the text "null".
  encode: (value) => (value === null ? undefined : JSON.stringify(value)),
  decode: (raw) => {
    try {
      const result = lastActivity(JSON.parse(raw));
      return result.ok ? result.value : null;
    } catch {
      return null;
    }
  },
});

/** Everything valid, in one object (progress, export). */
export const $allRecords = computed([$read, $exercises, $checks, $worksheets], (read, exercise, check, worksheet) => ({ read, exercise, check, worksheet }));
export type AllRecords = ReturnType<typeof $allRecords.get>;

/* ---------- actions ---------- */

export function markStageRead(slug: string) {
  const now = nowIso();
  const current = readStore.latest(slug);
  readStore.put(slug, { v: RECORD_VERSION, readAt: current?.readAt ?? now, updatedAt: now });
}

export function noteActivity(path: string, title: string) {
  $lastActivity.set({ v: RECORD_VERSION, path, title: title.slice(0, 300), at: nowIso() });
}

const emptyExercise = (contentHash: string): ExerciseRecord => ({
  v: RECORD_VERSION, contentHash, answers: {}, attempts: 0, best: null, last: null, revealed: false, completedAt: null, updatedAt: nowIso(),
});

/** Saves the learner's current answer for one contact. */
export function answerContact(caseId: string, contentHash: string, contactId: string, answer: ContactAnswer) {
  const current = exerciseStore.latest(caseId) ?? emptyExercise(contentHash);
  exerciseStore.put(caseId, { ...current, answers: { ...current.answers, [contactId]: answer }, updatedAt: nowIso() });
}

/** Records a checked attempt and its score (0..100); `complete` = every contact answered. */
export function recordExerciseAttempt(caseId: string, contentHash: string, score: number, complete: boolean) {
  const current = exerciseStore.latest(caseId) ?? emptyExercise(contentHash);
  const now = nowIso();
  exerciseStore.put(caseId, {
    ...current,
    contentHash,
    attempts: current.attempts + 1,
    last: score,
    best: current.revealed ? current.best : Math.max(current.best ?? 0, score),
    // An attempt after "show answer" is practice: it neither raises the best score nor completes the case.
    completedAt: complete && !current.revealed ? (current.completedAt ?? now) : current.completedAt,
    updatedAt: now,
  });
}

/** "Show answer": fills in the expected answers; later attempts no longer raise the best score. */
export function revealExercise(caseId: string, contentHash: string, answers: Record<string, ContactAnswer>) {
  const current = exerciseStore.latest(caseId) ?? emptyExercise(contentHash);
  exerciseStore.put(caseId, { ...current, answers, revealed: true, updatedAt: nowIso() });
}

/** Clears the answers for a retry; scores and attempts stay. */
export function retryExercise(caseId: string, contentHash: string) {
  const current = exerciseStore.latest(caseId) ?? emptyExercise(contentHash);
  exerciseStore.put(caseId, { ...current, contentHash, answers: {}, revealed: false, updatedAt: nowIso() });
}

/** Records a finished knowledge check. */
export function recordCheckAttempt(checkId: string, contentHash: string, score: number, passMark: number) {
  const current: CheckRecord | undefined = checkStore.latest(checkId);
  checkStore.put(checkId, {
    v: RECORD_VERSION,
    contentHash,
    attempts: (current?.attempts ?? 0) + 1,
    best: Math.max(current?.best ?? 0, score),
    last: score,
    passed: (current?.passed ?? false) || score >= passMark,
    updatedAt: nowIso(),
  });
}

/** Updates a worksheet's body; `completed` is derived by the caller from the sheet's rules. */
export function saveWorksheet(sheetId: string, contentHash: string, update: (body: WorksheetBody) => WorksheetBody, isComplete: (body: WorksheetBody) => boolean) {
  const now = nowIso();
  const current: WorksheetRecord | undefined = worksheetStore.latest(sheetId);
  const body = update(current?.body ?? {});
  worksheetStore.put(sheetId, { v: RECORD_VERSION, contentHash, body, completed: isComplete(body), startedAt: current?.startedAt ?? now, updatedAt: now });
}

export function resetWorksheet(sheetId: string) {
  worksheetStore.put(sheetId, undefined);
}

/** Deletes every record and the last-activity marker (set-aside copies are kept). */
export function clearAllRecords() {
  for (const store of [readStore, exerciseStore, checkStore, worksheetStore]) {
    for (const id of Object.keys(store.$records.get())) store.put(id, undefined);
  }
  $lastActivity.set(null);
}

/** Replaces all records with the given set (import "replace"), or writes some (import "merge"). */
export function writeRecords(records: Partial<AllRecords>, mode: 'merge' | 'replace') {
  const stores = { read: readStore, exercise: exerciseStore, check: checkStore, worksheet: worksheetStore } as const;
  for (const kind of Object.keys(stores) as (keyof typeof stores)[]) {
    const store = stores[kind] as { $records: { get(): Record<string, unknown> }; put(id: string, v: unknown): void };
    const incoming = (records[kind] ?? {}) as Record<string, unknown>;
    if (mode === 'replace') for (const id of Object.keys(store.$records.get())) if (!(id in incoming)) store.put(id, undefined);
    for (const [id, value] of Object.entries(incoming)) store.put(id, value);
  }
}
