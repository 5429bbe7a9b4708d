// @vitest-environment jsdom
/**
 * Worksheet record version 3: one account plan per client account. The one plan of versions
 * 1 and 2 (the v1 storage fixture, a v2 export file) goes to the client of the first
 * opportunity, or to "My client", field by field; old export files still import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  accountPlanRecordId,
  clientAccounts,
  clientKey,
  firstClient,
  placeAccountPlan,
} from '../../src/lib/client-accounts';
import { buildExport, parseImport } from '../../src/lib/export-file';
import { decodeRecord } from '../../src/lib/migrations';
import type { OpportunityRecord } from '../../src/lib/opportunity-record';
import type { WorksheetRecord } from '../../src/lib/records';

const NOW = '2026-12-02T08:00:00Z';
const read = (path: string) => readFileSync(join(import.meta.dirname, '../fixtures', path), 'utf8');
const v1Storage = JSON.parse(read('v1/storage.json')) as Record<string, string>;
const v1Plan = JSON.parse(v1Storage['ssm:v1:worksheet:account-plan']!) as {
  v: number;
  contentHash: string;
  body: { fields: Record<string, string>; initiatives: { id: string; text: string }[] };
  completed: boolean;
  startedAt: string;
  updatedAt: string;
};
const v2Export = read('v2/export.json');

const opp = (client: string, createdAt: string): Pick<OpportunityRecord, 'client' | 'createdAt'> => ({
  client,
  createdAt,
});
const planV3 = (): WorksheetRecord => {
  const decoded = decodeRecord('worksheet', v1Storage['ssm:v1:worksheet:account-plan']!, NOW);
  if (decoded.status !== 'ok') throw new Error(JSON.stringify(decoded));
  return decoded.value;
};

describe('client accounts', () => {
  it('are one client whatever the case or surrounding spaces', () => {
    expect(clientKey('  Jade River Dairy ')).toBe(clientKey('jade river DAIRY'));
    expect(accountPlanRecordId('  Jade River Dairy ')).toBe(accountPlanRecordId('jade river dairy'));
    expect(accountPlanRecordId('Jade River')).not.toBe(accountPlanRecordId('Jade River Dairy'));
    expect(accountPlanRecordId('   ')).toBeNull();
    expect(accountPlanRecordId('翡翠河乳业')).toMatch(/^account-plan-for-[a-z0-9]+$/);
  });

  it('come from the opportunities, and from plans whose opportunities are gone, by name', () => {
    const accounts = clientAccounts(
      {
        b: { client: ' lotus foods', createdAt: '2026-02-01T00:00:00Z' },
        a: { client: 'Lotus Foods', createdAt: '2026-01-01T00:00:00Z' },
        c: { client: '' },
        d: { client: 'Atlas' },
      },
      {
        [accountPlanRecordId('Old Client')!]: { client: 'Old Client' },
        [accountPlanRecordId('ATLAS')!]: { client: 'ATLAS' },
        'cra-planner-for-a': { client: null },
      },
    );
    // A plan's own spelling first, else the first opportunity's.
    expect(accounts.map((a) => a.name)).toEqual(['ATLAS', 'Lotus Foods', 'Old Client']);
  });

  it('the first client is that of the first opportunity created that names one', () => {
    expect(
      firstClient({
        x: opp('', '2026-01-01T00:00:00Z'),
        y: opp(' Lotus ', '2026-03-01T00:00:00Z'),
        z: opp('Jade', '2026-02-01T00:00:00Z'),
      }),
    ).toBe('Jade');
    expect(firstClient({ x: opp('  ', '2026-01-01T00:00:00Z') })).toBeNull();
  });
});

describe('the version-1 account plan, upgraded to version 3', () => {
  it('keeps every field, with no opportunity and no client yet', () => {
    const record = planV3();
    expect(record.v).toBe(3);
    expect(record.opportunity).toBeNull();
    expect(record.client).toBeNull();
    expect(record.contentHash).toBe(v1Plan.contentHash);
    expect(record.completed).toBe(v1Plan.completed);
    expect(record.startedAt).toBe(v1Plan.startedAt);
    expect(record.updatedAt).toBe(v1Plan.updatedAt);
    const fields = Object.entries(v1Plan.body.fields);
    expect(fields.length).toBeGreaterThan(10);
    for (const [field, text] of fields) expect(record.body.fields?.[field], field).toBe(text);
    expect(record.body.initiatives).toEqual(v1Plan.body.initiatives);
  });

  it('goes to the client of the first opportunity, field by field', () => {
    const legacy = planV3();
    const placement = placeAccountPlan(
      legacy,
      { b: opp('Lotus Foods', '2026-11-10T00:00:00Z'), a: opp('  Jade River Dairy ', '2026-11-01T00:00:00Z') },
      {},
      'My client',
    );
    const id = accountPlanRecordId('jade river dairy')!;
    expect(placement.placed).toBe(true);
    expect(Object.keys(placement.worksheets)).toEqual([id]);
    const placed = placement.worksheets[id]!;
    expect(placed.client).toBe('Jade River Dairy');
    expect(placed.opportunity).toBeNull();
    expect(placed.v).toBe(3);
    for (const [field, text] of Object.entries(v1Plan.body.fields))
      expect(placed.body.fields?.[field], field).toBe(text);
    expect(placed.body).toEqual(legacy.body);
    expect(placed.startedAt).toBe(legacy.startedAt);
    expect(placed.updatedAt).toBe(legacy.updatedAt);
  });

  it('goes to "My client" when no opportunity names a client', () => {
    const placement = placeAccountPlan(planV3(), { a: opp('', NOW) }, {}, 'My client');
    expect(placement.worksheets[accountPlanRecordId('My client')!]?.client).toBe('My client');
  });

  it('is placed once: an identical copy there counts as placed, a newer different plan sets it aside', () => {
    const legacy = planV3();
    const id = accountPlanRecordId('My client')!;
    const same = placeAccountPlan(legacy, {}, { [id]: { ...legacy, client: 'My client' } }, 'My client');
    expect(same).toEqual({ worksheets: {}, placed: true, setAside: null });
    const newer = { ...legacy, client: 'My client', body: { fields: { priorities: 'newer' } }, updatedAt: NOW };
    const clash = placeAccountPlan(legacy, {}, { [id]: newer }, 'My client');
    expect(clash.placed).toBe(false);
    expect(clash.setAside).toMatch(/newer/);
    expect(placeAccountPlan({ ...legacy, client: 'Lotus' }, {}, {}, 'My client').worksheets).toEqual({});
  });
});

describe('stored and imported old account plans, through the stores', () => {
  async function loadStores(seed: Record<string, string>) {
    localStorage.clear();
    for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
    vi.resetModules();
    const learner = await import('../../src/stores/learner');
    const migrate = await import('../../src/stores/migrate-opportunities');
    const imports = await import('../../src/stores/import');
    return { ...learner, ...migrate, ...imports };
  }
  beforeEach(() => localStorage.clear());

  it('the v1 storage fixture: the plan ends under "My client" (v1 opportunities name no client), every field in place', async () => {
    const s = await loadStores(v1Storage);
    s.migrateStoredWorksheets(NOW);
    expect(localStorage.getItem('ssm:v1:worksheet:account-plan')).toBeNull();
    const raw = localStorage.getItem(`ssm:v1:worksheet:${accountPlanRecordId('My client')}`);
    expect(raw).not.toBeNull();
    const stored = JSON.parse(raw!) as WorksheetRecord;
    expect(stored.client).toBe('My client');
    for (const [field, text] of Object.entries(v1Plan.body.fields))
      expect(stored.body.fields?.[field], field).toBe(text);
  });

  it('a version-2 export file imports, its plan under the client of its first opportunity', async () => {
    const parsed = parseImport(v2Export, v2Export.length, NOW);
    if (!parsed.ok) throw new Error(parsed.detail);
    const s = await loadStores({});
    const outcome = s.importRecords(parsed.file.records, 'replace');
    expect(outcome.failed).toEqual([]);
    const plans = s.$worksheets.get();
    expect(plans['account-plan']).toBeUndefined();
    const plan = plans[accountPlanRecordId('jade river dairy')!];
    expect(plan?.client).toBe('Jade River Dairy');
    for (const [field, text] of Object.entries(v1Plan.body.fields))
      expect(plan?.body.fields?.[field], field).toBe(text);
    expect(plans['cra-planner-for-opp-jade']?.body.fields?.['client']).toBe('v1 cra cra-client');
  });

  it('a version-1 export file imports, its plan in a client account and its deal sheets in opportunities', async () => {
    const worksheet = Object.fromEntries(
      Object.entries(v1Storage).map(([key, raw]) => [key.replace('ssm:v1:worksheet:', ''), JSON.parse(raw)]),
    );
    const file = JSON.stringify({ ...buildExport({ worksheet } as never, null, NOW), version: 1 });
    const parsed = parseImport(file, file.length, NOW);
    if (!parsed.ok) throw new Error(parsed.detail);
    const s = await loadStores({});
    expect(s.importRecords(parsed.file.records, 'merge').failed).toEqual([]);
    const plan = s.$worksheets.get()[accountPlanRecordId('My client')!];
    for (const [field, text] of Object.entries(v1Plan.body.fields))
      expect(plan?.body.fields?.[field], field).toBe(text);
    expect(Object.keys(s.$opportunities.get()).length).toBeGreaterThanOrEqual(2);
  });
});
