/**
 * `ssm:v1:review:<card-id>`: the spaced-repetition state of one review card (a missed check
 * question, a glossary term or a stage's verifiable outcome), as scheduled by FSRS
 * (`review.ts`). Card ids: `q-<question-id>`, `term-<glossary-id>`, `outcome-<stage-slug>`.
 */
import { dateValue, isRealIsoDate } from './dates';
import { MAX_ATTEMPTS } from './records';
import { fail, int, isoDate, nullable, obj, oneOf, type Infer, type Result, type Validator } from './validate';

/** A finite number in a range (FSRS stability and difficulty are fractional). */
const decimal = (min: number, max: number): Validator<number> =>
  Object.assign(
    (x: unknown, path = ''): Result<number> =>
      typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max
        ? { ok: true, value: x }
        : fail(path, 'not-whole-number', { min, max }),
    {
      shape: { decimal: [min, max] },
    },
  );

/** A real ISO date that may lie ahead (a card's next review), at most about a century. */
const CENTURY_MS = 100 * 365.25 * 24 * 60 * 60 * 1000;
const dueDate: Validator<string> = Object.assign(
  (x: unknown, path = ''): Result<string> =>
    typeof x !== 'string'
      ? fail(path, 'not-text')
      : isRealIsoDate(x, Date.now() + CENTURY_MS)
        ? { ok: true, value: x }
        : fail(path, 'bad-date'),
  { shape: 'due-date' },
);

export const reviewSources = ['missed', 'term', 'outcome'] as const;

export const reviewRecord = obj({
  v: oneOf([1] as const),
  source: oneOf(reviewSources),
  /** When the card entered the learner's deck (new cards per day are counted from it). */
  addedAt: isoDate,
  due: dueDate,
  stability: decimal(0, 1_000_000),
  difficulty: decimal(0, 11),
  scheduledDays: int(0, 100_000),
  learningSteps: int(0, 100),
  reps: int(0, MAX_ATTEMPTS),
  lapses: int(0, MAX_ATTEMPTS),
  /** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: oneOf([0, 1, 2, 3] as const),
  lastReview: nullable(isoDate),
  updatedAt: isoDate,
});

export type ReviewRecord = Infer<typeof reviewRecord>;

/** Import: the state reviewed most recently wins (it carries every earlier review); reps never go down. */
export function mergeReview(current: ReviewRecord, incoming: ReviewRecord): ReviewRecord {
  const last = (r: ReviewRecord) => (r.lastReview ? dateValue(r.lastReview) : -Infinity);
  const winner =
    last(incoming) > last(current) ||
    (last(incoming) === last(current) && dateValue(incoming.updatedAt) > dateValue(current.updatedAt))
      ? incoming
      : current;
  return { ...winner, reps: Math.max(current.reps, incoming.reps), lapses: Math.max(current.lapses, incoming.lapses) };
}
