/**
 * The knowledge checks cannot be passed by test-wiseness: in each locale, the right option of
 * a single-choice question is the strictly longest in at most a third of the questions (and
 * the strictly shortest in at most a third, so the cue is not simply reversed), multiple-choice
 * questions do not set all right options apart by length, and the right option is seldom the
 * only one that hedges. See "Fair options" in content/README.md.
 */
import { describe, expect, it } from 'vitest';
import type { CheckData } from '../../src/schemas/check';
import {
  hedgePatterns,
  onlyRightHedges,
  rightIsLongest,
  rightIsShortest,
  rightOptionsAllLonger,
  singleCount,
  type FairnessQuestion,
} from '../../src/lib/option-fairness';
import { locales } from '../../src/lib/vocabulary';
import { listContent, readData } from '../content-files';

const poolOf = (locale: string): FairnessQuestion[] =>
  listContent('checks', ['.yaml'])
    .filter((file) => file.startsWith(`${locale}/`))
    .flatMap((file) => (readData('checks', file) as CheckData).questions as FairnessQuestion[]);

describe('the fairness measures', () => {
  const q = (id: string, type: string, ...texts: [string, boolean][]): FairnessQuestion => ({
    id,
    type,
    options: texts.map(([text, correct]) => ({ text, correct })),
  });
  const longRight = q('a', 'single', ['a much longer right answer', true], ['short', false], ['brief', false]);
  const tie = q('b', 'single', ['same size', true], ['also same', false], ['tiny', false]);
  const shortRight = q('c', 'single', ['yes', true], ['a wrong option', false], ['another wrong one', false]);

  it('counts a right option that is strictly longest, not one that ties', () => {
    expect(rightIsLongest([longRight, tie, shortRight])).toEqual(['a']);
  });

  it('counts a right option that is strictly shortest', () => {
    expect(rightIsShortest([longRight, tie, shortRight])).toEqual(['c']);
  });

  it('counts multiple-choice questions whose right options all outgrow the wrong ones', () => {
    const apart = q('m', 'multiple', ['a long right option', true], ['another long right one', true], ['short', false]);
    const mixed = q('n', 'multiple', ['a long right option', true], ['ok', true], ['short', false]);
    expect(rightOptionsAllLonger([apart, mixed])).toEqual(['m']);
  });

  it('counts a right option that is the only one to hedge', () => {
    const hedged = q('h', 'single', ['It may help', true], ['It helps', false], ['It fails', false]);
    const shared = q('i', 'single', ['It may help', true], ['It can fail', false], ['It fails', false]);
    expect(onlyRightHedges([hedged, shared], hedgePatterns['en']!)).toEqual(['h']);
    expect(
      onlyRightHedges(
        [q('z', 'single', ['可能有用', true], ['有用', false], ['没用', false])],
        hedgePatterns['zh-cn']!,
      ),
    ).toEqual(['z']);
  });
});

describe.each(locales)('checks in %s give no length or wording cue', (locale) => {
  const pool = poolOf(locale);
  const singles = singleCount(pool);
  const third = Math.floor(singles / 3);

  it('has single-choice questions to measure', () => {
    expect(singles).toBeGreaterThanOrEqual(21);
  });

  it('makes the right option the strictly longest in at most a third of single-choice questions', () => {
    expect(
      rightIsLongest(pool).length,
      `right option longest in: ${rightIsLongest(pool).join(', ')}`,
    ).toBeLessThanOrEqual(third);
  });

  it('makes the right option the strictly shortest in at most a third of single-choice questions', () => {
    expect(
      rightIsShortest(pool).length,
      `right option shortest in: ${rightIsShortest(pool).join(', ')}`,
    ).toBeLessThanOrEqual(third);
  });

  it('sets all right options apart by length in at most a third of multiple-choice questions', () => {
    const multiples = pool.filter((q) => q.type === 'multiple').length;
    expect(rightOptionsAllLonger(pool).length, rightOptionsAllLonger(pool).join(', ')).toBeLessThanOrEqual(
      Math.floor(multiples / 3),
    );
  });

  it('lets the right option be the only hedged one in at most a sixth of single-choice questions', () => {
    const hedged = onlyRightHedges(pool, hedgePatterns[locale]!);
    expect(hedged.length, `only the right option hedges in: ${hedged.join(', ')}`).toBeLessThanOrEqual(
      Math.floor(singles / 6),
    );
  });
});
