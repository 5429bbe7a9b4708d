/**
 * The stage finder: from the outcomes a rep has verified and the evidence the client has
 * shown, which stage an opportunity is really in, what to verify next, and which vital sign
 * to strengthen. Pure rules, no content text: the caller passes each stage's facts.
 *
 * Rules (SSM: a stage is finished only when the client has done what its verifiable outcome
 * says, shown by evidence; the stages build on each other):
 * - The current stage is the first stage whose outcome is not verified (7 when all are).
 * - A verified outcome later than an unverified one is a gap: it is pointed out, and the
 *   current stage stays at the earliest unverified outcome.
 * - The next verifiable outcome is the current stage's, with its evidence list and which
 *   items the client has shown; it is "ready to verify" when every item is shown.
 * - The vital sign to strengthen is looked for among stages 2 to 5 up to the current stage:
 *   a weak one first (the earliest), else an unknown or unrated one (the latest, the one the
 *   current work depends on most).
 */
import type { OpportunityRecord, VitalState } from './opportunity-record';

export interface StageFacts {
  number: number;
  slug: string;
  /** How many evidence items the stage lists. */
  evidenceCount: number;
  /** The stage's vital sign, if it has one (stages 2 to 5). */
  vitalSign?: { term: string } | undefined;
}

export interface NextOutcome {
  stage: number;
  slug: string;
  /** Evidence items by index, and whether the client has shown each. */
  evidence: { index: number; shown: boolean }[];
  /** Every evidence item shown: the rep can verify the outcome. */
  ready: boolean;
}

export interface VitalAdvice {
  stage: number;
  slug: string;
  term: string;
  state: VitalState;
}

export interface StageFinding {
  /** The stage the opportunity is in, by its outcomes. */
  current: number;
  /** Every outcome verified. */
  allReached: boolean;
  /** Stage numbers whose outcome is verified, in order. */
  reached: number[];
  /** Unverified stages earlier than a verified one. */
  gaps: number[];
  /** The next outcome to verify (null when all are). */
  next: NextOutcome | null;
  vitalToStrengthen: VitalAdvice | null;
  /** The rep's recorded stage differs from the outcomes' stage. */
  stageDiffers: boolean;
}

type Findable = Pick<OpportunityRecord, 'outcomes' | 'vitals' | 'stage'>;

export function findStage(stages: readonly StageFacts[], opportunity: Findable): StageFinding {
  const ordered = [...stages].sort((a, b) => a.number - b.number);
  const isReached = (s: StageFacts) => Boolean(opportunity.outcomes[s.slug]?.reached);
  const reached = ordered.filter(isReached).map((s) => s.number);
  const firstOpen = ordered.find((s) => !isReached(s));
  const last = reached.at(-1) ?? 0;
  const gaps = ordered.filter((s) => !isReached(s) && s.number < last).map((s) => s.number);
  const current = firstOpen?.number ?? ordered.at(-1)?.number ?? 1;

  let next: NextOutcome | null = null;
  if (firstOpen) {
    const shown = new Set(opportunity.outcomes[firstOpen.slug]?.evidence ?? []);
    const evidence = Array.from({ length: firstOpen.evidenceCount }, (_, index) => ({
      index,
      shown: shown.has(index),
    }));
    next = {
      stage: firstOpen.number,
      slug: firstOpen.slug,
      evidence,
      ready: evidence.length > 0 && evidence.every((e) => e.shown),
    };
  }

  const candidates = ordered
    .filter((s) => s.vitalSign && s.number >= 2 && s.number <= 5 && s.number <= current)
    .map((s) => ({
      stage: s.number,
      slug: s.slug,
      term: s.vitalSign!.term,
      state: opportunity.vitals[s.slug] ?? ('unknown' as VitalState),
    }));
  const weak = candidates.find((c) => c.state === 'weak');
  const unknown = candidates.filter((c) => c.state === 'unknown').at(-1);

  return {
    current,
    allReached: !firstOpen,
    reached,
    gaps,
    next,
    vitalToStrengthen: weak ?? unknown ?? null,
    stageDiffers: opportunity.stage !== current,
  };
}
