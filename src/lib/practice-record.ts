/**
 * `ssm:v1:practice:<exercise-id>`: the learner's answer and scores for one practice
 * exercise (outcome reached?, make it verifiable, branching conversation). One shape for
 * all three engines: see `PracticeAnswer` in `practice-scoring.ts` for what each field holds.
 */
import { newerWins } from './record-merge';
import { MAX_ATTEMPTS } from './records';
import { dateValue } from './dates';
import { arr, bool, dict, id, ID_PATTERN, int, isoDate, nullable, obj, oneOf, str, type Infer } from './validate';

const score = nullable(int(0, 100));

export const practiceAnswer = obj({
  choices: dict(ID_PATTERN, id, { max: 50 }),
  flags: arr(id, { max: 50, unique: true }),
  sequence: arr(id, { max: 100 }),
});

export const practiceRecord = obj({
  v: oneOf([1] as const),
  contentHash: str({ max: 16 }),
  answer: practiceAnswer,
  /** True once the current answer has been checked (its feedback shows after a reload). */
  checked: bool,
  attempts: int(0, MAX_ATTEMPTS),
  best: score,
  last: score,
  completedAt: nullable(isoDate),
  updatedAt: isoDate,
});

export type PracticeRecord = Infer<typeof practiceRecord>;

const higher = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const earliest = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : dateValue(a) <= dateValue(b) ? a : b;

/** Import and results codes: the newer answer wins; best score, attempts and completion never go back. */
export function mergePractice(current: PracticeRecord, incoming: PracticeRecord): PracticeRecord {
  return {
    ...newerWins(current, incoming),
    best: higher(current.best, incoming.best),
    attempts: Math.max(current.attempts, incoming.attempts),
    completedAt: earliest(current.completedAt, incoming.completedAt),
  };
}
