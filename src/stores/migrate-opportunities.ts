/**
 * Once, on the first page load after the upgrade (loaded only then), and for every import
 * of an old export file: version-1 deal sheets are moved to the opportunities they belong to
 * (`src/lib/opportunity-migration.ts` decides where), then the one account plan of versions
 * 1 and 2 goes to its client account (`src/lib/client-accounts.ts`). A sheet's old key is removed only after
 * every record made from it is stored; a sheet that cannot be placed is set aside under
 * `ssm:backup:` and reported, never dropped.
 */
import { ACCOUNT_PLAN, placeAccountPlan } from '../lib/client-accounts';
import { decodeRecord } from '../lib/migrations';
import { planMigration } from '../lib/opportunity-migration';
import type { OpportunityRecord } from '../lib/opportunity-record';
import { keyPrefix } from '../lib/record-kinds';
import { BACKUP_PREFIX, type WorksheetRecord } from '../lib/records';
import { dealSheetIds } from '../lib/worksheet-records';
import { reportSetAside } from './notices';
import { recordStores } from './learner';
import { readRaw, storedWithPrefix, writeRaw } from './storage-engine';

/** The name given to the opportunity made for sheets that had none, in the page's language. */
export function defaultOpportunityName(): string {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return lang.toLowerCase().startsWith('zh') ? '我的商机' : 'My opportunity';
}

/** The client the old account plan goes to when no opportunity names one, in the page's language. */
export function defaultClientName(): string {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return lang.toLowerCase().startsWith('zh') ? '我的客户' : 'My client';
}

function decodeAll<K extends 'worksheet' | 'opportunity'>(kind: K, now: string) {
  const prefix = keyPrefix(kind);
  const out: Record<string, unknown> = {};
  for (const [key, raw] of storedWithPrefix(prefix)) {
    const decoded = decodeRecord(kind, raw, now);
    if (decoded.status === 'ok') out[key.slice(prefix.length)] = decoded.value;
  }
  return out;
}

export function migrateStoredWorksheets(now: string): void {
  placeStoredDealSheets(now);
  placeStoredAccountPlan(now);
}

/** Sets a stored sheet aside under `ssm:backup:` (raw text) and removes it; reported to the learner. */
function setAsideSheet(sheet: string, reason: string, now: string): void {
  const key = keyPrefix('worksheet') + sheet;
  const raw = readRaw(key);
  const backupKey = `${BACKUP_PREFIX}${key}@${now}`;
  if (raw !== undefined && writeRaw(backupKey, raw)) {
    recordStores.worksheet.put(sheet, undefined);
    reportSetAside({ key: backupKey, original: key, reason });
  }
}

function placeStoredAccountPlan(now: string): void {
  const raw = readRaw(keyPrefix('worksheet') + ACCOUNT_PLAN);
  if (raw === undefined) return;
  const decoded = decodeRecord('worksheet', raw, now);
  if (decoded.status !== 'ok' || decoded.value.client !== null) return;
  const placement = placeAccountPlan(
    decoded.value,
    decodeAll('opportunity', now) as Record<string, OpportunityRecord>,
    decodeAll('worksheet', now) as Record<string, WorksheetRecord>,
    defaultClientName(),
  );
  let written = true;
  for (const [id, record] of Object.entries(placement.worksheets))
    written = recordStores.worksheet.put(id, record) && written;
  if (!written) return; // storage refused: the old plan stays, tried again on the next load
  if (placement.placed) recordStores.worksheet.put(ACCOUNT_PLAN, undefined);
  else if (placement.setAside) setAsideSheet(ACCOUNT_PLAN, placement.setAside, now);
}

function placeStoredDealSheets(now: string): void {
  const prefix = keyPrefix('worksheet');
  const legacy: Record<string, WorksheetRecord> = {};
  for (const sheet of dealSheetIds) {
    const raw = readRaw(prefix + sheet);
    if (raw === undefined) continue;
    const decoded = decodeRecord('worksheet', raw, now);
    if (decoded.status === 'ok' && decoded.value.opportunity === null) legacy[sheet] = decoded.value;
  }
  if (Object.keys(legacy).length === 0) return;
  const plan = planMigration({
    legacy,
    opportunities: decodeAll('opportunity', now) as Record<string, OpportunityRecord>,
    worksheets: decodeAll('worksheet', now) as Record<string, WorksheetRecord>,
    defaultName: defaultOpportunityName(),
  });
  // Through the stores: validated, and this tab's islands (and other tabs) see the change at once.
  let written = true;
  for (const [id, record] of Object.entries(plan.opportunities))
    written = recordStores.opportunity.put(id, record) && written;
  for (const [id, record] of Object.entries(plan.worksheets))
    written = recordStores.worksheet.put(id, record) && written;
  // Storage refused a write: keep every old sheet and try again on the next load.
  if (!written) return;
  for (const sheet of plan.placed) recordStores.worksheet.put(sheet, undefined);
  for (const { sheet, reason } of plan.setAside) setAsideSheet(sheet, reason, now);
}

interface Importable {
  worksheet?: Record<string, WorksheetRecord>;
  opportunity?: Record<string, OpportunityRecord>;
}

/**
 * The same placement for records about to be imported: version-1 deal sheets in the file
 * become per-opportunity sheets (and their opportunities), and an old file's one account
 * plan becomes its client's. A sheet that cannot be placed keeps its old id, so it is still
 * imported and the next load sets it aside.
 */
export function placeLegacySheets<T extends Importable>(
  records: T,
  opportunities: Record<string, OpportunityRecord>,
  worksheets: Record<string, WorksheetRecord>,
  now: string,
): T {
  const dealt = placeLegacyDealSheets(records, opportunities, worksheets, now);
  const plan = dealt.worksheet?.[ACCOUNT_PLAN];
  if (!plan || plan.client !== null) return dealt;
  const placement = placeAccountPlan(
    plan,
    { ...opportunities, ...dealt.opportunity },
    { ...worksheets, ...dealt.worksheet },
    defaultClientName(),
  );
  if (!placement.placed) return dealt;
  const worksheet = { ...dealt.worksheet, ...placement.worksheets };
  delete worksheet[ACCOUNT_PLAN];
  return { ...dealt, worksheet };
}

function placeLegacyDealSheets<T extends Importable>(
  records: T,
  opportunities: Record<string, OpportunityRecord>,
  worksheets: Record<string, WorksheetRecord>,
  _now: string,
): T {
  const incoming = records.worksheet ?? {};
  const legacy = Object.fromEntries(
    Object.entries(incoming).filter(
      ([id, r]) => (dealSheetIds as readonly string[]).includes(id) && r.opportunity === null,
    ),
  );
  if (Object.keys(legacy).length === 0) return records;
  const plan = planMigration({
    legacy,
    opportunities: { ...opportunities, ...records.opportunity },
    worksheets: { ...worksheets, ...incoming },
    defaultName: defaultOpportunityName(),
  });
  const worksheet = { ...incoming, ...plan.worksheets };
  for (const sheet of plan.placed) delete worksheet[sheet];
  return { ...records, worksheet, opportunity: { ...plan.opportunities, ...records.opportunity } };
}

let placed = false;
/**
 * Runs the placement once per page, from the islands that show deal sheets or opportunities
 * (pages without them never load this code: their script budget stays as it was).
 */
export function placeStoredSheetsOnce(): void {
  if (placed || typeof window === 'undefined') return;
  placed = true;
  migrateStoredWorksheets(new Date().toISOString());
}
