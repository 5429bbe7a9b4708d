import { describe, expect, it } from 'vitest';
import { format } from '../../src/i18n/format';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';

describe('format', () => {
  const contacts = '{n, plural, one {# contact} other {# contacts}}';
  it('fills placeholders', () =>
    expect(format('Stage {n}: {name}', { n: 2, name: 'Identifying' })).toBe('Stage 2: Identifying'));
  it('picks English plural forms', () => {
    expect(format(contacts, { n: 1 })).toBe('1 contact');
    expect(format(contacts, { n: 0 })).toBe('0 contacts');
    expect(format(contacts, { n: 5 })).toBe('5 contacts');
  });
  it('uses the locale’s rules: Chinese has one form', () => {
    expect(format('{n, plural, other {# 位联系人}}', { n: 1 }, 'zh-CN')).toBe('1 位联系人');
    expect(format('{n, plural, other {# 位联系人}}', { n: 3 }, 'zh-CN')).toBe('3 位联系人');
  });
  it('mixes plural blocks and plain placeholders', () => {
    expect(format('{done} of {total, plural, one {# item} other {# items}} done', { done: 1, total: 1 })).toBe(
      '1 of 1 item done',
    );
  });
  it('takes a number already formatted for the locale', () => {
    expect(format(contacts, { n: '4,096' })).toBe('4,096 contacts');
    expect(format(contacts, { n: '1' })).toBe('1 contact');
  });
  it('leaves a placeholder it has no value for', () => expect(format(contacts, {})).toBe(contacts));
});

// Nouns the UI strings count, singular and plural. A count written as a plain `{n}` before one of
// them reads "1 contacts" or "2 contact" in one of the two renderings below ("stage 2 check" is a
// stage number, not a count).
const countedNouns: [string, string][] = [
  ['answer', 'answers'],
  ['attempt', 'attempts'],
  ['card', 'cards'],
  ['character', 'characters'],
  ['check', 'checks'],
  ['contact', 'contacts'],
  ['criterion', 'criteria'],
  ['exercise', 'exercises'],
  ['item', 'items'],
  ['learner', 'learners'],
  ['level', 'levels'],
  ['line', 'lines'],
  ['minute', 'minutes'],
  ['opportunity', 'opportunities'],
  ['option', 'options'],
  ['question', 'questions'],
  ['record', 'records'],
  ['result', 'results'],
  ['row', 'rows'],
  ['snapshot', 'snapshots'],
  ['stage', 'stages'],
  ['worksheet', 'worksheets'],
];
const placeholderNames = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]!))];
const filled = (s: string, n: number) => Object.fromEntries(placeholderNames(s).map((name) => [name, n]));

describe('every counted UI string has its plural forms', () => {
  const tables = { en, 'zh-cn': zh } as const;
  it('no string comes as a pair of `.one` / `.other` keys: counts use `{n, plural, …}` through format()', () => {
    for (const [locale, table] of Object.entries(tables))
      expect(
        Object.keys(table).filter((k) => /\.(one|other|few|many|two|zero)$/.test(k)),
        locale,
      ).toEqual([]);
  });
  it('English plural blocks have `one` and `other`; Chinese ones have `other`', () => {
    for (const [key, value] of Object.entries(en))
      for (const m of value.matchAll(/\{\w+, plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g)) {
        expect(m[1], key).toMatch(/\bone\s*\{/);
        expect(m[1], key).toMatch(/\bother\s*\{/);
      }
    for (const [key, value] of Object.entries(zh))
      for (const m of value.matchAll(/\{\w+, plural,((?:\s*[\w=]+\s*\{[^{}]*\})+)\s*\}/g))
        expect(m[1], key).toMatch(/\bother\s*\{/);
  });
  it.each([1, 2])('every English string filled with %i reads right: no "1 contacts", no "2 contact", no "(s)"', (n) => {
    const wrong = (phrase: string) =>
      countedNouns.some(([one, other]) =>
        new RegExp(`(?<!stage )\\b${n} (${n === 1 ? other : one})\\b`, 'i').test(phrase),
      );
    const bad = Object.entries(en)
      .filter(([, value]) => placeholderNames(value).length > 0)
      .map(([key, value]) => [key, format(value, filled(value, n), 'en')] as const)
      .filter(([, phrase]) => wrong(phrase) || phrase.includes('(s)'));
    expect(bad).toEqual([]);
  });
  it.each([1, 2])('every Chinese string filled with %i leaves no plural block unread', (n) => {
    const bad = Object.entries(zh).filter(([, value]) =>
      format(value, filled(value, n), 'zh-CN').includes(', plural,'),
    );
    expect(bad).toEqual([]);
  });
});
