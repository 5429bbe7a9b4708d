/**
 * Spaced repetition over review cards, scheduled by FSRS (`ts-fsrs`): missed check
 * questions join the deck at once; glossary terms and stages' verifiable outcomes join a few
 * a day. This module is the only one that talks to ts-fsrs: it converts our stored records
 * (`review-record.ts`) to its cards and back.
 */
import { fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewRecord } from './review-record';
import type { ReviewRating } from './review-deck';

const toGrade: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz off: the same answers give the same schedule (tests, and two tabs agree). Ten years at most.
const scheduler = fsrs({ enable_fuzz: false, maximum_interval: 3650 });

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
