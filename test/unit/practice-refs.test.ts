import { describe, expect, it } from 'vitest';
import { practiceHref, unknownPractice, type KnownPractice, type PracticeRef } from '../../src/lib/practice-refs';

const known: KnownPractice = {
  exercise: new Set(['loudest-voice']),
  check: new Set(['noticing', 'final']),
  worksheet: new Set(['cra-planner']),
};

describe('practiceHref', () => {
  it.each([
    ['en', { kind: 'exercise', id: 'loudest-voice' }, '/en/exercises/loudest-voice/'],
    ['zh-cn', { kind: 'check', id: 'final' }, '/zh-cn/checks/final/'],
    ['en', { kind: 'worksheet', id: 'cra-planner' }, '/en/worksheets/cra-planner/'],
  ] as const)('%s %o → %s', (locale, ref, href) => expect(practiceHref(locale, ref)).toBe(href));
});

describe('unknownPractice', () => {
  it.each<[string, PracticeRef[], string[]]>([
    [
      'all known',
      [
        { kind: 'exercise', id: 'loudest-voice' },
        { kind: 'check', id: 'final' },
      ],
      [],
    ],
    ['an id under the wrong kind', [{ kind: 'exercise', id: 'cra-planner' }], ['exercise "cra-planner"']],
    [
      'a renamed case',
      [
        { kind: 'exercise', id: 'loud-voice' },
        { kind: 'worksheet', id: 'cra-planner' },
      ],
      ['exercise "loud-voice"'],
    ],
    ['nothing to check', [], []],
  ])('%s', (_, refs, expected) => expect(unknownPractice(refs, known)).toEqual(expected));
});
