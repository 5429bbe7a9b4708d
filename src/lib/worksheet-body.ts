/**
 * Small pure updates of a stored worksheet body (`WorksheetBody` in `records.ts`): free-text
 * fields and id-keyed row lists. Every function returns a new value and never mutates.
 */
import type { WorksheetBody } from './records';

/** True when the text has nothing but white space. */
export function isBlank(text: string | null | undefined): boolean {
  return !text || text.trim() === '';
}

/** The text of a field, or ''. */
export function fieldText(body: WorksheetBody, id: string): string {
  return body.fields?.[id] ?? '';
}

/** Sets one free-text field; an empty value removes the key, so the body stays small. */
export function setField(body: WorksheetBody, id: string, value: string, max = 100_000): WorksheetBody {
  const fields = { ...body.fields };
  if (value === '') delete fields[id];
  else fields[id] = value.slice(0, max);
  return { ...body, fields };
}

/** `<prefix>-<n>` with n one more than the largest number already used with that prefix. */
export function nextId(prefix: string, existing: readonly string[]): string {
  const used = existing
    .map((id) => (id.startsWith(`${prefix}-`) ? Number(id.slice(prefix.length + 1)) : 0))
    .filter((n) => Number.isInteger(n));
  return `${prefix}-${Math.max(0, ...used) + 1}`;
}

/** Replaces the row with this id by `patch` applied to it. */
export function updateRow<T extends { id: string }>(
  rows: readonly T[],
  id: string,
  patch: Partial<Omit<T, 'id'>>,
): T[] {
  return rows.map((row) => (row.id === id ? { ...row, ...patch } : row));
}

/** Removes the row with this id. */
export function removeRow<T extends { id: string }>(rows: readonly T[], id: string): T[] {
  return rows.filter((row) => row.id !== id);
}
