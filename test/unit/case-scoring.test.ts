import { describe, expect, it } from 'vitest';
import {
  keptAnswers,
  scoreCase,
  scoreContact,
  type ExpectedAnswer,
  type GivenAnswer,
} from '../../src/lib/case-scoring';

const kdlApprover: ExpectedAnswer = {
  roles: ['key-decision-leader', 'approver'],
  stance: 'neutral',
  move: 'focus-on-kdl',
};

describe('scoreContact', () => {
  it.each<[string, GivenAnswer, number, number]>([
    ['all right', { roles: ['approver', 'key-decision-leader'], stance: 'neutral', move: 'focus-on-kdl' }, 1, 1],
    ['one of two roles', { roles: ['key-decision-leader'], stance: 'neutral', move: 'focus-on-kdl' }, 0.5, 0.75],
    [
      'one right, one extra role',
      { roles: ['key-decision-leader', 'sponsor'], stance: 'neutral', move: 'focus-on-kdl' },
      1 / 3,
      0.5 / 3 + 0.5,
    ],
    [
      'roles right, stance wrong',
      { roles: ['key-decision-leader', 'approver'], stance: 'opponent', move: 'focus-on-kdl' },
      1,
      0.75,
    ],
    ['nothing right', { roles: ['none'], stance: 'supporter', move: 'limit-reach' }, 0, 0],
  ])('%s', (_, given, roleScore, score) => {
    const r = scoreContact('c', kdlApprover, given);
    expect(r.roleScore).toBeCloseTo(roleScore);
    expect(r.score).toBeCloseTo(score);
  });

  it('lists missing and extra roles', () => {
    const r = scoreContact('c', kdlApprover, { roles: ['approver', 'sponsor'], stance: null, move: null });
    expect(r.missingRoles).toEqual(['key-decision-leader']);
    expect(r.extraRoles).toEqual(['sponsor']);
    expect(r.answered).toBe(false);
  });

  it('gives credit for an also-accepted move', () => {
    const r = scoreContact(
      'c',
      { ...kdlApprover, alsoAccepted: ['win-over'] },
      { roles: ['approver', 'key-decision-leader'], stance: 'neutral', move: 'win-over' },
    );
    expect(r.moveRight).toBe(true);
  });

  it('scores an unanswered contact as zero', () => {
    expect(scoreContact('c', kdlApprover, undefined).score).toBe(0);
  });
});

describe('scoreCase', () => {
  const contacts = [
    { id: 'a', answer: kdlApprover },
    { id: 'b', answer: { roles: ['none'], stance: 'neutral', move: 'keep-informed' } as ExpectedAnswer },
  ];
  it('averages contacts and reports completeness', () => {
    const result = scoreCase(contacts, {
      a: { roles: ['key-decision-leader', 'approver'], stance: 'neutral', move: 'focus-on-kdl' },
    });
    expect(result.percent).toBe(50);
    expect(result.complete).toBe(false);
  });
  it('is 100 and complete when everything is right', () => {
    const result = scoreCase(contacts, {
      a: { roles: ['key-decision-leader', 'approver'], stance: 'neutral', move: 'focus-on-kdl' },
      b: { roles: ['none'], stance: 'neutral', move: 'keep-informed' },
    });
    expect(result).toMatchObject({ percent: 100, complete: true });
  });
});

describe('keptAnswers (Try again)', () => {
  const contacts = [
    { id: 'ann', answer: { roles: ['approver'] as const, stance: 'neutral' as const, move: 'win-over' as const } },
    {
      id: 'bob',
      answer: {
        roles: ['sponsor', 'benefit-owner'] as const,
        stance: 'supporter' as const,
        move: 'keep-sponsor-benefiting' as const,
      },
    },
    { id: 'cy', answer: { roles: ['evaluator'] as const, stance: 'opponent' as const, move: 'limit-reach' as const } },
  ];
  it('keeps right parts, clears wrong parts, drops contacts with nothing right', () => {
    const kept = keptAnswers(contacts as never, {
      ann: { roles: ['approver'], stance: 'supporter', move: 'win-over' },
      bob: { roles: ['sponsor'], stance: 'supporter', move: 'focus-on-kdl' },
      cy: { roles: ['influencer'], stance: 'neutral', move: 'focus-on-kdl' },
    });
    expect(kept).toEqual({
      ann: { roles: ['approver'], stance: null, move: 'win-over' },
      bob: { roles: [], stance: 'supporter', move: null },
    });
  });
});
