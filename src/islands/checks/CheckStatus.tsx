/** A check's stored standing: best score, passed or not, attempts, and a notice if the questions changed. */
import { $checks } from '../../stores/learner';
import { NO_RECORDS, useStored } from '../use-stored';
import { checkChanged } from '../../lib/quiz';
import type { CheckRecord } from '../../lib/records';
import { format } from '../../i18n/format';
import { type StatusStrings } from './strings';
import './checks.css';
import { Icon } from '../Icon';

interface ViewProps {
  checkId: string;
  record: CheckRecord | undefined;
  contentHash: string;
  strings: StatusStrings;
}

/** The status line for a record (or its absence). */
export function CheckStatusView({ checkId, record, contentHash, strings: s }: ViewProps) {
  return (
    <div className="check-status" data-testid={`check-status-${checkId}`}>
      {!record || record.attempts === 0 ? (
        <p className="muted">{s['checks.notAttempted']}</p>
      ) : (
        <p>
          <span className={record.passed ? 'tag status-passed' : 'tag status-open'}>
            <Icon name={record.passed ? 'check' : 'circle'} />{' '}
            {record.passed ? s['checks.passed'] : s['checks.notPassed']}
          </span>{' '}
          <span>{format(s['checks.best'], { score: record.best ?? 0 })}</span>
          <span aria-hidden="true"> · </span>
          <span>{format(s['checks.attempts'], { count: record.attempts })}</span>
        </p>
      )}
      {checkChanged(record, contentHash) && <p className="notice changed-notice">{s['checks.changed']}</p>}
    </div>
  );
}

interface Props {
  checkId: string;
  contentHash: string;
  strings: StatusStrings;
}

/** Island: the status of one check, read from `$checks` after hydration. */
export default function CheckStatus({ checkId, contentHash, strings }: Props) {
  const records = useStored($checks, NO_RECORDS as Record<string, CheckRecord>);
  return <CheckStatusView checkId={checkId} record={records[checkId]} contentHash={contentHash} strings={strings} />;
}
