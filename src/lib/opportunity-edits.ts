/**
 * Pure edits of an opportunity and its snapshots: new records, the snapshot of its state,
 * and the daily automatic snapshot rule. Every function returns a new value.
 */
import {
  MAX_SNAPSHOTS,
  OPPORTUNITY_VERSION,
  type OpportunityRecord,
  type OutcomeEntry,
  type Snapshot,
  type SnapshotsRecord,
} from './opportunity-record';
import { stageSlugs } from './vocabulary';

export function blankOpportunity(name: string, now: string): OpportunityRecord {
  return {
    v: OPPORTUNITY_VERSION,
    name: name.slice(0, 200),
    client: '',
    initiative: '',
    value: null,
    currency: '',
    closeDate: null,
    stage: 1,
    archived: false,
    outcomes: {},
    vitals: {},
    createdAt: now,
    updatedAt: now,
  };
}

/** A fresh id for an opportunity: time and randomness, kebab-case, unique among `existing`. */
export function newOpportunityId(existing: readonly string[], random = Math.random, now = Date.now()): string {
  for (;;) {
    const id = `opp-${now.toString(36)}${Math.floor(random() * 36 ** 4)
      .toString(36)
      .padStart(4, '0')}`;
    if (!existing.includes(id)) return id;
    now++;
  }
}

/** The outcome entry of a stage, with a change applied (an empty entry is removed). */
export function setOutcome(
  o: OpportunityRecord,
  slug: string,
  change: (e: OutcomeEntry) => OutcomeEntry,
): OpportunityRecord {
  const next = change(o.outcomes[slug] ?? { reached: null, evidence: [], note: '' });
  const outcomes = { ...o.outcomes };
  if (next.reached === null && next.evidence.length === 0 && next.note === '') delete outcomes[slug];
  else outcomes[slug] = { ...next, evidence: [...new Set(next.evidence)].sort((a, b) => a - b) };
  return { ...o, outcomes };
}

/** The opportunity's state as a snapshot. */
export function snapshotOf(o: OpportunityRecord, at: string, manual: boolean): Snapshot {
  const reached = stageSlugs.flatMap((slug, i) => (o.outcomes[slug]?.reached ? [i + 1] : []));
  return { at, stage: o.stage, reached, vitals: { ...o.vitals }, value: o.value, manual };
}

const sameState = (a: Snapshot, b: Snapshot) =>
  a.stage === b.stage &&
  a.value === b.value &&
  a.reached.join() === b.reached.join() &&
  JSON.stringify(a.vitals) === JSON.stringify(b.vitals);

/** Keeps at most MAX_SNAPSHOTS, dropping the oldest automatic ones first. */
function capped(items: Snapshot[]): Snapshot[] {
  const out = [...items];
  while (out.length > MAX_SNAPSHOTS) {
    const auto = out.findIndex((s) => !s.manual);
    out.splice(auto === -1 ? 0 : auto, 1);
  }
  return out;
}

/** "Take snapshot": always adds one. */
export function addSnapshot(record: SnapshotsRecord | undefined, o: OpportunityRecord, now: string): SnapshotsRecord {
  return {
    v: OPPORTUNITY_VERSION,
    items: capped([...(record?.items ?? []), snapshotOf(o, now, true)]),
    updatedAt: now,
  };
}

/**
 * The automatic snapshot, at most once a day: when the state differs from the last snapshot,
 * today's automatic snapshot is updated (or added, if there is none today). Returns null when
 * nothing is to be stored.
 */
export function autoSnapshot(
  record: SnapshotsRecord | undefined,
  o: OpportunityRecord,
  now: string,
): SnapshotsRecord | null {
  const items = record?.items ?? [];
  const last = items.at(-1);
  const next = snapshotOf(o, now, false);
  if (last && sameState(last, next)) return null;
  const today = now.slice(0, 10);
  const todays = last && !last.manual && last.at.slice(0, 10) === today;
  const kept = todays ? items.slice(0, -1) : items;
  // Today's automatic snapshot brought back to the one before it: drop it, nothing changed today.
  const before = kept.at(-1);
  if (todays && before && sameState(before, next)) return { v: OPPORTUNITY_VERSION, items: kept, updatedAt: now };
  return { v: OPPORTUNITY_VERSION, items: capped([...kept, next]), updatedAt: now };
}
