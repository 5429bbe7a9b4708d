/**
 * The stored shapes of a named opportunity (a deal the rep carries through the stages) and
 * of its dated snapshots. One key per opportunity and one per opportunity's snapshots, so two
 * tabs can edit two opportunities at once, and the list never has to read the snapshots.
 *   ssm:v1:opportunity:<opp-id>   OpportunityRecord
 *   ssm:v1:snapshots:<opp-id>     SnapshotsRecord (oldest first)
 * Snapshots are compact (about 120 bytes each) so that 200 opportunities × 50 snapshots
 * stay far under the 5 MB a browser gives a site.
 */
import { arr, bool, dict, ID_PATTERN, int, isoDate, nullable, obj, oneOf, pattern, str, type Infer } from './validate';

export const OPPORTUNITY_VERSION = 1;
export const vitalStates = ['strong', 'weak', 'unknown'] as const;
export type VitalState = (typeof vitalStates)[number];

/** A calendar day, YYYY-MM-DD. */
export const isoDay = pattern(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a date (YYYY-MM-DD)', 10);
/** ISO 4217 currency code, or '' when not given. */
const currency = pattern(/^(?:[A-Z]{3})?$/, 'a three-letter currency code', 3);
/** The largest estimated value kept (whole currency units). */
export const MAX_VALUE = 1_000_000_000_000;

/** One stage's verifiable outcome as the rep records it. */
const outcomeEntry = obj({
  /** The day the outcome was verified; null = not reached yet. */
  reached: nullable(isoDay),
  /** Which of the stage's evidence items the client has shown (indexes in the stage's list). */
  evidence: arr(int(0, 19), { max: 20, unique: true }),
  /** What the client said or did. */
  note: str({ max: 100_000 }),
});

export const opportunityRecord = obj({
  v: oneOf([OPPORTUNITY_VERSION] as const),
  name: str({ max: 200 }),
  client: str({ max: 200 }),
  initiative: str({ max: 2000 }),
  value: nullable(int(0, MAX_VALUE)),
  currency,
  closeDate: nullable(isoDay),
  /** The stage the rep says the deal is in (the stage finder suggests one from the outcomes). */
  stage: int(1, 7),
  archived: bool,
  /** By stage slug. */
  outcomes: dict(ID_PATTERN, outcomeEntry, { max: 7 }),
  /** Vital signs of stages 2 to 5, by stage slug. */
  vitals: dict(ID_PATTERN, oneOf(vitalStates), { max: 7 }),
  createdAt: isoDate,
  updatedAt: isoDate,
});

/** The state of an opportunity on one date. `reached`: stage numbers whose outcome was verified. */
const snapshot = obj({
  at: isoDate,
  stage: int(1, 7),
  reached: arr(int(1, 7), { max: 7, unique: true }),
  vitals: dict(ID_PATTERN, oneOf(vitalStates), { max: 7 }),
  value: nullable(int(0, MAX_VALUE)),
  /** true = "Take snapshot"; false = the daily automatic one. */
  manual: bool,
});

/** Most snapshots kept per opportunity (the oldest automatic ones go first beyond it). */
export const MAX_SNAPSHOTS = 400;

export const snapshotsRecord = obj({
  v: oneOf([OPPORTUNITY_VERSION] as const),
  items: arr(snapshot, { max: MAX_SNAPSHOTS }),
  updatedAt: isoDate,
});

export type OpportunityRecord = Infer<typeof opportunityRecord>;
export type OutcomeEntry = Infer<typeof outcomeEntry>;
export type Snapshot = Infer<typeof snapshot>;
export type SnapshotsRecord = Infer<typeof snapshotsRecord>;
