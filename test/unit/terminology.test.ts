/**
 * The terminology table (content/terminology.yaml) holds: it matches its schema, no rejected
 * variant appears in the content or UI strings of its language, and every file listed under
 * a term's `requiredIn` uses the preferred wording. Failures name the file and the variant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { terminologySchema, type Term } from '../../src/schemas/terminology';
import { locales, type Locale } from '../../src/lib/vocabulary';
import { contentRoot } from '../content-files';

const i18nRoot = join(contentRoot, '..', 'src', 'i18n');
const parsed = terminologySchema.safeParse(parse(readFileSync(join(contentRoot, 'terminology.yaml'), 'utf8')));
const terms: Term[] = parsed.success ? parsed.data.terms : [];

/** Every content file of one locale (`<collection>/<locale>/...`) plus its UI strings, by table path. */
function filesOf(locale: Locale): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(mdx|ya?ml|json)$/.test(entry.name) && relative(contentRoot, path).split('/')[1] === locale)
        files.set(relative(contentRoot, path), readFileSync(path, 'utf8'));
    }
  };
  walk(contentRoot);
  files.set(`i18n/${locale}.json`, readFileSync(join(i18nRoot, `${locale}.json`), 'utf8'));
  return files;
}

/** Text with every preferred term of the locale blanked out, so a variant that is part of one is not flagged. */
const withoutPreferred = (text: string, locale: Locale) =>
  terms.reduce((t, term) => t.split(term[locale]).join(' '), text);

describe('the terminology table', () => {
  it('matches its schema', () => {
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(terms.length).toBeGreaterThan(0);
  });

  it('blanks preferred terms before looking for variants', () => {
    const sample = terms.find((t) => t.id === 'key-question-real');
    expect(sample, 'key-question-real').toBeDefined();
    expect(withoutPreferred(`问：${sample!['zh-cn']}`, 'zh-cn')).not.toContain(sample!['zh-cn']);
  });
});

describe.each(locales)('%s content and UI strings', (locale) => {
  const files = filesOf(locale);
  const rejected = terms.flatMap((term) => term.rejected[locale].map((variant) => ({ term: term.id, variant })));

  it('are read from every collection', () => {
    expect([...files.keys()].some((f) => f.startsWith(`stages/${locale}/`))).toBe(true);
    expect([...files.keys()].some((f) => f.startsWith(`checks/${locale}/`))).toBe(true);
  });

  it('use none of the rejected variants', () => {
    const found: string[] = [];
    for (const [file, text] of files) {
      const checked = withoutPreferred(text, locale);
      for (const { term, variant } of rejected)
        if (checked.includes(variant))
          found.push(`${file}: "${variant}" (use "${terms.find((t) => t.id === term)![locale]}")`);
    }
    expect(found).toEqual([]);
  });

  it('use the preferred term in every file that must have it', () => {
    const missing: string[] = [];
    for (const term of terms) {
      for (const path of term.requiredIn.filter((p) => p.split('/')[1] === locale || p === `i18n/${locale}.json`)) {
        const text = files.get(path);
        if (text === undefined) missing.push(`${path}: no such file (term ${term.id})`);
        else if (!text.includes(term[locale])) missing.push(`${path}: lacks "${term[locale]}" (term ${term.id})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
