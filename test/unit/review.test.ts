import { describe, expect, it } from 'vitest';
import { createEmptyCard } from 'ts-fsrs';
import { missedAgain, NEW_PER_DAY, newReviewRecord, reviewQueue, type CatalogueCard } from '../../src/lib/review-deck';
import { reviewCard } from '../../src/lib/review';
import { mergeReview, reviewRecord } from '../../src/lib/review-record';

const now = new Date('2026-11-20T10:00:00.000Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('FSRS scheduling wrapper', () => {
  it("a card joining the deck holds ts-fsrs's empty card, written out without the scheduler", () => {
    const card = newReviewRecord('term', now);
    const empty = createEmptyCard(now);
    expect({
      due: Date.parse(card.due),
      stability: card.stability,
      difficulty: card.difficulty,
      scheduledDays: card.scheduledDays,
      learningSteps: card.learningSteps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
    }).toEqual({
      due: empty.due.getTime(),
      stability: empty.stability,
      difficulty: empty.difficulty,
      scheduledDays: empty.scheduled_days,
      learningSteps: empty.learning_steps,
      reps: empty.reps,
      lapses: empty.lapses,
      state: empty.state,
    });
  });

  it('a new card is due at once and valid as a stored record', () => {
    const card = newReviewRecord('missed', now);
    expect(Date.parse(card.due)).toBeLessThanOrEqual(now.getTime());
    expect(reviewRecord(card).ok).toBe(true);
  });
  it('"good" moves the card into the future, "again" keeps it close, and both stay valid', () => {
    const good = reviewCard(newReviewRecord('term', now), 'good', now);
    const again = reviewCard(newReviewRecord('term', now), 'again', now);
    expect(Date.parse(good.due)).toBeGreaterThan(now.getTime());
    expect(Date.parse(again.due)).toBeLessThanOrEqual(Date.parse(good.due));
    expect(good).toMatchObject({ reps: 1, lastReview: now.toISOString() });
    expect(reviewRecord(good).ok).toBe(true);
    expect(reviewRecord(again).ok).toBe(true);
  });
  it('intervals grow with successive good reviews and shrink after a lapse', () => {
    let card = newReviewRecord('term', now);
    let at = now;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = reviewCard(card, 'good', at);
      intervals.push(Date.parse(card.due) - at.getTime());
      at = new Date(card.due);
    }
    expect(intervals[3]!).toBeGreaterThan(intervals[1]!);
    const lapsed = reviewCard(card, 'again', at);
    expect(lapsed.lapses).toBe(1);
    expect(Date.parse(lapsed.due) - at.getTime()).toBeLessThan(intervals[3]!);
    expect(reviewRecord(card).ok).toBe(true);
  });
  it('missing a question again makes a scheduled card due now', () => {
    const scheduled = reviewCard(newReviewRecord('missed', now), 'easy', now);
    expect(Date.parse(missedAgain(scheduled, later(1)).due)).toBe(later(1).getTime());
  });
});

describe('review queue', () => {
  const catalogue: CatalogueCard[] = [
    { id: 'q-a', source: 'missed' },
    { id: 'q-b', source: 'missed' },
    ...Array.from({ length: 8 }, (_, i) => ({ id: `term-t${i}`, source: 'term' as const })),
  ];
  it('puts due missed questions first, then new cards up to the daily allowance; unmissed questions never appear', () => {
    const records = {
      'q-a': newReviewRecord('missed', now),
      'term-t0': reviewCard(newReviewRecord('term', now), 'good', now),
    };
    const queue = reviewQueue(records, catalogue, later(0.001));
    expect(queue[0]).toBe('q-a');
    expect(queue).not.toContain('q-b');
    expect(queue).not.toContain('term-t0');
    // t0 was introduced today, so four more new ones.
    expect(queue.filter((id) => id.startsWith('term-'))).toHaveLength(NEW_PER_DAY - 1);
  });
  it('shows a scheduled card again once it is due, and skips cards whose content is gone', () => {
    const reviewed = reviewCard(newReviewRecord('missed', now), 'good', now);
    expect(reviewQueue({ 'q-a': reviewed }, catalogue, now)).not.toContain('q-a');
    expect(reviewQueue({ 'q-a': reviewed }, catalogue, new Date(reviewed.due))).toContain('q-a');
    expect(reviewQueue({ 'q-gone': newReviewRecord('missed', now) }, catalogue, now)).not.toContain('q-gone');
  });
});

describe('review record', () => {
  it('rejects a due date beyond a century, a bad state and fractional reps', () => {
    const card = newReviewRecord('term', now);
    expect(reviewRecord({ ...card, due: '2300-01-01T00:00:00.000Z' }).ok).toBe(false);
    expect(reviewRecord({ ...card, state: 7 }).ok).toBe(false);
    expect(reviewRecord({ ...card, reps: 1.5 }).ok).toBe(false);
  });
  it('merge keeps the most recently reviewed state', () => {
    const a = reviewCard(newReviewRecord('term', now), 'good', now);
    const b = reviewCard(a, 'good', new Date(a.due));
    expect(mergeReview(a, b)).toEqual(b);
    expect(mergeReview(b, a)).toEqual(b);
  });
});
