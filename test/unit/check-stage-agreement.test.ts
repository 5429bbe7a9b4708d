/**
 * Checks that quote a stage page use the page's own words: the stage 4 tasks matched in
 * `qualifying-tasks-match` are the stage 4 activity titles, in both languages, so a learner
 * meets the same labels on the page and in the check.
 */
import { describe, expect, it } from 'vitest';
import type { CheckData } from '../../src/schemas/check';
import { locales } from '../../src/lib/vocabulary';
import { readData } from '../content-files';

describe.each(locales)('%s', (locale) => {
  it('labels the stage 4 tasks in the check as the stage 4 page does', () => {
    const stage = readData('stages', `${locale}/04-qualifying.mdx`) as { activities: { title: string }[] };
    const check = readData('checks', `${locale}/qualifying.yaml`) as CheckData;
    const match = check.questions.find((q) => q.id === 'qualifying-tasks-match');
    expect(match?.type).toBe('match');
    const terms = match?.type === 'match' ? match.pairs.map((p) => p.term) : [];
    expect(terms).toEqual(stage.activities.map((a) => a.title));
  });
});
