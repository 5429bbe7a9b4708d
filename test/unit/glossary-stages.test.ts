/**
 * The glossary's "Stages" line is derived from the stage pages (src/lib/glossary-stages.ts):
 * the derivation itself, and that on the real content both locales derive the same stages for
 * every term and every derived id is a real glossary term.
 */
import { describe, expect, it } from 'vitest';
import { glossaryStages, termsUsedBy, type StagePageUse } from '../../src/lib/glossary-stages';
import { locales, type Locale } from '../../src/lib/vocabulary';
import { listContent, readBody, readData } from '../content-files';

const page = (number: number, body: string, data: StagePageUse['data'] = {}): StagePageUse => ({ number, body, data });

describe("deriving a term's stages", () => {
  it('counts body links, frontmatter links and the terms a stage names', () => {
    const used = termsUsedBy(
      page(3, 'See the [solution framework](/en/glossary/#solution-framework).', {
        vitalSign: { term: 'unique-value' },
        salesAids: ['sponsor-letter'],
        roles: [{ role: 'benefit-owner' }],
        runningCase: { did: 'Li Na wrote a [sponsor letter](/zh-cn/glossary/#sponsor-letter).' },
      }),
    );
    expect([...used].sort()).toEqual(['benefit-owner', 'solution-framework', 'sponsor-letter', 'unique-value']);
  });

  it('ignores links that are not glossary links', () => {
    expect([...termsUsedBy(page(1, '[About](/en/about/#sources) and [a stage](/en/stages/noticing/)'))]).toEqual([]);
  });

  it('lists each stage once, in order, whatever order the pages come in', () => {
    const stages = glossaryStages([
      page(5, '[CRA](/en/glossary/#compelling-reason-to-act)'),
      page(2, '[CRA](/en/glossary/#compelling-reason-to-act), again [CRA](/en/glossary/#compelling-reason-to-act)'),
    ]);
    expect(stages.get('compelling-reason-to-act')).toEqual([2, 5]);
    expect(stages.has('walk-away')).toBe(false);
  });
});

/** Derived stages of the real content of one locale. */
function derived(locale: Locale): Map<string, number[]> {
  const pages = listContent('stages', ['.mdx'])
    .filter((file) => file.startsWith(`${locale}/`))
    .map((file) => {
      const data = readData('stages', file) as StagePageUse['data'] & { number: number };
      return page(data.number, readBody('stages', file), data);
    });
  return glossaryStages(pages);
}

describe('on the real stage pages', () => {
  const byLocale = Object.fromEntries(locales.map((l) => [l, derived(l)])) as Record<Locale, Map<string, number[]>>;

  it('both locales derive the same stages for every term', () => {
    const ids = [...new Set(locales.flatMap((l) => [...byLocale[l].keys()]))].sort();
    const differ = ids.filter(
      (id) => JSON.stringify(byLocale.en.get(id) ?? []) !== JSON.stringify(byLocale['zh-cn'].get(id) ?? []),
    );
    expect(
      differ.map(
        (id) =>
          `${id}: en ${JSON.stringify(byLocale.en.get(id) ?? [])}, zh-cn ${JSON.stringify(byLocale['zh-cn'].get(id) ?? [])}`,
      ),
    ).toEqual([]);
  });

  it.each(locales)('%s: every term a stage page uses is in the glossary, and core terms get their stages', (locale) => {
    const glossary = new Set(
      listContent('glossary', ['.yaml'])
        .filter((f) => f.startsWith(`${locale}/`))
        .map((f) => f.slice(locale.length + 1).replace(/\.yaml$/, '')),
    );
    expect([...byLocale[locale].keys()].filter((id) => !glossary.has(id))).toEqual([]);
    expect(byLocale[locale].get('compelling-reason-to-act')).toContain(2);
    expect(byLocale[locale].get('unique-value')).toContain(3);
    expect(byLocale[locale].get('relationship-owner')).toEqual(expect.arrayContaining([1, 2, 3]));
  });
});
