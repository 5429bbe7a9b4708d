/** Island for the progress page: how many review cards are due now, with a link to the review. */
import { format } from '../../i18n/format';
import { useEffect, useState } from 'react';
import { reviewQueue, type CatalogueCard } from '../../lib/review-deck';
import type { ReviewRecord } from '../../lib/review-record';
import { $review } from '../../stores/learner';
import { NO_RECORDS, useStored } from '../use-stored';

interface Props {
  cards: CatalogueCard[];
  locale: string;
  href: string;
  t: { due: string; open: string };
}

export default function ReviewDue({ cards, locale, href, t }: Props) {
  const records = useStored($review, NO_RECORDS as Record<string, ReviewRecord>);
  const [now, setNow] = useState<Date | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the clock is read only after hydration, so the server HTML matches
  useEffect(() => setNow(new Date()), []);
  if (!now) return null;
  const due = reviewQueue(records, cards, now).length;
  return (
    <p className="review-due card" data-testid="progress-review-due">
      <strong>{format(t.due, { n: due }, locale)}</strong> <a href={href}>{t.open}</a>
    </p>
  );
}
