/**
 * Spaced repetition over review cards, scheduled by FSRS (`ts-fsrs`): missed check
 * questions join the deck at once; glossary terms and stages' verifiable outcomes join a few
 * a day. This module is the only one that talks to ts-fsrs: it converts our stored records
 * (`review-record.ts`) to its cards and back.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewRecord } from './review-record';

/** Term and outcome cards introduced per day (missed questions are not limited). */
export const NEW_PER_DAY = 5;
export const ratings = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof ratings)[number];
const toGrade: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz off: the same answers give the same schedule (tests, and two tabs agree). Ten years at most.
const scheduler = fsrs({ enable_fuzz: false, maximum_interval: 3650 });

export interface CatalogueCard {
  id: string;
  source: ReviewRecord['source'];
}

const iso = (d: Date) => d.toISOString();

function toCard(r: ReviewRecord): Card {
  return {
    due: new Date(r.due),
    stability: r.stability,
    difficulty: r.difficulty,
    elapsed_days: 0,
    scheduled_days: r.scheduledDays,
    learning_steps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
    ...(r.lastReview ? { last_review: new Date(r.lastReview) } : {}),
  } as Card;
}

/** A card that has just joined the deck: due at once. */
export function newReviewRecord(source: ReviewRecord['source'], now: Date): ReviewRecord {
  const card = createEmptyCard(now);
  return {
    v: 1,
    source,
    addedAt: iso(now),
    due: iso(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as ReviewRecord['state'],
    lastReview: null,
    updatedAt: iso(now),
  };
}

/** The card after one review with the given rating. */
export function reviewCard(record: ReviewRecord, rating: ReviewRating, now: Date): ReviewRecord {
  const { card } = scheduler.next(toCard(record), now, toGrade[rating]);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    ...record,
    due: iso(card.due),
    stability: round(card.stability),
    difficulty: Math.min(11, Math.max(0, round(card.difficulty))),
    scheduledDays: Math.min(100_000, card.scheduled_days),
    learningSteps: Math.min(100, card.learning_steps),
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as ReviewRecord['state'],
    lastReview: iso(now),
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
