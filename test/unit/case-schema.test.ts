import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { readData } from '../content-files';

const valid = readData('cases', 'en/loudest-voice.yaml') as { contacts: Record<string, unknown>[] } & Record<
  string,
  unknown
>;
const withContact = (change: (c: Record<string, unknown>) => Record<string, unknown>) => ({
  ...valid,
  contacts: valid.contacts.map((c, i) => (i === 0 ? change(structuredClone(c)) : c)),
});
const issues = (data: unknown) => {
  const result = caseSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('case schema', () => {
  it('accepts a real case', () => expect(issues(valid)).toEqual([]));

  it.each<[string, (c: Record<string, unknown>) => Record<string, unknown>, RegExp]>([
    ['a contact without an answer', ({ answer: _, ...c }) => c, /contacts\.0\.answer/],
    ['a contact without an explanation', ({ explanation: _, ...c }) => c, /contacts\.0\.explanation/],
    [
      'an unknown role key',
      (c) => ({ ...c, answer: { ...(c['answer'] as object), roles: ['boss'] } }),
      /contacts\.0\.answer\.roles\.0/,
    ],
    [
      '"none" with another role',
      (c) => ({ ...c, answer: { ...(c['answer'] as object), roles: ['none', 'approver'] } }),
      /cannot be combined/,
    ],
    [
      'a role listed twice',
      (c) => ({ ...c, answer: { ...(c['answer'] as object), roles: ['approver', 'approver'] } }),
      /listed twice/,
    ],
    ['an unknown stance', (c) => ({ ...c, answer: { ...(c['answer'] as object), stance: 'hostile' } }), /stance/],
    ['an unknown move', (c) => ({ ...c, answer: { ...(c['answer'] as object), move: 'bribe' } }), /move/],
  ])('rejects %s', (_, change, message) => {
    expect(issues(withContact(change)).join('\n')).toMatch(message);
  });

  it('rejects duplicate contact ids and too few contacts', () => {
    expect(
      issues({ ...valid, contacts: [valid.contacts[0], valid.contacts[0], ...valid.contacts.slice(2)] }).join(),
    ).toMatch(/duplicate contact id/);
    expect(issues({ ...valid, contacts: valid.contacts.slice(0, 4) }).join()).toMatch(/contacts/);
  });
});
