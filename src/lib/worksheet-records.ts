/**
 * Which stored worksheet record belongs to which sheet and opportunity (worksheet record
 * version 2). A deal sheet is filled once per opportunity, under
 * `<sheet id>-for-<opportunity id>`; the account plan stays one sheet of its own, under its
 * sheet id. A deal sheet stored under its bare sheet id with no opportunity is a version-1
 * sheet waiting for the on-load migration.
 */
import type { WorksheetRecord } from './records';

/** Sheets filled per opportunity. Ids are forever (they are part of storage keys). */
export const dealSheetIds = [
  'opportunity-assessment',
  'cra-planner',
  'unique-value',
  'buying-unit-map',
  'decision-support-plan',
  'conditions-of-agreement',
  'close-plan',
  'success-measures',
] as const;
export type DealSheetId = (typeof dealSheetIds)[number];

export const isDealSheet = (id: string): id is DealSheetId => (dealSheetIds as readonly string[]).includes(id);

/** The record id of a sheet: per opportunity for a deal sheet, else the sheet id. */
export function sheetRecordId(sheetId: string, opportunityId: string | null): string {
  return opportunityId && isDealSheet(sheetId) ? `${sheetId}-for-${opportunityId}` : sheetId;
}

/** The sheet a record id belongs to (null when it is none of the site's sheets). */
export function sheetOfRecordId(recordId: string, knownSheets: readonly string[]): string | null {
  if (knownSheets.includes(recordId)) return recordId;
  return knownSheets.find((s) => recordId.startsWith(`${s}-for-`)) ?? null;
}

/**
 * Per sheet id: started (some record exists) and completed (some record is completed), over
 * every opportunity. Progress and the worksheet cards count a sheet once, however many
 * opportunities use it.
 */
export function sheetStates(
  records: Readonly<Record<string, Pick<WorksheetRecord, 'completed'>>>,
  knownSheets: readonly string[],
): Record<string, { completed: boolean }> {
  const out: Record<string, { completed: boolean }> = {};
  for (const [id, record] of Object.entries(records)) {
    const sheet = sheetOfRecordId(id, knownSheets);
    if (!sheet) continue;
    out[sheet] = { completed: (out[sheet]?.completed ?? false) || record.completed };
  }
  return out;
}
