/**
 * What every worksheet island has around its fields: print, print blank and reset buttons,
 * the "saved in this browser" status, the completion rule and the "content changed" notice.
 */
import type { ReactNode } from 'react';
import { format } from '../../i18n/format';
import { formatDate } from '../../lib/dates';
import type { WorksheetRecord } from '../../lib/records';
import { $storageHealth } from '../../stores/storage-engine';
import { useStored } from '../use-stored';
import { useRecordGuard } from '../use-record-guard';
import { RecordGuardNotices } from '../RecordGuardNotices';
import { ClientPicker, type clientPickerKeys } from './ClientPicker';
import { OpportunityPicker } from './OpportunityPicker';
import { printBlank, printFilled } from './print';
import type { ClientChoice } from './use-client-choice';
import type { DealChoice } from './use-worksheet';
import type { Strings } from './strings';
import type { frameKeys } from './strings';

interface Props {
  /** BCP 47 language of the page, for the saved-at time. */
  lang: string;
  sheetId: string;
  record: WorksheetRecord | undefined;
  changed: boolean;
  /** The sheet's completion rule, in words. */
  rule: string;
  onReset: () => void;
  /** A deal sheet's opportunity choice (null: a sheet of its own, such as the account plan). */
  deal?: DealChoice | null;
  /** The account plan's client choice (null: a deal sheet). */
  account?: ClientChoice | null;
  /** The opportunities page, for the picker's link. */
  opportunitiesHref?: string;
  t: Strings<typeof frameKeys> & Partial<Strings<typeof clientPickerKeys>>;
  children: ReactNode;
}

function savedAt(iso: string, lang: string): string {
  const sameDay = new Date(iso).toDateString() === new Date().toDateString();
  return formatDate(iso, lang, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' });
}

export function WorksheetFrame({
  lang,
  sheetId,
  record,
  changed,
  rule,
  onReset,
  deal = null,
  account = null,
  opportunitiesHref = '',
  t,
  children,
}: Props) {
  const health = useStored($storageHealth, 'ok');
  const { locked, openElsewhere } = useRecordGuard('worksheet', sheetId);
  const status =
    health === 'page'
      ? t['worksheet.storagePage']
      : health === 'tab'
        ? t['worksheet.storageTab']
        : locked
          ? t['locked.future']
          : record
            ? format(t['worksheet.savedAt'], { time: savedAt(record.updatedAt, lang) })
            : t['worksheet.savedIdle'];
  const reset = () => {
    if (window.confirm(t['worksheet.resetConfirm'])) onReset();
  };
  // The page names the sheet (its heading); the blank handout repeats that name on every page.
  const printBlankSheet = () =>
    printBlank(
      document.querySelector<HTMLElement>('[data-sheet-title]')?.dataset['sheetTitle'] ?? document.title,
      t['worksheet.print.pageOf'],
    );
  const state = record?.completed ? t['worksheet.status.completed'] : record ? t['worksheet.status.started'] : null;

  return (
    <div className="ws">
      <div className="ws-bar no-print">
        <div className="ws-actions" role="group" aria-label={t['worksheet.actions']}>
          <button type="button" onClick={printFilled}>
            {t['worksheet.print']}
          </button>
          <button type="button" className="secondary" onClick={printBlankSheet}>
            {t['worksheet.printBlank']}
          </button>
          <button type="button" className="danger" onClick={reset} disabled={!record || locked}>
            {t['worksheet.reset']}
          </button>
        </div>
        <p className={`ws-status${health === 'ok' ? '' : ' notice warn'}`} role="status" data-testid="saved-status">
          {status}
          {state && (
            <>
              {' '}
              <span className="tag" data-testid="sheet-state">
                {format(t['worksheet.status.label'], { status: state })}
              </span>
            </>
          )}
        </p>
        <p className="ws-rule muted">{format(t['worksheet.completeRule'], { rule })}</p>
      </div>
      {deal && (
        <OpportunityPicker
          deal={deal}
          opportunitiesHref={opportunitiesHref || `/${lang.toLowerCase()}/opportunities/`}
          t={t}
        />
      )}
      {account && <ClientPicker account={account} t={t as Strings<typeof clientPickerKeys>} />}
      <div className="no-print">
        <RecordGuardNotices locked={locked} openElsewhere={openElsewhere} t={t} />
      </div>
      {changed && <p className="notice warn no-print">{t['worksheet.changed']}</p>}
      {/* A record saved by a newer version is shown, never edited: no keystroke is silently dropped. */}
      <fieldset className="ws-body" disabled={locked}>
        {children}
      </fieldset>
    </div>
  );
}
