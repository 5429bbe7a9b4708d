/**
 * Client accounts (worksheet record version 3): the account plan is kept once per client,
 * under `account-plan-for-<client key>`. Clients are named by the opportunities' `client`
 * field; two spellings that differ only in case or surrounding spaces are one client.
 * The key is a hash of the name, because a client's name (Chinese, with spaces, punctuation)
 * is not a storage id; the record keeps the name as typed in `client`.
 */
import type { OpportunityRecord } from './opportunity-record';
import type { WorksheetRecord } from './records';

export const ACCOUNT_PLAN = 'account-plan';
const PREFIX = `${ACCOUNT_PLAN}-for-`;

/** The name as shown: trimmed, at most 200 characters (what a record keeps). */
export const clientName = (name: string) => name.trim().slice(0, 200);

/** What makes two names one client: trimmed, case-insensitive. */
export const clientKey = (name: string) => clientName(name).toLowerCase();

/** cyrb53: a 53-bit string hash, so two of a rep's clients never share a key in practice. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The record id of a client's account plan (null for a blank name: no account to keep it in). */
export function accountPlanRecordId(name: string): string | null {
  const key = clientKey(name);
  return key ? `${PREFIX}${hash53(key)}` : null;
}

/** Whether a worksheet record id is a client's account plan. */
export const isClientPlanId = (recordId: string) => recordId.startsWith(PREFIX);

export interface ClientAccount {
  /** The name as shown: the plan's own spelling, else that of the first opportunity created. */
  name: string;
  /** The account plan's record id. */
  planId: string;
}

const byCreation = <T extends { createdAt?: string }>([ia, a]: [string, T], [ib, b]: [string, T]) => {
  const ca = a.createdAt ?? '';
  const cb = b.createdAt ?? '';
  return ca < cb ? -1 : ca > cb ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0;
};

/**
 * Every client account: each client that has an account plan (so a plan never disappears
 * when its opportunities are renamed or deleted), and each client named by an opportunity,
 * by name.
 */
export function clientAccounts(
  opportunities: Readonly<Record<string, Pick<OpportunityRecord, 'client'> & { createdAt?: string }>>,
  worksheets: Readonly<Record<string, Pick<WorksheetRecord, 'client'>>>,
): ClientAccount[] {
  const byId = new Map<string, ClientAccount>();
  const add = (raw: string) => {
    const planId = accountPlanRecordId(raw);
    if (planId && !byId.has(planId)) byId.set(planId, { name: clientName(raw), planId });
  };
  for (const [id, w] of Object.entries(worksheets)) if (isClientPlanId(id) && w.client) add(w.client);
  for (const [, o] of Object.entries(opportunities).sort(byCreation)) add(o.client);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The client of the first opportunity created (then by id) that names one, or null. */
export function firstClient(
  opportunities: Readonly<Record<string, Pick<OpportunityRecord, 'client' | 'createdAt'>>>,
): string | null {
  const named = Object.entries(opportunities).filter(([, o]) => clientKey(o.client) !== '');
  named.sort(byCreation);
  return named[0] ? clientName(named[0][1].client) : null;
}

export interface AccountPlanPlacement {
  /** Records to write, by record id (empty when nothing needs placing). */
  worksheets: Record<string, WorksheetRecord>;
  /** Whether the old `account-plan` record can go (placed, or an identical copy is there). */
  placed: boolean;
  /** Why it could not be placed (set it aside), or null. */
  setAside: string | null;
}

/**
 * Version-2 account plan (one sheet, `account-plan`, no client) → the plan of one client:
 * the client of the first opportunity that names one, or, when none does, a client called
 * `defaultClient` ("My client", in the page's language). Where that client already has a
 * different plan that is as new or newer, the old one is set aside, never dropped.
 */
export function placeAccountPlan(
  legacy: WorksheetRecord | undefined,
  opportunities: Readonly<Record<string, Pick<OpportunityRecord, 'client' | 'createdAt'>>>,
  worksheets: Readonly<Record<string, WorksheetRecord>>,
  defaultClient: string,
): AccountPlanPlacement {
  const none: AccountPlanPlacement = { worksheets: {}, placed: false, setAside: null };
  if (!legacy || legacy.client !== null) return none;
  const client = firstClient(opportunities) ?? clientName(defaultClient);
  const target = accountPlanRecordId(client);
  if (!target) return none;
  const existing = worksheets[target];
  const same = existing !== undefined && JSON.stringify(existing.body) === JSON.stringify(legacy.body);
  if (same) return { worksheets: {}, placed: true, setAside: null };
  if (existing && existing.updatedAt >= legacy.updatedAt)
    return { worksheets: {}, placed: false, setAside: 'this client already has a newer account plan' };
  return { worksheets: { [target]: { ...legacy, opportunity: null, client } }, placed: true, setAside: null };
}
