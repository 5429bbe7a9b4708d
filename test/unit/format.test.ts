import { describe, expect, it } from 'vitest';
import { format } from '../../src/i18n/format';

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
  it('leaves a placeholder it has no value for', () => expect(format(contacts, {})).toBe(contacts));
});
