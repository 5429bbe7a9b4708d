/** Actions on review cards: missed questions join the deck; a review reschedules a card (FSRS, in `lib/review`). */
import { cardIds, missedAgain, newReviewRecord, reviewCard, type ReviewRating } from '../lib/review';
import type { ReviewRecord } from '../lib/review-record';
import { reviewStore } from './learner';

/** After a check: each missed question's card joins the deck, due now (or becomes due again). */
export function recordMissedQuestions(questionIds: readonly string[], now = new Date()) {
  for (const id of questionIds)
    reviewStore.update(cardIds.question(id), (current) =>
      current ? missedAgain(current, now) : newReviewRecord('missed', now),
    );
}

/** One review of a card; a term or outcome card seen for the first time joins the deck here. */
export function rateReviewCard(cardId: string, source: ReviewRecord['source'], rating: ReviewRating, now = new Date()) {
  return reviewStore.update(cardId, (current) => reviewCard(current ?? newReviewRecord(source, now), rating, now));
}
