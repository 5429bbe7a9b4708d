/** The result of a checked attempt: score, passed or not, best and attempts, links to each question, and "Try again". */
import type { Ref } from 'react';
import { PASS_MARK, type QuizResult as Result } from '../../lib/quiz';
import type { CheckRecord } from '../../lib/records';
import { CheckStatusView } from './CheckStatus';
import { format } from '../../i18n/format';
import { type QuizStrings } from './strings';
import { FINAL_CHECK_ID } from '../../lib/quiz';
import { currentSitePath, siteHref } from '../../scripts/package-links';
import { Icon } from '../Icon';

/** The certificate page of this page's language (`/en/checks/final/` → `/en/certificate/`). */
const certificateHref = () => siteHref(currentSitePath().replace(/^(\/[a-z-]+\/).*$/, '$1certificate/'));

interface Props {
  checkId: string;
  result: Result;
  record: CheckRecord | undefined;
  contentHash: string;
  onRetry: () => void;
  retryLabel: string;
  strings: QuizStrings;
  ref?: Ref<HTMLElement>;
}

const icons = { right: 'check', partial: 'partial', wrong: 'cross' } as const;

export default function QuizResult({
  checkId,
  result,
  record,
  contentHash,
  onRetry,
  retryLabel,
  strings: s,
  ref,
}: Props) {
  const count = (v: keyof typeof icons) => result.questions.filter((q) => q.verdict === v).length;
  const verdictText = {
    right: s['checks.verdict.right'],
    partial: s['checks.verdict.partialShort'],
    wrong: s['checks.verdict.wrong'],
  };
  return (
    <section
      className={`quiz-result card ${result.passed ? 'is-passed' : 'is-open'}`}
      aria-labelledby={`${checkId}-result`}
      tabIndex={-1}
      ref={ref}
      data-testid="quiz-result"
    >
      <h2 id={`${checkId}-result`}>{s['checks.result.title']}</h2>
      <p className="result-score">{format(s['checks.result.score'], { score: result.percent })}</p>
      <p className="result-verdict">
        <Icon name={result.passed ? 'check' : 'cross'} />{' '}
        {result.passed
          ? format(s['checks.result.passed'], { score: result.percent, pass: PASS_MARK })
          : format(s['checks.result.notPassed'], { pass: PASS_MARK })}
      </p>
      {checkId === FINAL_CHECK_ID && result.passed && (
        <p className="no-print">
          <a className="button" href={certificateHref()} data-testid="certificate-link">
            {s['checks.result.certificate']}
          </a>
        </p>
      )}
      <p>
        {format(s['checks.result.counts'], {
          right: count('right'),
          partial: count('partial'),
          wrong: count('wrong'),
          total: result.questions.length,
        })}
      </p>
      <CheckStatusView checkId={checkId} record={record} contentHash={contentHash} strings={s} />
      <nav aria-label={s['checks.result.jump']} className="jump-list no-print">
        <ol>
          {result.questions.map((q, i) => (
            <li key={q.id}>
              <a href={`#q-${q.id}`} className={`jump verdict-${q.verdict}`}>
                <span aria-hidden="true">{icons[q.verdict]} </span>
                {i + 1}
                <span className="visually-hidden">: {verdictText[q.verdict]}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <button type="button" onClick={onRetry} className="no-print">
        {retryLabel}
      </button>
    </section>
  );
}
