/**
 * Island: the review queue. Shows today's due cards one at a time (front, then the answer on
 * request), and reschedules each with the learner's rating (FSRS, `lib/review`).
 */
import { useEffect, useRef, useState } from 'react';
import { format } from '../../i18n/format';
import { ratings, reviewQueue, type ReviewRating } from '../../lib/review-deck';
import type { ReviewRecord } from '../../lib/review-record';
import { $review } from '../../stores/learner';
import { rateReviewCard } from '../../stores/review-rating';
import { NO_RECORDS, useStored } from '../use-stored';

export const reviewStrings = [
  'review.due',
  'review.none',
  'review.showAnswer',
  'review.rateLegend',
  'review.rate.again',
  'review.rate.hard',
  'review.rate.good',
  'review.rate.easy',
  'review.readMore',
  'review.loading',
  'review.nextDue',
  'review.answer',
] as const;

export interface CardView {
  id: string;
  source: ReviewRecord['source'];
  label: string;
  front: string;
  back: string[];
  href: string;
}
interface Props {
  cards: CardView[];
  locale: string;
  t: Record<(typeof reviewStrings)[number], string>;
}

export default function ReviewQueue({ cards, locale, t }: Props) {
  const records = useStored($review, NO_RECORDS as Record<string, ReviewRecord>);
  const [hydrated, setHydrated] = useState(false);
  const [now, setNow] = useState(() => new Date(0));
  const [shown, setShown] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'card' | 'answer' | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- hydration flag and clock, read once in the browser
    setHydrated(true);
    setNow(new Date());
  }, []);
  useEffect(() => {
    if (focusNext.current === 'card') headingRef.current?.focus();
    if (focusNext.current === 'answer') answerRef.current?.focus();
    focusNext.current = null;
  });

  if (!hydrated) return <p className="muted">{t['review.loading']}</p>;
  const byId = new Map(cards.map((c) => [c.id, c]));
  const queue = reviewQueue(records, cards, now);
  const card = queue[0] ? byId.get(queue[0]) : undefined;
  const rate = (rating: ReviewRating) => {
    if (!card) return;
    const at = new Date();
    rateReviewCard(card.id, card.source, rating, at);
    setNow(at);
    setShown(false);
    focusNext.current = 'card';
  };
  const nextDue = Object.values(records)
    .map((r) => Date.parse(r.due))
    .filter((d) => d > now.getTime())
    .sort((a, b) => a - b)[0];

  return (
    <section className="review" aria-live="off">
      <p className="review-count" data-testid="review-due">
        {format(t['review.due'], { n: queue.length }, locale)}
      </p>
      {!card ? (
        <div className="card" data-testid="review-empty">
          <p>{t['review.none']}</p>
          {nextDue !== undefined && (
            <p className="muted">
              {format(t['review.nextDue'], {
                date: new Date(nextDue).toLocaleString(locale === 'zh-cn' ? 'zh-CN' : 'en', {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }),
              })}
            </p>
          )}
        </div>
      ) : (
        <article className="card review-card" data-testid="review-card" data-card={card.id}>
          <p className="tag">{card.label}</p>
          <h2 tabIndex={-1} ref={headingRef}>
            {card.front}
          </h2>
          {!shown ? (
            <button
              type="button"
              onClick={() => {
                setShown(true);
                focusNext.current = 'answer';
              }}
            >
              {t['review.showAnswer']}
            </button>
          ) : (
            <>
              <div className="review-answer" tabIndex={-1} ref={answerRef} aria-label={t['review.answer']}>
                {card.back.map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
                <p>
                  <a href={card.href}>{t['review.readMore']}</a>
                </p>
              </div>
              <fieldset className="review-rate">
                <legend>{t['review.rateLegend']}</legend>
                {ratings.map((r) => (
                  <button
                    key={r}
                    type="button"
                    className={r === 'again' ? 'secondary' : undefined}
                    onClick={() => rate(r)}
                  >
                    {t[`review.rate.${r}`]}
                  </button>
                ))}
              </fieldset>
            </>
          )}
        </article>
      )}
    </section>
  );
}
