/**
 * Every role-identification case follows the same house rules for stance and moves
 * (src/lib/case-rules.ts): mildly negative contacts are neutral, opponents are firm and get
 * limit-reach, and every neutral approver is kept informed with winning over also accepted.
 */
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../src/schemas/case';
import { caseRuleViolations, type RuleContact } from '../../src/lib/case-rules';
import { listContent, readData } from '../content-files';

const contact = (id: string, answer: RuleContact['answer']): RuleContact => ({ id, answer });

describe('case house rules', () => {
  it.each([
    [
      'a firm opponent whose reach is limited',
      contact('a', { roles: ['evaluator'], stance: 'opponent', move: 'limit-reach' }),
      0,
    ],
    [
      'an opponent the team tries to win over (should be neutral)',
      contact('b', { roles: ['influencer'], stance: 'opponent', move: 'win-over' }),
      1,
    ],
    [
      'a neutral approver kept informed, win-over accepted',
      contact('c', { roles: ['approver'], stance: 'neutral', move: 'keep-informed', alsoAccepted: ['win-over'] }),
      0,
    ],
    [
      'a neutral approver without the accepted alternative',
      contact('d', { roles: ['approver'], stance: 'neutral', move: 'keep-informed' }),
      1,
    ],
    [
      'a key decision leader who also approves',
      contact('e', { roles: ['key-decision-leader', 'approver'], stance: 'neutral', move: 'focus-on-kdl' }),
      0,
    ],
    ['a supportive approver', contact('f', { roles: ['approver'], stance: 'supporter', move: 'keep-informed' }), 0],
  ] as const)('%s', (_, c, problems) => {
    expect(caseRuleViolations([c])).toHaveLength(problems);
  });
});

describe('every case follows the house rules', () => {
  const files = listContent('cases', ['.yaml']);
  it('has cases in both locales', () => {
    expect(files.some((f) => f.startsWith('en/'))).toBe(true);
    expect(files.some((f) => f.startsWith('zh-cn/'))).toBe(true);
  });
  it.each(files)('%s', (file) => {
    expect(caseRuleViolations((readData('cases', file) as CaseData).contacts)).toEqual([]);
  });
});
