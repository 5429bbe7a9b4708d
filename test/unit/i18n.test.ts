import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh-cn.json';
import { format, localePath, switchLocale } from '../../src/i18n';

describe('UI strings', () => {
  it('zh-cn has exactly the English keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('every string is filled in', () => {
    for (const table of [en, zh])
      for (const [key, value] of Object.entries(table)) expect(value.trim(), key).not.toBe('');
  });
  it('placeholders match between locales', () => {
    // `{n}` and the number of a plural block `{n, plural, one {…} other {…}}` alike.
    const names = (s: string) => [...new Set([...s.matchAll(/\{([\w-]+)(?:\}|, plural,)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(names(zh[key]), key).toEqual(names(en[key]));
  });
  it('formats placeholders', () => {
    expect(format('Stage {n} of {total}', { n: 2, total: 7 })).toBe('Stage 2 of 7');
    expect(format('{missing}')).toBe('{missing}');
  });
  it('builds and switches locale paths', () => {
    expect(localePath('en', 'stages/noticing')).toBe('/en/stages/noticing/');
    expect(switchLocale('/en/stages/noticing/', 'zh-cn')).toBe('/zh-cn/stages/noticing/');
    expect(switchLocale('/', 'zh-cn')).toBe('/zh-cn/');
  });
});
