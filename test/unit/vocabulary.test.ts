import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/paths';
import { localeStaticPaths } from '../../src/lib/static-paths';
import { moveKeys, roleKeys, stageNumber, stageSlugs, stanceKeys } from '../../src/lib/vocabulary';
import { vocabularyLabels } from '../../src/lib/vocabulary-labels';

describe('vocabulary', () => {
  it.each(stageSlugs.map((slug, i) => [slug, i + 1] as const))('%s is stage %i', (slug, n) => {
    expect(stageNumber(slug)).toBe(n);
  });
  it('has seven stages and the six roles plus "none"', () => {
    expect(stageSlugs).toHaveLength(7);
    expect(roleKeys).toHaveLength(7);
    expect(roleKeys.at(-1)).toBe('none');
  });
  it('labels every role, stance and move through the translator', () => {
    const labels = vocabularyLabels((key) => `<${key}>`);
    expect(Object.keys(labels.roles)).toEqual([...roleKeys]);
    expect(labels.stances.opponent).toBe('<stance.opponent>');
    expect(Object.values(labels.moves)).toEqual(moveKeys.map((m) => `<move.${m}>`));
    expect(Object.keys(labels.stances)).toEqual([...stanceKeys]);
  });
});

describe('routes', () => {
  it.each<[string, string]>([
    [routes.overview('en'), '/en/'],
    [routes.stage('zh-cn', 'closing'), '/zh-cn/stages/closing/'],
    [routes.glossary('en', 'sponsor'), '/en/glossary/#sponsor'],
    [routes.glossary('en'), '/en/glossary/'],
    [routes.exercise('en', 'loudest-voice'), '/en/exercises/loudest-voice/'],
    [routes.worksheet('zh-cn', 'cra-planner'), '/zh-cn/worksheets/cra-planner/'],
    [routes.check('en', 'final'), '/en/checks/final/'],
    [routes.search('zh-cn', '关键 决策'), '/zh-cn/search/?q=%E5%85%B3%E9%94%AE%20%E5%86%B3%E7%AD%96'],
    [routes.myData('en'), '/en/my-data/'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));

  it('builds one static path per locale', () => {
    expect(localeStaticPaths()).toEqual([{ params: { lang: 'en' } }, { params: { lang: 'zh-cn' } }]);
  });
});
