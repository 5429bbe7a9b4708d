/**
 * Version-1 worksheets → opportunities, on the storage fixture taken from the v1 site
 * (test/fixtures/v1/storage.json: every worksheet filled in a browser), field by field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRecord } from '../../src/lib/migrations';
import { MY_OPPORTUNITY_ID, planMigration } from '../../src/lib/opportunity-migration';
import type { OpportunityRecord } from '../../src/lib/opportunity-record';
import type { WorksheetRecord } from '../../src/lib/records';
import { sheetRecordId } from '../../src/lib/worksheet-records';

const NOW = '2026-12-02T08:00:00Z';
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/v1/storage.json'), 'utf8')) as Record<
  string,
  string
>;
const v1 = Object.fromEntries(
  Object.entries(fixture).map(([key, raw]) => [key.replace('ssm:v1:worksheet:', ''), JSON.parse(raw)]),
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the v1 fixture's shapes are read field by field below
) as Record<string, any>;

/** The fixture as the store reads it: each record upgraded to the current version. */
function legacyRecords(): Record<string, WorksheetRecord> {
  const out: Record<string, WorksheetRecord> = {};
  for (const [key, raw] of Object.entries(fixture)) {
    const decoded = decodeRecord('worksheet', raw, NOW);
    if (decoded.status !== 'ok') throw new Error(`${key}: ${JSON.stringify(decoded)}`);
    out[key.replace('ssm:v1:worksheet:', '')] = decoded.value;
  }
  return out;
}
const deal = (records: Record<string, WorksheetRecord>) =>
  Object.fromEntries(Object.entries(records).filter(([id]) => id !== 'account-plan'));

/** Every text in a value, for "nothing typed is lost". */
function texts(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(texts);
  if (x && typeof x === 'object') return Object.values(x).flatMap(texts);
  return [];
}

describe('version-1 fixture', () => {
  it('holds every sheet of the v1 site, two assessed opportunities among them', () => {
    expect(Object.keys(v1).sort()).toEqual([
      'account-plan',
      'buying-unit-map',
      'cra-planner',
      'opportunity-assessment',
      'unique-value',
    ]);
    expect(v1['opportunity-assessment'].body.opportunities).toHaveLength(2);
    for (const r of Object.values(v1)) expect(r.v).toBe(1);
  });

  it('reads as version 3, unchanged but for the version, no opportunity and no client yet', () => {
    for (const [id, record] of Object.entries(legacyRecords())) {
      const { v, opportunity, client, ...rest } = record;
      const { v: _old, ...old } = v1[id];
      expect(v).toBe(3);
      expect(opportunity).toBeNull();
      expect(client).toBeNull();
      expect(rest).toEqual(old);
    }
  });
});

describe('planMigration on the v1 fixture', () => {
  const legacy = legacyRecords();
  const plan = planMigration({
    legacy: deal(legacy),
    opportunities: {},
    worksheets: {},
    defaultName: 'My opportunity',
  });
  const [a, b] = v1['opportunity-assessment'].body.opportunities as {
    id: string;
    name: string;
    stage: number;
    answers: Record<string, { answer: string; note: string }>;
  }[];

  it('makes each assessed opportunity an opportunity, with its name and stage', () => {
    expect(Object.keys(plan.opportunities).sort()).toEqual([a!.id, b!.id].sort());
    for (const o of [a!, b!]) {
      const made = plan.opportunities[o.id]!;
      expect(made.name).toBe(o.name);
      expect(made.stage).toBe(o.stage);
      expect(made.archived).toBe(false);
      expect(made.createdAt).toBe(v1['opportunity-assessment'].startedAt);
    }
  });

  it('gives each opportunity its own assessment, every answer and note in place', () => {
    for (const o of [a!, b!]) {
      const sheet = plan.worksheets[sheetRecordId('opportunity-assessment', o.id)]!;
      expect(sheet.opportunity).toBe(o.id);
      expect(sheet.contentHash).toBe(v1['opportunity-assessment'].contentHash);
      for (const [criterion, entry] of Object.entries(o.answers)) {
        expect(sheet.body.answers![criterion]).toEqual(entry);
      }
      expect(Object.keys(sheet.body.answers!)).toEqual(Object.keys(o.answers));
      expect(sheet.body.opportunities).toBeUndefined();
    }
  });

  it('attaches the CRA planner, unique value and buying unit map to the first opportunity, field by field', () => {
    for (const sheet of ['cra-planner', 'unique-value', 'buying-unit-map']) {
      const placed = plan.worksheets[sheetRecordId(sheet, a!.id)]!;
      expect(placed.opportunity).toBe(a!.id);
      for (const [field, text] of Object.entries(v1[sheet].body.fields ?? {}))
        expect(placed.body.fields![field]).toBe(text);
      expect(placed.body.capabilities).toEqual(v1[sheet].body.capabilities);
      expect(placed.body.contacts).toEqual(v1[sheet].body.contacts);
      expect(placed.completed).toBe(v1[sheet].completed);
      expect([placed.startedAt, placed.updatedAt]).toEqual([v1[sheet].startedAt, v1[sheet].updatedAt]);
    }
  });

  it('leaves the account plan alone (it is per client account, not per opportunity)', () => {
    expect(plan.placed).not.toContain('account-plan');
    expect(Object.keys(plan.worksheets).some((id) => id.startsWith('account-plan'))).toBe(false);
  });

  it('places every v1 deal sheet and sets nothing aside', () => {
    expect(plan.placed.sort()).toEqual(['buying-unit-map', 'cra-planner', 'opportunity-assessment', 'unique-value']);
    expect(plan.setAside).toEqual([]);
  });

  it('loses no text the learner typed', () => {
    const before = new Set(texts(Object.values(deal(v1)).map((r) => r.body)));
    const after = new Set([
      ...texts(Object.values(plan.worksheets).map((r) => r.body)),
      ...texts(Object.values(plan.opportunities).map((o) => o.name)),
    ]);
    const lost = [...before].filter((t) => t.startsWith('v1 ') && !after.has(t));
    expect(lost).toEqual([]);
    expect(before.size).toBeGreaterThan(40);
  });

  it('keeps an assessment marked completed as completed', () => {
    const active = v1['opportunity-assessment'].body.activeOpportunity as string;
    expect(plan.worksheets[sheetRecordId('opportunity-assessment', active)]!.completed).toBe(
      v1['opportunity-assessment'].completed,
    );
  });
});

describe('planMigration rules', () => {
  const legacy = legacyRecords();
  const cra = legacy['cra-planner']!;

  it('makes "My opportunity" when the assessment had none, with the CRA client as its client', () => {
    const plan = planMigration({
      legacy: { 'cra-planner': cra },
      opportunities: {},
      worksheets: {},
      defaultName: 'My opportunity',
    });
    expect(plan.opportunities[MY_OPPORTUNITY_ID]).toMatchObject({
      name: 'My opportunity',
      client: cra.body.fields!['client'],
    });
    expect(plan.worksheets[sheetRecordId('cra-planner', MY_OPPORTUNITY_ID)]!.body).toEqual(cra.body);
    expect(plan.placed).toEqual(['cra-planner']);
  });

  it('never overwrites a stored opportunity', () => {
    const stored = { name: 'Renamed since', stage: 5 } as OpportunityRecord;
    const plan = planMigration({
      legacy: { 'cra-planner': cra },
      opportunities: { [MY_OPPORTUNITY_ID]: stored },
      worksheets: {},
      defaultName: 'My opportunity',
    });
    expect(plan.opportunities).toEqual({});
    expect(plan.placed).toEqual(['cra-planner']);
  });

  it('sets a sheet aside when its place holds a different, newer sheet', () => {
    const target = sheetRecordId('cra-planner', MY_OPPORTUNITY_ID);
    const newer = {
      ...cra,
      opportunity: MY_OPPORTUNITY_ID,
      body: { fields: { client: 'newer' } },
      updatedAt: '2027-01-01T00:00:00Z',
    };
    const plan = planMigration({
      legacy: { 'cra-planner': cra },
      opportunities: {},
      worksheets: { [target]: newer },
      defaultName: 'x',
    });
    expect(plan.placed).toEqual([]);
    expect(plan.setAside.map((s) => s.sheet)).toEqual(['cra-planner']);
    expect(plan.worksheets[target]).toBeUndefined();
  });

  it('is done once: an identical copy in place counts as placed, with nothing to write', () => {
    const first = planMigration({ legacy: deal(legacy), opportunities: {}, worksheets: {}, defaultName: 'x' });
    const again = planMigration({
      legacy: deal(legacy),
      opportunities: first.opportunities,
      worksheets: first.worksheets,
      defaultName: 'x',
    });
    expect(again.worksheets).toEqual({});
    expect(again.opportunities).toEqual({});
    expect(again.placed.sort()).toEqual(first.placed.sort());
  });

  it('ignores sheets already attached to an opportunity', () => {
    expect(
      planMigration({
        legacy: { 'cra-planner': { ...cra, opportunity: 'x' } },
        opportunities: {},
        worksheets: {},
        defaultName: 'x',
      }).placed,
    ).toEqual([]);
  });
});
