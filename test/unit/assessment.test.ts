import { describe, expect, it } from 'vitest';
import {
  firedWarnings,
  followUps,
  strengthOf,
  summarize,
  tallyQuestion,
  type AssessmentAnswers,
  type Tally,
} from '../../src/lib/assessment';
import type { CriterionAnswer } from '../../src/lib/vocabulary';

/** Four questions shaped like the real content: five criteria each, CRA and the vital signs in place. */
const questions = [
  {
    id: 'is-it-real',
    criteria: ['compelling-reason', 'linked-initiative', 'budget', 'decision-timeline', 'buying-process'],
  },
  {
    id: 'best-solution',
    criteria: [
      'unique-value',
      'required-capabilities',
      'solution-framework',
      'competitive-position',
      'proof-references',
    ],
  },
  {
    id: 'client-wants-us',
    criteria: ['kdl-access', 'kdl-support', 'sponsor', 'buying-unit-mapped', 'evaluation-criteria'],
  },
  {
    id: 'worth-it',
    criteria: ['expected-solution-value', 'deal-value', 'strategic-fit', 'resources-available', 'acceptable-risk'],
  },
].map((q) => ({ id: q.id, criteria: q.criteria.map((id) => ({ id })) }));
const allIds = questions.flatMap((q) => q.criteria.map((c) => c.id));

/** Answers from a compact code per question: y = yes, n = no, ? = unknown, . = unanswered. */
function answersFrom(...codes: string[]): AssessmentAnswers {
  const out: Record<string, { answer: CriterionAnswer | null; note: string }> = {};
  codes.forEach((code, qi) =>
    [...code].forEach((ch, ci) => {
      const answer = ch === 'y' ? 'yes' : ch === 'n' ? 'no' : ch === '?' ? 'unknown' : null;
      out[questions[qi]!.criteria[ci]!.id] = { answer, note: '' };
    }),
  );
  return out;
}
const tally = (yes: number, no: number, unknown: number): Tally => ({
  yes,
  no,
  unknown,
  unanswered: 0,
  total: yes + no + unknown,
});

describe('tallyQuestion', () => {
  it('counts yes, no and ?, with unanswered counted as ?', () => {
    expect(tallyQuestion(questions[0]!, answersFrom('yn?..'))).toEqual({
      yes: 1,
      no: 1,
      unknown: 3,
      unanswered: 2,
      total: 5,
    });
  });
  it('treats a missing answer entry as unanswered', () => {
    expect(tallyQuestion(questions[0]!, {})).toEqual({ yes: 0, no: 0, unknown: 5, unanswered: 5, total: 5 });
  });
});

describe('strengthOf', () => {
  it.each([
    [tally(5, 0, 0), 'strong'],
    [tally(3, 2, 0), 'strong'],
    [tally(3, 0, 2), 'strong'],
    [tally(2, 1, 2), 'mixed'],
    [tally(2, 2, 1), 'mixed'],
    [tally(1, 1, 3), 'uncertain'],
    [tally(0, 0, 5), 'uncertain'],
    [tally(1, 2, 2), 'weak'],
    [tally(0, 5, 0), 'weak'],
    [tally(2, 3, 0), 'weak'],
  ] as const)('%o is %s', (t, expected) => {
    expect(strengthOf(t)).toBe(expected);
  });
});

describe('summarize', () => {
  it.each([
    ['all yes', ['yyyyy', 'yyyyy', 'yyyyy', 'yyyyy'], 'pursue', [{ kind: 'all-strong' }]],
    ['a clear majority everywhere', ['yyyn?', 'yyy??', 'yyyn?', 'y?yyy'], 'pursue', [{ kind: 'all-strong' }]],
    [
      'nothing answered',
      ['.....', '.....', '.....', '.....'],
      'strengthen',
      questions.map((q) => ({ kind: 'uncertain-question', question: q.id })),
    ],
    ['no CRA, everything else fine', ['nyyyy', 'yyyyy', 'yyyyy', 'yyyyy'], 'walk-away', [{ kind: 'no-cra' }]],
    [
      'one question weak',
      ['yyyyy', 'ynnn?', 'yyyyy', 'yyyyy'],
      'walk-away',
      [{ kind: 'weak-question', question: 'best-solution' }],
    ],
    [
      'one question mixed',
      ['yyyyy', 'yyyyy', 'yynn?', 'yyyyy'],
      'strengthen',
      [{ kind: 'mixed-question', question: 'client-wants-us' }],
    ],
    [
      'strong but unique value is No',
      ['yyyyy', 'nyyyy', 'yyyyy', 'yyyyy'],
      'strengthen',
      [{ kind: 'vital-sign-no', criterion: 'unique-value' }],
    ],
    [
      'strong but KDL support is No',
      ['yyyyy', 'yyyyy', 'ynyyy', 'yyyyy'],
      'strengthen',
      [{ kind: 'vital-sign-no', criterion: 'kdl-support' }],
    ],
    [
      'walking away outranks strengthening',
      ['nnyy?', '?????', 'yyyyy', 'nyyyy'],
      'walk-away',
      [
        { kind: 'no-cra' },
        { kind: 'mixed-question', question: 'is-it-real' },
        { kind: 'uncertain-question', question: 'best-solution' },
        { kind: 'vital-sign-no', criterion: 'expected-solution-value' },
      ],
    ],
  ] as const)('%s → %s', (_name, codes, guidance, reasons) => {
    const s = summarize(questions, answersFrom(...codes));
    expect(s.guidance).toBe(guidance);
    expect(s.reasons).toEqual(reasons);
  });

  it('counts answered criteria', () => {
    const s = summarize(questions, answersFrom('yn?..', 'yyyyy'));
    expect(s).toMatchObject({ answered: 8, total: 20 });
    expect(s.questions.map((q) => q.strength)).toEqual(['uncertain', 'strong', 'uncertain', 'uncertain']);
  });
});

describe('firedWarnings', () => {
  const warnings = [
    { id: 'cra-missing', criterion: 'compelling-reason', fromStage: 3, when: ['no', 'unknown'] as const },
    { id: 'kdl-out-of-reach', criterion: 'kdl-access', fromStage: 3, when: ['no'] as const },
    { id: 'value-unquantified', criterion: 'expected-solution-value', fromStage: 6, when: ['no', 'unknown'] as const },
  ];
  const ids = (answers: AssessmentAnswers, stage: number) => firedWarnings(warnings, answers, stage).map((w) => w.id);
  it.each([
    ['before the stage nothing fires', answersFrom('n', '', 'n', 'n'), 2, []],
    ['at the stage a No fires', answersFrom('n', '', 'n'), 3, ['cra-missing', 'kdl-out-of-reach']],
    ['unanswered counts as unknown', {}, 3, ['cra-missing']],
    ['unknown does not fire a No-only warning', answersFrom('?', '', '?'), 7, ['cra-missing', 'value-unquantified']],
    ['yes never fires', answersFrom('y', '', 'y', 'y'), 7, []],
  ] as const)('%s', (_name, answers, stage, expected) => {
    expect(ids(answers, stage)).toEqual(expected);
  });
});

describe('followUps', () => {
  it('lists every ? as a question and every No as a risk, with notes, in content order', () => {
    const answers = {
      ...answersFrom('?n', 'y?', '', 'n'),
      budget: { answer: 'unknown' as const, note: '  who signs?  ' },
    };
    const f = followUps(questions, answers);
    expect(f.toAsk).toEqual([
      { criterion: 'compelling-reason', question: 'is-it-real', note: '' },
      { criterion: 'budget', question: 'is-it-real', note: 'who signs?' },
      { criterion: 'required-capabilities', question: 'best-solution', note: '' },
    ]);
    expect(f.risks.map((r) => r.criterion)).toEqual(['linked-initiative', 'expected-solution-value']);
    expect(f.unanswered).toBe(allIds.length - 6);
  });
});
