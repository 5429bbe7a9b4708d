/**
 * Counted phrases with the locale's plural rules (`Intl.PluralRules`): English has "one"
 * and "other", Chinese only "other". UI strings come in pairs `<key>.one` / `<key>.other`.
 */
import { format } from '../i18n/format';

const rules = new Map<string, Intl.PluralRules>();

export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  const tag = locale === 'zh-cn' ? 'zh-CN' : locale;
  let rule = rules.get(tag);
  if (!rule) rules.set(tag, (rule = new Intl.PluralRules(tag)));
  return rule.select(n);
}

/** `forms.one` or `forms.other` (the fallback for every other category), filled with `{n}` and `vars`. */
export function plural(
  locale: string,
  n: number,
  forms: { one: string; other: string },
  vars: Record<string, string | number> = {},
): string {
  const template = pluralCategory(locale, n) === 'one' ? forms.one : forms.other;
  return format(template, { n, ...vars });
}
