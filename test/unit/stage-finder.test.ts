import { describe, expect, it } from 'vitest';
import { findStage, type StageFacts } from '../../src/lib/stage-finder';
import type { OpportunityRecord } from '../../src/lib/opportunity-record';

const stages: StageFacts[] = [
  { number: 1, slug: 'noticing', evidenceCount: 3 },
  { number: 2, slug: 'identifying', evidenceCount: 4, vitalSign: { term: 'compelling-reason-to-act' } },
  { number: 3, slug: 'validating', evidenceCount: 3, vitalSign: { term: 'unique-value' } },
  { number: 4, slug: 'qualifying', evidenceCount: 5, vitalSign: { term: 'kdl-support' } },
  { number: 5, slug: 'conditionally-agreeing', evidenceCount: 3, vitalSign: { term: 'expected-solution-value' } },
  { number: 6, slug: 'closing', evidenceCount: 2 },
  { number: 7, slug: 'implementing', evidenceCount: 2 },
];
type Findable = Pick<OpportunityRecord, 'outcomes' | 'vitals' | 'stage'>;
const reachedOn = (...slugs: string[]): Findable['outcomes'] =>
  Object.fromEntries(slugs.map((s) => [s, { reached: '2026-11-01', evidence: [], note: '' }]));
const opp = (over: Partial<Findable> = {}): Findable => ({ outcomes: {}, vitals: {}, stage: 1, ...over });

describe('stage finder', () => {
  it('puts a new opportunity in stage 1 with stage 1 evidence to verify', () => {
    const f = findStage(stages, opp());
    expect(f.current).toBe(1);
    expect(f.reached).toEqual([]);
    expect(f.gaps).toEqual([]);
    expect(f.next).toEqual({
      stage: 1,
      slug: 'noticing',
      evidence: [0, 1, 2].map((index) => ({ index, shown: false })),
      ready: false,
    });
    expect(f.vitalToStrengthen).toBeNull(); // stage 1 has no vital sign
    expect(f.stageDiffers).toBe(false);
  });

  it('moves to the first stage whose outcome is not verified', () => {
    const f = findStage(stages, opp({ outcomes: reachedOn('noticing', 'identifying'), stage: 3 }));
    expect(f.current).toBe(3);
    expect(f.reached).toEqual([1, 2]);
    expect(f.next?.slug).toBe('validating');
    expect(f.stageDiffers).toBe(false);
  });

  it('points out a later outcome verified while an earlier one is missing, and stays at the earliest gap', () => {
    const f = findStage(stages, opp({ outcomes: reachedOn('noticing', 'qualifying'), stage: 5 }));
    expect(f.gaps).toEqual([2, 3]);
    expect(f.current).toBe(2);
    expect(f.reached).toEqual([1, 4]);
    expect(f.stageDiffers).toBe(true);
  });

  it('marks the next outcome ready when the client has shown every evidence item', () => {
    const outcomes = { ...reachedOn('noticing'), identifying: { reached: null, evidence: [0, 1, 2], note: '' } };
    expect(findStage(stages, opp({ outcomes })).next?.ready).toBe(false);
    outcomes.identifying.evidence.push(3);
    const f = findStage(stages, opp({ outcomes }));
    expect(f.next?.ready).toBe(true);
    expect(f.next?.evidence.every((e) => e.shown)).toBe(true);
  });

  it('ignores evidence indexes beyond the stage list', () => {
    const f = findStage(stages, opp({ outcomes: { noticing: { reached: null, evidence: [7], note: '' } } }));
    expect(f.next?.evidence.some((e) => e.shown)).toBe(false);
  });

  it('says when every outcome is verified', () => {
    const f = findStage(stages, opp({ outcomes: reachedOn(...stages.map((s) => s.slug)), stage: 7 }));
    expect(f.allReached).toBe(true);
    expect(f.current).toBe(7);
    expect(f.next).toBeNull();
  });

  it('names a weak vital sign first, the earliest one', () => {
    const f = findStage(
      stages,
      opp({
        outcomes: reachedOn('noticing', 'identifying', 'validating', 'qualifying'),
        vitals: { identifying: 'strong', validating: 'weak', qualifying: 'weak' },
      }),
    );
    expect(f.vitalToStrengthen).toEqual({ stage: 3, slug: 'validating', term: 'unique-value', state: 'weak' });
  });

  it('else the latest unknown or unrated one up to the current stage', () => {
    const f = findStage(
      stages,
      opp({ outcomes: reachedOn('noticing', 'identifying'), vitals: { identifying: 'strong' } }),
    );
    expect(f.current).toBe(3);
    expect(f.vitalToStrengthen).toEqual({ stage: 3, slug: 'validating', term: 'unique-value', state: 'unknown' });
  });

  it('names none when every vital sign so far is strong, and never one beyond the current stage', () => {
    const f = findStage(
      stages,
      opp({ outcomes: reachedOn('noticing'), vitals: { identifying: 'strong', qualifying: 'weak' } }),
    );
    expect(f.current).toBe(2);
    expect(f.vitalToStrengthen).toBeNull();
  });

  it('never looks past stage 5 for a vital sign', () => {
    const all = reachedOn('noticing', 'identifying', 'validating', 'qualifying', 'conditionally-agreeing');
    const f = findStage(
      stages,
      opp({
        outcomes: all,
        vitals: {
          identifying: 'strong',
          validating: 'strong',
          qualifying: 'strong',
          'conditionally-agreeing': 'strong',
        },
      }),
    );
    expect(f.current).toBe(6);
    expect(f.vitalToStrengthen).toBeNull();
  });
});
