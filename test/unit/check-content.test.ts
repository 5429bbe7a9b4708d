/**
 * The knowledge-check pools: right answer sets, explanations everywhere, ids unique across
 * all stages, 8–12 questions of all four types per stage, enough for the final draw, and
 * English and Chinese twins that agree on every language-neutral fact.
 */
import { describe, expect, it } from 'vitest';
import type { CheckData } from '../../src/schemas/check';
import { FINAL_PER_STAGE, FINAL_TOTAL, questionFacts } from '../../src/lib/quiz';
import { locales, stageSlugs } from '../../src/lib/vocabulary';
import { listContent, readData } from '../content-files';

const files = listContent('checks', ['.yaml', '.yml']);
// Raw YAML, not schema-parsed: these checks must hold (and report) even where the schema would
// stop at the first problem. An absent `correct` means false, as in the schema.
const load = (file: string) => readData('checks', file) as CheckData;
const byLocale = Object.fromEntries(
  locales.map((locale) => [
    locale,
    Object.fromEntries(
      files
        .filter((f) => f.startsWith(`${locale}/`))
        .map((f) => [f.slice(locale.length + 1).replace(/\.ya?ml$/, ''), load(f)]),
    ),
  ]),
) as Record<(typeof locales)[number], Record<string, CheckData>>;

describe.each(locales)('checks in %s', (locale) => {
  const checks = byLocale[locale];

  it('has one file per stage, named after the stage it covers', () => {
    expect(Object.keys(checks).sort()).toEqual([...stageSlugs].sort());
    for (const [name, check] of Object.entries(checks)) expect(check.stage, `${locale}/${name}`).toBe(name);
  });

  it('keeps question ids unique across all stages', () => {
    const ids = Object.values(checks).flatMap((c) => c.questions.map((q) => q.id));
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('holds enough questions for the final draw', () => {
    const total = Object.values(checks).reduce((n, c) => n + c.questions.length, 0);
    expect(total).toBeGreaterThanOrEqual(FINAL_TOTAL);
    for (const c of Object.values(checks)) expect(c.questions.length).toBeGreaterThanOrEqual(FINAL_PER_STAGE);
  });

  describe.each(stageSlugs)('%s', (slug) => {
    const check = checks[slug];
    const questions = check?.questions ?? [];

    it('has 8 to 12 questions of all four types', () => {
      expect(questions.length).toBeGreaterThanOrEqual(8);
      expect(questions.length).toBeLessThanOrEqual(12);
      expect([...new Set(questions.map((q) => q.type))].sort()).toEqual(['match', 'multiple', 'order', 'single']);
    });

    it.each(questions.map((q) => [q.id, q] as const))('%s has the right answer set and explains everything', (_, q) => {
      switch (q.type) {
        case 'single':
          expect(q.options.filter((o) => o.correct === true)).toHaveLength(1);
          break;
        case 'multiple': {
          const correct = q.options.filter((o) => o.correct === true).length;
          expect(correct).toBeGreaterThanOrEqual(2);
          expect(q.options.length - correct).toBeGreaterThanOrEqual(1);
          break;
        }
        case 'order':
          expect(q.items.length).toBeGreaterThanOrEqual(3);
          expect(String(q.explanation ?? '').trim()).not.toBe('');
          break;
        case 'match':
          expect(new Set(q.pairs.map((p) => p.definition)).size, 'definitions must differ').toBe(q.pairs.length);
          for (const p of q.pairs) expect(String(p.explanation ?? '').trim(), p.id).not.toBe('');
          break;
      }
      if (q.type === 'single' || q.type === 'multiple') {
        for (const o of q.options) expect(String(o.explanation ?? '').trim(), `${q.id}/${o.id}`).not.toBe('');
        expect(new Set(q.options.map((o) => o.text)).size, 'option texts must differ').toBe(q.options.length);
      }
    });
  });
});

describe('English and Chinese checks agree', () => {
  it.each([...stageSlugs])('%s: same ids, types, correct answers and item order', (slug) => {
    const en = byLocale.en[slug];
    const zh = byLocale['zh-cn'][slug];
    expect(en, `content/checks/en/${slug}.yaml`).toBeDefined();
    expect(zh, `content/checks/zh-cn/${slug}.yaml`).toBeDefined();
    expect(zh!.stage).toBe(en!.stage);
    expect(zh!.questions.map(questionFacts)).toEqual(en!.questions.map(questionFacts));
  });
});
