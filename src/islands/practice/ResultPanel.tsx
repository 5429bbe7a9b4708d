/** The result of a checked practice attempt, shown where the learner is and focused: score, what to look at again, best and attempts. */
import type { ReactNode, Ref } from 'react';
import { format } from '../../i18n/format';
import type { PracticeRecord } from '../../lib/practice-record';
import type { PracticeStrings } from './strings';
import { Icon } from '../Icon';

export interface ReviewLink {
  href: string;
  label: string;
}

interface Props {
  id: string;
  locale: string;
  percent: number;
  record: PracticeRecord | undefined;
  /** Items that need another look, as links to them. */
  toReview: ReviewLink[];
  lesson: string;
  onRetry: () => void;
  retryLabel: string;
  t: PracticeStrings;
  ref?: Ref<HTMLElement>;
  children?: ReactNode;
}

export function ResultPanel({
  id,
  locale,
  percent,
  record,
  toReview,
  lesson,
  onRetry,
  retryLabel,
  t,
  ref,
  children,
}: Props) {
  const allRight = toReview.length === 0;
  return (
    <section
      className={`practice-result card ${allRight ? 'is-right' : 'is-open'}`}
      aria-labelledby={`${id}-result`}
      tabIndex={-1}
      ref={ref}
      data-testid="practice-result"
    >
      <h2 id={`${id}-result`}>{t['practice.result.title']}</h2>
      <p className="result-score">{format(t['practice.result.score'], { score: percent })}</p>
      <p className="result-verdict">
        <Icon name={allRight ? 'check' : 'alert'} />{' '}
        {allRight
          ? t['practice.result.allRight']
          : format(t['practice.result.toReview'], { n: toReview.length }, locale)}
      </p>
      {!allRight && (
        <ul className="review-links">
          {toReview.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
      {children}
      {record?.best != null && (
        <p className="muted">
          {format(t['practice.result.best'], { score: record.best })} ·{' '}
          {format(t['practice.attempts'], { n: record.attempts }, locale)}
        </p>
      )}
      <div className="lesson">
        <h3>{t['practice.lesson']}</h3>
        <p>{lesson}</p>
      </div>
      <button type="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </section>
  );
}

/** "✓ Right" / "✗ Not quite": icon and words, the colour comes from the tone class. */
export function Verdict({ right, t, children }: { right: boolean; t: PracticeStrings; children?: ReactNode }) {
  return (
    <p className={`verdict ${right ? 'tone-good' : 'tone-bad'}`}>
      <Icon name={right ? 'check' : 'cross'} /> <strong>{right ? t['practice.right'] : t['practice.wrong']}</strong>
      {children && <> {children}</>}
    </p>
  );
}
