/** UI strings, one JSON file per locale, flat `area.item` keys; keys are typed from English. */
import en from './en.json';
import zhCn from './zh-cn.json';
import { htmlLang, locales, type Locale } from '../lib/vocabulary';

export type UIKey = keyof typeof en;
export type UIStrings = Record<UIKey, string>;

const strings: Record<Locale, UIStrings> = { en, 'zh-cn': zhCn };

/** All UI strings of a locale (for passing a subset to an island). */
export function uiStrings(locale: Locale): UIStrings {
  return strings[locale];
}

import { format } from './format';
export { format };

/** A translator for one locale. */
export function useTranslations(locale: Locale) {
  const table = strings[locale];
  return (key: UIKey, vars?: Record<string, string | number>) => format(table[key], vars, htmlLang[locale]);
}

/** Picks the given keys for an island's props, so islands never import whole tables. */
export function pickStrings<K extends UIKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  const table = strings[locale];
  return Object.fromEntries(keys.map((key) => [key, table[key]])) as Record<K, string>;
}

/** Narrows a route param to a locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** `/en/stages/noticing/` from a locale and a path inside it. */
export function localePath(locale: Locale, path = ''): string {
  const inner = path.replace(/^\/+/, '');
  return `/${locale}/${inner}${inner === '' || inner.endsWith('/') || inner.includes('#') ? '' : '/'}`;
}

/** The same page in another locale: swaps the first path segment. */
export function switchLocale(pathname: string, to: Locale): string {
  const parts = pathname.split('/');
  if (isLocale(parts[1])) parts[1] = to;
  else return localePath(to);
  return parts.join('/');
}

export { htmlLang, locales, type Locale };
