/**
 * The review deck without its scheduler: which cards exist, which are due today, and cards
 * joining the deck. Kept apart from FSRS (`review.ts`, with ts-fsrs) so the knowledge checks
 * and the progress page, which only add cards and count them, never load the scheduler.
 */
import type { ReviewRecord } from './review-record';

/** Term and outcome cards introduced per day (missed questions are not limited). */
export const NEW_PER_DAY = 5;
export const ratings = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof ratings)[number];

export interface CatalogueCard {
  id: string;
  source: ReviewRecord['source'];
}

const iso = (d: Date) => d.toISOString();

/**
 * A card that has just joined the deck: due at once. The same values as ts-fsrs's
 * `createEmptyCard` (a unit test holds them equal), written out so adding a card needs no scheduler.
 */
export function newReviewRecord(source: ReviewRecord['source'], now: Date): ReviewRecord {
  return {
    v: 1,
    source,
    addedAt: iso(now),
    due: iso(now),
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
    updatedAt: iso(now),
  };
}

/** Missing the question again puts its card back to "due now" without losing its history. */
export function missedAgain(record: ReviewRecord, now: Date): ReviewRecord {
  return Date.parse(record.due) <= now.getTime() ? record : { ...record, due: iso(now), updatedAt: iso(now) };
}

const sameDay = (a: string, b: Date) => a.slice(0, 10) === iso(b).slice(0, 10);

/**
 * Today's queue, in order: due cards of the deck (missed questions first, then the most
 * overdue), then new term and outcome cards up to today's allowance. Cards whose content no
 * longer exists are skipped.
 */
export function reviewQueue(
  records: Readonly<Record<string, ReviewRecord>>,
  catalogue: readonly CatalogueCard[],
  now: Date,
): string[] {
  const known = new Set(catalogue.map((c) => c.id));
  const due = Object.entries(records)
    .filter(([id, r]) => known.has(id) && Date.parse(r.due) <= now.getTime())
    .sort(
      ([, a], [, b]) =>
        Number(b.source === 'missed') - Number(a.source === 'missed') || Date.parse(a.due) - Date.parse(b.due),
    )
    .map(([id]) => id);
  const introducedToday = Object.values(records).filter((r) => r.source !== 'missed' && sameDay(r.addedAt, now)).length;
  const fresh = catalogue
    .filter((c) => c.source !== 'missed' && !(c.id in records))
    .slice(0, Math.max(0, NEW_PER_DAY - introducedToday))
    .map((c) => c.id);
  return [...due, ...fresh];
}

/** Card ids of the site's content: `q-<question>`, `term-<glossary id>`, `outcome-<stage slug>`. */
export const cardIds = {
  question: (id: string) => `q-${id}`,
  term: (id: string) => `term-${id}`,
  outcome: (slug: string) => `outcome-${slug}`,
};
