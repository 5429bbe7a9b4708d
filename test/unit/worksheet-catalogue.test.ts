import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { worksheetHashes, worksheetIds, worksheetStages } from '../../src/lib/worksheet-catalogue';
import { routes } from '../../src/lib/paths';

const load = (locale: string, sheet: string) =>
  parse(readFileSync(join(import.meta.dirname, `../../content/worksheets/${locale}/${sheet}.yaml`), 'utf8'));
const hashers = [
  ['opportunity-assessment', worksheetHashes.assessment],
  ['cra-planner', worksheetHashes.cra],
  ['account-plan', worksheetHashes.accountPlan],
  ['unique-value', worksheetHashes.uniqueValue],
] as const;

describe('worksheet content hashes', () => {
  it.each(hashers)('%s: both locales give the same hash, so switching language never says "changed"', (sheet, hash) => {
    const en = hash(load('en', sheet));
    expect(en).toMatch(/^[0-9a-f]{8}$/);
    expect(hash(load('zh-cn', sheet))).toBe(en);
  });
  it('changes when an id changes, not when wording changes', () => {
    const sheet = load('en', 'opportunity-assessment');
    const reworded = { ...sheet, questions: sheet.questions.map((q: { title: string }) => ({ ...q, title: 'x' })) };
    expect(worksheetHashes.assessment(reworded)).toBe(worksheetHashes.assessment(sheet));
    const renamed = structuredClone(sheet);
    renamed.questions[0].criteria[0].id = 'other';
    expect(worksheetHashes.assessment(renamed)).not.toBe(worksheetHashes.assessment(sheet));
    const warned = structuredClone(sheet);
    warned.stageWarnings[0].fromStage = 7;
    expect(worksheetHashes.assessment(warned)).not.toBe(worksheetHashes.assessment(sheet));
  });
  it('has a fixed hash for the buying unit map (roles and stances)', () => {
    expect(worksheetHashes.buyingUnit()).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('worksheet catalogue', () => {
  it.each(worksheetIds)('%s has stages and a kebab-case route', (id) => {
    expect(worksheetStages[id].length).toBeGreaterThan(0);
    expect(worksheetStages[id].every((n) => n >= 1 && n <= 7)).toBe(true);
    expect(routes.worksheet('en', id)).toMatch(/^\/en\/worksheets\/[a-z-]+\/$/);
  });
});
