/**
 * The shapes of everything a learner's browser stores, version 1, with their validators.
 *
 * The kinds, their versions and migrations are registered in `record-kinds.ts`.
 * Storage keys (all under `ssm:v1:`, the key namespace; one key per record so two tabs
 * editing different items never collide, and a bad record never spoils its neighbours):
 *   ssm:v1:read:<stage-slug>       ReadRecord       stage page read
 *   ssm:v1:exercise:<case-id>      ExerciseRecord   role-identification answers and scores
 *   ssm:v1:check:<check-id>        CheckRecord      knowledge-check scores (stage slug or `final`)
 *   ssm:v1:worksheet:<record-id>   WorksheetRecord  worksheet entries (v2: per opportunity, see below)
 *   ssm:v1:opportunity:<opp-id>    OpportunityRecord  a named deal (opportunity-record.ts)
 *   ssm:v1:snapshots:<opp-id>      SnapshotsRecord  that deal's dated snapshots
 *   ssm:v1:last                    LastActivity     where the learner left off
 * Set-aside values: `ssm:backup:<original key>@<time>`, raw text, never read back silently.
 * Every record has `v` (its schema version) and `updatedAt`; content-bound records keep the
 * `contentHash` of the content they answered, to say "this exercise changed".
 */
import {
  arr,
  bool,
  dict,
  id,
  ID_PATTERN,
  int,
  isoDate,
  nullable,
  obj,
  oneOf,
  sitePath,
  str,
  type Infer,
} from './validate';
import { criterionAnswers, moveKeys, roleKeys, stanceKeys } from './vocabulary';

/** Version 1 of a record kind (each kind's current version is in `record-kinds.ts`). */
const version = oneOf([1] as const);
/** The most attempts a record counts (a results code or import claiming more is refused). */
export const MAX_ATTEMPTS = 100_000;
const hash = str({ max: 16 });
const text = (max = 100_000) => str({ max });
const score = nullable(int(0, 100));

export const readRecord = obj({ v: version, readAt: isoDate, updatedAt: isoDate });

const contactAnswer = obj({
  roles: arr(oneOf(roleKeys), { max: roleKeys.length, unique: true }),
  stance: nullable(oneOf(stanceKeys)),
  move: nullable(oneOf(moveKeys)),
});
export const exerciseRecord = obj({
  v: version,
  contentHash: hash,
  answers: dict(ID_PATTERN, contactAnswer, { max: 20 }),
  attempts: int(0, MAX_ATTEMPTS),
  best: score,
  last: score,
  revealed: bool,
  completedAt: nullable(isoDate),
  updatedAt: isoDate,
});

export const checkRecord = obj({
  v: version,
  contentHash: hash,
  attempts: int(0, MAX_ATTEMPTS),
  best: score,
  last: score,
  passed: bool,
  updatedAt: isoDate,
});

/** Worksheet bodies: free text keyed by field id, plus lists of rows for the tabular sheets. */
const fieldTexts = dict(ID_PATTERN, text(), { max: 100 });
const assessmentOpportunity = obj({
  id,
  name: text(200),
  stage: int(1, 7),
  answers: dict(ID_PATTERN, obj({ answer: nullable(oneOf(criterionAnswers)), note: text() }), { max: 100 }),
});
const initiativeNode = obj({
  id,
  kind: oneOf(['goal', 'initiative', 'project'] as const),
  parent: nullable(id),
  text: text(2000),
});
const capabilityRow = obj({
  id,
  capability: text(2000),
  ours: text(),
  competitor: text(),
  ourView: nullable(oneOf(['stronger', 'same', 'weaker'] as const)),
  clientView: nullable(oneOf(['values', 'indifferent', 'unknown'] as const)),
  businessValue: text(),
});
const unitContact = obj({
  id,
  name: text(200),
  title: text(200),
  roles: arr(oneOf(roleKeys), { max: roleKeys.length, unique: true }),
  stance: nullable(oneOf(stanceKeys)),
  nextAction: text(),
});

/** One criterion's answer in an opportunity's assessment. */
const criterionAnswer = obj({ answer: nullable(oneOf(criterionAnswers)), note: text() });
/** One row of a sales-aid table (stage 4 to 7 aids): cell text by column id. */
const tableRow = obj({ id, cells: dict(ID_PATTERN, text(), { max: 20 }) });

const bodyV1Fields = {
  fields: fieldTexts,
  opportunities: arr(assessmentOpportunity, { max: 50 }),
  activeOpportunity: nullable(id),
  initiatives: arr(initiativeNode, { max: 300 }),
  capabilities: arr(capabilityRow, { max: 100 }),
  contacts: arr(unitContact, { max: 100 }),
};

/**
 * Version 2 body: version 1's, plus `answers` (an opportunity's assessment) and `tables`
 * (the sales aids). `opportunities` / `activeOpportunity` are the version-1 assessment's
 * several opportunities in one sheet: still accepted so that a version-1 record (from
 * storage or an old export file) reads without loss until the placement
 * (`src/stores/migrate-opportunities.ts`) has moved each into its own opportunity.
 */
export const worksheetBody = obj(
  {
    ...bodyV1Fields,
    answers: dict(ID_PATTERN, criterionAnswer, { max: 100 }),
    tables: dict(ID_PATTERN, arr(tableRow, { max: 200 }), { max: 10 }),
  },
  ['fields', 'answers', 'tables', 'opportunities', 'activeOpportunity', 'initiatives', 'capabilities', 'contacts'],
);

/**
 * A worksheet record, version 3. Its id is `<sheet id>-for-<opportunity id>` for a deal sheet
 * filled for one opportunity (`opportunity` names it; null = not attached to an opportunity:
 * a version-1 sheet) and `account-plan-for-<client key>` for a client account's plan
 * (`client` holds the client's name as typed; `src/lib/client-accounts.ts`). A bare
 * `account-plan` with `client: null` is the one plan of version 2, waiting for its client.
 */
/** Version of worksheet records this site writes (`record-kinds.ts` registers it). */
export const WORKSHEET_VERSION = 3;

export const worksheetRecord = obj({
  v: oneOf([WORKSHEET_VERSION] as const),
  contentHash: hash,
  opportunity: nullable(id),
  client: nullable(text(200)),
  body: worksheetBody,
  completed: bool,
  startedAt: isoDate,
  updatedAt: isoDate,
});

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Version 1 → 2: the same sheet, attached to no opportunity yet (the placement on load puts it in one). */
export function worksheetV1ToV2(x: unknown): unknown {
  if (!isPlainObject(x)) return x;
  return { ...x, v: 2, opportunity: null };
}

/** Version 2 → 3: the same sheet, of no client account yet (the placement on load gives the account plan one). */
export function worksheetV2ToV3(x: unknown): unknown {
  if (!isPlainObject(x)) return x;
  return { ...x, v: 3, client: null };
}

/** A path of this site's own pages (`/en/stages/noticing/`): never `//host/` or another origin. */
export const SITE_PATH = /^\/(?:en|zh-cn)\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;
export const isSitePath = (path: string) => SITE_PATH.test(path);
export const lastActivity = obj({ v: version, path: sitePath(SITE_PATH), title: text(300), at: isoDate });

export type ReadRecord = Infer<typeof readRecord>;
export type ExerciseRecord = Infer<typeof exerciseRecord>;
export type ContactAnswer = Infer<typeof contactAnswer>;
export type CheckRecord = Infer<typeof checkRecord>;
export type WorksheetBody = Infer<typeof worksheetBody>;
export type WorksheetRecord = Infer<typeof worksheetRecord>;
export type AssessmentOpportunity = Infer<typeof assessmentOpportunity>;
export type CriterionAnswerEntry = Infer<typeof criterionAnswer>;
export type TableRow = Infer<typeof tableRow>;
export type InitiativeNode = Infer<typeof initiativeNode>;
export type CapabilityRow = Infer<typeof capabilityRow>;
export type UnitContact = Infer<typeof unitContact>;
export type LastActivity = Infer<typeof lastActivity>;

export const LAST_KEY = 'ssm:v1:last';
export const BACKUP_PREFIX = 'ssm:backup:';
