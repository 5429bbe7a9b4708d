/** Missed questions join the review deck (no scheduler needed: see `lib/review-deck`). */
import { cardIds, missedAgain, newReviewRecord } from '../lib/review-deck';
import { reviewStore } from './learner';

/** After a check: each missed question's card joins the deck, due now (or becomes due again). */
export function recordMissedQuestions(questionIds: readonly string[], now = new Date()) {
  for (const id of questionIds)
    reviewStore.update(cardIds.question(id), (current) =>
      current ? missedAgain(current, now) : newReviewRecord('missed', now),
    );
}
