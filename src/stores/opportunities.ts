/**
 * Actions on opportunities and their snapshots, always built on `latest(id)` (another tab
 * may have just written the same record). The opportunity a page works on is chosen per
 * tab (`$chosenOpportunity`, mirrored in the address as `?opportunity=`), so two tabs can
 * work on two opportunities at once.
 */
import { atom } from 'nanostores';
import { addSnapshot, autoSnapshot, blankOpportunity, newOpportunityId } from '../lib/opportunity-edits';
import type { OpportunityRecord } from '../lib/opportunity-record';
import { $opportunities, nowIso, opportunityStore, snapshotsStore, worksheetStore } from './learner';

/** Creates an opportunity and returns its id. */
export function createOpportunity(name: string, fill: Partial<OpportunityRecord> = {}): string {
  const id = newOpportunityId(Object.keys($opportunities.get()));
  opportunityStore.put(id, { ...blankOpportunity(name, nowIso()), ...fill });
  return id;
}

/** Applies a change to one opportunity (and keeps the daily automatic snapshot up to date). */
export function updateOpportunity(id: string, change: (o: OpportunityRecord) => OpportunityRecord): void {
  const current = opportunityStore.latest(id);
  if (!current) return;
  const now = nowIso();
  const next = { ...change(current), updatedAt: now };
  opportunityStore.put(id, next);
  const snap = autoSnapshot(snapshotsStore.latest(id), next, now);
  if (snap) snapshotsStore.put(id, snap);
}

export function takeSnapshot(id: string): void {
  const current = opportunityStore.latest(id);
  if (current) snapshotsStore.put(id, addSnapshot(snapshotsStore.latest(id), current, nowIso()));
}

/** Deletes an opportunity with its snapshots and its worksheets. */
export function deleteOpportunity(id: string): void {
  for (const [recordId, record] of Object.entries(worksheetStore.$records.get()))
    if (record.opportunity === id) worksheetStore.put(recordId, undefined);
  snapshotsStore.put(id, undefined);
  opportunityStore.put(id, undefined);
}

const PARAM = 'opportunity';

/** Reads the choice from the address (`?opportunity=<id>`). */
export function chosenFromAddress(): string | null {
  if (typeof location === 'undefined') return null;
  return new URLSearchParams(location.search).get(PARAM);
}

/** The opportunity this tab works on (null: none chosen yet); starts from the address. */
export const $chosenOpportunity = atom<string | null>(chosenFromAddress());

/** Chooses the opportunity for this tab and writes it into the address (no history entry). */
export function chooseOpportunity(id: string | null): void {
  $chosenOpportunity.set(id);
  if (typeof history === 'undefined') return;
  const url = new URL(location.href);
  if (id) url.searchParams.set(PARAM, id);
  else url.searchParams.delete(PARAM);
  history.replaceState(history.state, '', url);
}

const CLIENT_PARAM = 'client';

/** The client account this tab's account plan shows (its name, from `?client=`; null: none chosen). */
export const $chosenClient = atom<string | null>(
  typeof location === 'undefined' ? null : new URLSearchParams(location.search).get(CLIENT_PARAM),
);

/** Chooses the client account for this tab and writes it into the address (no history entry). */
export function chooseClient(name: string | null): void {
  $chosenClient.set(name);
  if (typeof history === 'undefined') return;
  const url = new URL(location.href);
  if (name) url.searchParams.set(CLIENT_PARAM, name);
  else url.searchParams.delete(CLIENT_PARAM);
  history.replaceState(history.state, '', url);
}

/** The opportunity to show when none is chosen: the most recently changed open one. */
export function defaultChoice(opportunities: Record<string, OpportunityRecord>): string | null {
  const open = Object.entries(opportunities).filter(([, o]) => !o.archived);
  open.sort(([, a], [, b]) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return open[0]?.[0] ?? Object.keys(opportunities)[0] ?? null;
}
