import { describe, expect, it } from 'vitest';
import {
  accountPlanCompletion,
  assessmentCompletion,
  buyingUnitCompletion,
  craCompletion,
  uniqueValueCompletion,
} from '../../src/lib/worksheet-completion';
import type { CapabilityRow, UnitContact, WorksheetBody } from '../../src/lib/records';

const answered = (answers: Record<string, 'yes' | 'no' | 'unknown' | null>) => ({
  answers: Object.fromEntries(Object.entries(answers).map(([k, answer]) => [k, { answer, note: '' }])),
});

describe('assessmentCompletion', () => {
  const done = assessmentCompletion(['a', 'b', 'c']);
  it.each([
    ['nothing answered', {}, false],
    ['all answered, ? counts', answered({ a: 'yes', b: 'no', c: 'unknown' }), true],
    ['one unanswered', answered({ a: 'yes', b: null, c: 'no' }), false],
    ['one missing', answered({ a: 'yes', b: 'yes' }), false],
  ] as const)('%s → %s', (_name, body, expected) => {
    expect(done(body as WorksheetBody)).toBe(expected);
  });
});

describe('craCompletion', () => {
  const done = craCompletion(['initiative', 'driver', 'entry-point', 'business-result']);
  const all = { initiative: 'x', driver: 'x', 'entry-point': 'x', 'business-result': 'x' };
  it.each([
    ['empty', {}, false],
    ['all four', { fields: all }, true],
    ['one blank', { fields: { ...all, driver: '   ' } }, false],
    ['prompts only', { fields: { client: 'A', 'cost-of-waiting': 'x' } }, false],
  ] as const)('%s → %s', (_name, body, expected) => {
    expect(done(body)).toBe(expected);
  });
});

describe('accountPlanCompletion', () => {
  const done = accountPlanCompletion([{ fields: [{ id: 'a' }, { id: 'b' }] }, { fields: [{ id: 'c' }] }]);
  it.each([
    ['empty', {}, false],
    ['one field per part', { fields: { b: 'x', c: 'y' } }, true],
    ['one part empty', { fields: { a: 'x', b: 'y' } }, false],
  ] as const)('%s → %s', (_name, body, expected) => {
    expect(done(body)).toBe(expected);
  });
});

describe('uniqueValueCompletion', () => {
  const full: CapabilityRow = {
    id: 'capability-1',
    capability: 'a',
    ours: 'b',
    competitor: 'c',
    ourView: 'same',
    clientView: 'unknown',
    businessValue: 'd',
  };
  it.each([
    ['no rows', {}, false],
    ['one complete row', { capabilities: [{ ...full, id: 'capability-2', ours: '' }, full] }, true],
    ['no complete row', { capabilities: [{ ...full, clientView: null }] }, false],
  ] as const)('%s → %s', (_name, body, expected) => {
    expect(uniqueValueCompletion(body as WorksheetBody)).toBe(expected);
  });
});

describe('buyingUnitCompletion', () => {
  const c = (id: string, patch: Partial<UnitContact> = {}): UnitContact => ({
    id,
    name: id,
    title: '',
    roles: ['evaluator'],
    stance: 'neutral',
    nextAction: '',
    ...patch,
  });
  const kdl = c('k', { roles: ['key-decision-leader'] });
  it.each([
    ['three with a named KDL', [kdl, c('a'), c('b')], true],
    ['only two', [kdl, c('a')], false],
    ['no KDL', [c('x'), c('a'), c('b')], false],
    ['the KDL has no name', [{ ...kdl, name: ' ' }, c('a'), c('b')], false],
    ['a contact without a stance does not count', [kdl, c('a'), c('b', { stance: null })], false],
    ['a contact without a role does not count', [kdl, c('a'), c('b', { roles: [] }), c('d')], true],
  ] as const)('%s → %s', (_name, contacts, expected) => {
    expect(buyingUnitCompletion({ contacts: [...contacts] })).toBe(expected);
  });
});
