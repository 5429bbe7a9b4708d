/** One review of a card, rescheduled by FSRS (`lib/review`): loaded by the review page only. */
import { newReviewRecord, type ReviewRating } from '../lib/review-deck';
import { reviewCard } from '../lib/review';
import type { ReviewRecord } from '../lib/review-record';
import { reviewStore } from './learner';

/** A term or outcome card seen for the first time joins the deck here. */
export function rateReviewCard(cardId: string, source: ReviewRecord['source'], rating: ReviewRating, now = new Date()) {
  return reviewStore.update(cardId, (current) => reviewCard(current ?? newReviewRecord(source, now), rating, now));
}
