/**
 * One opportunity: its details, the stage finder, vital signs of stages 2 to 5, its
 * worksheets, snapshots with the chart of its stage over time, archive and delete.
 */
import { useEffect, useRef, useState } from 'react';
import { format } from '../../i18n/format';
import { MAX_VALUE, vitalStates, type OpportunityRecord, type SnapshotsRecord } from '../../lib/opportunity-record';
import { clientName } from '../../lib/client-accounts';
import { sheetRecordId } from '../../lib/worksheet-records';
import { $opportunities, $snapshots, $worksheets } from '../../stores/learner';
import { deleteOpportunity, takeSnapshot, updateOpportunity } from '../../stores/opportunities';
import { NO_RECORDS, useStored } from '../use-stored';
import { formatDay, formatMoney } from './format';
import { StageChart } from './StageChart';
import { StageFinder } from './StageFinder';
import type { OppStrings, SheetInfo, StageInfo } from './types';
import { Icon } from '../Icon';

interface Props {
  id: string;
  lang: string;
  stages: StageInfo[];
  sheets: SheetInfo[];
  accountPlanHref: string;
  onBack: () => void;
  onReview: () => void;
  t: OppStrings;
}

function Details({ id, o, stages, t }: { id: string; o: OpportunityRecord; stages: StageInfo[]; t: OppStrings }) {
  const set = (patch: Partial<OpportunityRecord>) => updateOpportunity(id, (x) => ({ ...x, ...patch }));
  const text = (key: 'name' | 'client' | 'initiative', max: number) => (
    <div className="opp-field">
      <label htmlFor={`opp-${key}`}>{t[`opp.${key}`]}</label>
      <input
        id={`opp-${key}`}
        type="text"
        maxLength={max}
        value={o[key]}
        onChange={(e) => set({ [key]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <section className="opp-section" aria-labelledby="details-title">
      <h2 id="details-title">{t['opp.details']}</h2>
      <div className="opp-grid">
        {text('name', 200)}
        {text('client', 200)}
        <div className="opp-wide">{text('initiative', 2000)}</div>
        <div className="opp-field">
          <label htmlFor="opp-value">{t['opp.value']}</label>
          <input
            id="opp-value"
            type="text"
            inputMode="numeric"
            value={o.value ?? ''}
            onChange={(e) => {
              const digits = e.currentTarget.value.replace(/[^\d]/g, '');
              set({ value: digits === '' ? null : Math.min(MAX_VALUE, Number(digits)) });
            }}
          />
        </div>
        <div className="opp-field">
          <label htmlFor="opp-currency">{t['opp.currency']}</label>
          <input
            id="opp-currency"
            type="text"
            maxLength={3}
            autoCapitalize="characters"
            aria-describedby="opp-currency-hint"
            value={o.currency}
            onChange={(e) => {
              const c = e.currentTarget.value.toUpperCase().replace(/[^A-Z]/g, '');
              if (c.length === 0 || c.length === 3) set({ currency: c });
              else e.currentTarget.value = c;
            }}
          />
          <p className="ws-hint" id="opp-currency-hint">
            {t['opp.currencyHint']}
          </p>
        </div>
        <div className="opp-field">
          <label htmlFor="opp-close">{t['opp.closeDate']}</label>
          <input
            id="opp-close"
            type="date"
            value={o.closeDate ?? ''}
            onChange={(e) => set({ closeDate: e.currentTarget.value || null })}
          />
        </div>
        <div className="opp-field">
          <label htmlFor="opp-stage-select">{t['opp.stage']}</label>
          <select id="opp-stage-select" value={o.stage} onChange={(e) => set({ stage: Number(e.currentTarget.value) })}>
            {stages.map((s) => (
              <option key={s.number} value={s.number}>
                {format(t['opp.stageOption'], { n: s.number })}: {s.title}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}

function Vitals({ id, o, stages, t }: { id: string; o: OpportunityRecord; stages: StageInfo[]; t: OppStrings }) {
  const withSign = stages.filter((s) => s.vitalSign && s.number >= 2 && s.number <= 5);
  return (
    <section className="opp-section" aria-labelledby="vitals-title">
      <h2 id="vitals-title">{t['opp.vitals']}</h2>
      <p className="muted">{t['opp.vitalsLead']}</p>
      {withSign.map((s) => (
        <fieldset key={s.slug} className="opp-vital" data-testid={`vital-${s.slug}`}>
          <legend>
            {format(t['opp.stageOption'], { n: s.number })}: {s.vitalSign!.name}
          </legend>
          <p className="ws-hint">{s.vitalSign!.check}</p>
          <div className="opp-choices">
            {vitalStates.map((v) => (
              <label key={v} className="opp-choice" data-vital={v}>
                <input
                  type="radio"
                  name={`vital-${s.slug}`}
                  checked={(o.vitals[s.slug] ?? 'unknown') === v}
                  onChange={() => updateOpportunity(id, (x) => ({ ...x, vitals: { ...x.vitals, [s.slug]: v } }))}
                />
                <span>{t[`opp.vital.${v}`]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );
}

function Snapshots({ id, lang, t }: { id: string; lang: string; t: OppStrings }) {
  const all = useStored($snapshots, NO_RECORDS as Record<string, SnapshotsRecord>);
  const items = all[id]?.items ?? [];
  const [said, setSaid] = useState(false);
  return (
    <section className="opp-section" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">{t['opp.snapshots']}</h2>
      <p className="muted">{t['opp.snapshotsLead']}</p>
      <p>
        <button
          type="button"
          onClick={() => {
            takeSnapshot(id);
            setSaid(true);
          }}
        >
          {t['opp.takeSnapshot']}
        </button>{' '}
        <span role="status">{said ? t['opp.snapshotTaken'] : ''}</span>
      </p>
      {items.length === 0 ? (
        <p className="muted">{t['opp.snapshotNone']}</p>
      ) : (
        <StageChart items={items} lang={lang} t={t} />
      )}
      {items.length > 0 && (
        <details>
          <summary>{format(t['opp.count'], { shown: items.length, total: items.length })}</summary>
          <ol className="opp-snapshots" data-testid="snapshot-list">
            {[...items]
              .reverse()
              .slice(0, 60)
              .map((s, i) => (
                <li key={i}>
                  {formatDay(s.at, lang)}: {format(t['opp.stageOption'], { n: s.stage })} ·{' '}
                  {s.manual ? t['opp.snapshotManual'] : t['opp.snapshotAuto']}
                </li>
              ))}
          </ol>
        </details>
      )}
    </section>
  );
}

function Sheets({
  id,
  client,
  sheets,
  accountPlanHref,
  t,
}: {
  id: string;
  client: string;
  sheets: SheetInfo[];
  accountPlanHref: string;
  t: OppStrings;
}) {
  const records = useStored($worksheets, NO_RECORDS);
  return (
    <section className="opp-section" aria-labelledby="sheets-title">
      <h2 id="sheets-title">{t['opp.worksheets']}</h2>
      <ul className="opp-sheets">
        {sheets.map((s) => {
          const stored = records[sheetRecordId(s.id, id)];
          const status = stored?.completed ? 'completed' : stored ? 'started' : 'notStarted';
          return (
            <li key={s.id} data-testid={`sheet-${s.id}`} data-state={status}>
              <a href={`${s.href}?opportunity=${id}`}>{s.title}</a>{' '}
              <span className="muted">
                {format(t['opp.sheetStage'], {
                  stages: s.stages.length === 1 ? String(s.stages[0]) : `${s.stages[0]}–${s.stages.at(-1)}`,
                })}
              </span>{' '}
              <span className="tag">{t[`opp.status.${status}`]}</span>
            </li>
          );
        })}
        <li data-testid="sheet-account-plan">
          {clientName(client) ? (
            <>
              <a href={`${accountPlanHref}?client=${encodeURIComponent(clientName(client))}`}>
                {format(t['opp.accountPlanOf'], { client: clientName(client) })}
              </a>{' '}
              <span className="muted">{t['opp.accountPlan']}</span>
            </>
          ) : (
            <span className="muted">{t['opp.accountPlanNoClient']}</span>
          )}
        </li>
      </ul>
    </section>
  );
}

export function OpportunityDetail({ id, lang, stages, sheets, accountPlanHref, onBack, onReview, t }: Props) {
  const all = useStored($opportunities, NO_RECORDS as Record<string, OpportunityRecord>);
  const o = all[id];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);
  if (!o) {
    return (
      <div className="opp">
        <p className="notice">{t['opp.notFound']}</p>
        <p>
          <button type="button" className="secondary" onClick={onBack}>
            {t['opp.back']}
          </button>
        </p>
      </div>
    );
  }
  const remove = () => {
    if (window.confirm(format(t['opp.deleteConfirm'], { name: o.name || t['opp.unnamed'] }))) {
      deleteOpportunity(id);
      onBack();
    }
  };
  return (
    <div className="opp" data-testid="opportunity">
      <p className="no-print">
        <a
          href="./"
          onClick={(e) => {
            e.preventDefault();
            onBack();
          }}
        >
          <Icon name="arrow-left" /> {t['opp.back']}
        </a>
      </p>
      <h2 ref={heading} tabIndex={-1} className="opp-title">
        {o.name || t['opp.unnamed']}
        <span className="muted">
          {' '}
          · {format(t['opp.stageOption'], { n: o.stage })}
          {o.value !== null ? ` · ${formatMoney(o.value, o.currency, lang)}` : ''}
        </span>
      </h2>
      <p className="opp-actions">
        <button type="button" onClick={onReview}>
          {t['opp.review']}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => updateOpportunity(id, (x) => ({ ...x, archived: !x.archived }))}
        >
          {o.archived ? t['opp.unarchive'] : t['opp.archive']}
        </button>
        <button type="button" className="danger" onClick={remove}>
          {t['opp.delete']}
        </button>
      </p>
      <StageFinder id={id} opportunity={o} stages={stages} sheets={sheets} t={t} />
      <Vitals id={id} o={o} stages={stages} t={t} />
      <Sheets id={id} client={o.client} sheets={sheets} accountPlanHref={accountPlanHref} t={t} />
      <Snapshots id={id} lang={lang} t={t} />
      <Details id={id} o={o} stages={stages} t={t} />
    </div>
  );
}
