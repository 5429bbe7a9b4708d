/** Every opportunity: add one, find one (text, stage, archived), the pipeline by stage, CSV. */
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { format } from '../../i18n/format';
import { opportunitiesCsv } from '../../lib/opportunity-csv';
import type { OpportunityRecord } from '../../lib/opportunity-record';
import { filterOpportunities, pipelineByStage } from '../../lib/pipeline';
import { downloadText } from '../download';
import { $opportunities, snapshotsStore } from '../../stores/learner';
import { createOpportunity } from '../../stores/opportunities';
import { NO_RECORDS, useStored } from '../use-stored';
import { formatDay, formatMoney } from './format';
import type { OppStrings } from './types';
import { useProgressiveCount } from './use-progressive';

interface Props {
  lang: string;
  onOpen: (id: string) => void;
  t: OppStrings;
}

function Pipeline({ all, lang, t }: { all: Record<string, OpportunityRecord>; lang: string; t: OppStrings }) {
  const rows = useMemo(() => pipelineByStage(Object.values(all)), [all]);
  const values = (v: Record<string, number>) =>
    Object.entries(v)
      .map(([c, n]) => formatMoney(n, c, lang))
      .join(' · ') || '—';
  const totals: Record<string, number> = {};
  for (const r of rows) for (const [c, n] of Object.entries(r.values)) totals[c] = (totals[c] ?? 0) + n;
  return (
    <section aria-labelledby="pipeline-title" className="opp-section">
      <h2 id="pipeline-title">{t['opp.pipeline']}</h2>
      <table className="opp-pipeline" data-testid="pipeline">
        <thead>
          <tr>
            <th scope="col">{t['opp.pipelineStage']}</th>
            <th scope="col">{t['opp.pipelineCount']}</th>
            <th scope="col">{t['opp.pipelineValue']}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.stage} data-stage={r.stage}>
              <th scope="row">{r.stage}</th>
              <td>{r.count}</td>
              <td>{values(r.values)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t['opp.pipelineTotal']}</th>
            <td>{rows.reduce((n, r) => n + r.count, 0)}</td>
            <td>{values(totals)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

/** One row; memoised, so a filter change renders only the rows that appear. */
const Row = memo(function Row({
  id,
  record,
  lang,
  onOpen,
  t,
}: {
  id: string;
  record: OpportunityRecord;
  lang: string;
  onOpen: (id: string) => void;
  t: OppStrings;
}) {
  return (
    <li className={record.archived ? 'archived' : undefined}>
      <a
        href={`?id=${id}`}
        onClick={(e) => {
          e.preventDefault();
          onOpen(id);
        }}
      >
        <span className="opp-list-name">{record.name || t['opp.unnamed']}</span>
        <span className="opp-list-meta">
          <span className="opp-stage-tag" data-stage={record.stage}>
            {format(t['opp.stageOption'], { n: record.stage })}
          </span>
          {record.client && <span>{record.client}</span>}
          <span>{formatMoney(record.value, record.currency, lang) || t['opp.noValue']}</span>
          {record.closeDate && <span>{format(t['opp.closes'], { date: formatDay(record.closeDate, lang) })}</span>}
          {record.archived && <span className="tag">{t['opp.archived']}</span>}
        </span>
      </a>
    </li>
  );
});

export function OpportunityList({ lang, onOpen, t }: Props) {
  const all = useStored($opportunities, NO_RECORDS as Record<string, OpportunityRecord>);
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [stage, setStage] = useState(0);
  const [showArchived, setShowArchived] = useState(false);
  // Typing and choosing stay responsive: the list follows the filter in a background render
  // (interruptible), while the controls show the new value at once.
  const filter = useDeferredValue(useMemo(() => ({ text, stage, showArchived }), [text, stage, showArchived]));
  const shown = useMemo(() => filterOpportunities(all, filter), [all, filter]);
  const total = Object.keys(all).length;
  const rendered = useProgressiveCount(shown.length, shown);

  const add = () => {
    const id = createOpportunity(name.trim() || t['opp.defaultName']);
    setName('');
    onOpen(id);
  };
  const csv = () =>
    downloadText(opportunitiesCsv(all, snapshotsStore.$records.get()), 'ssm-opportunities.csv', 'text/csv');

  return (
    <div className="opp">
      <form
        className="opp-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor="opp-add-name">{t['opp.newName']}</label>
        <div className="opp-inline">
          <input
            id="opp-add-name"
            type="text"
            maxLength={200}
            value={name}
            placeholder={t['opp.defaultName']}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit">{t['opp.add']}</button>
        </div>
      </form>

      <div role="search" className="opp-filters" aria-label={t['opp.filter']}>
        <div className="opp-field">
          <label htmlFor="opp-filter">{t['opp.filter']}</label>
          <input id="opp-filter" type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} />
        </div>
        <div className="opp-field">
          <label htmlFor="opp-filter-stage">{t['opp.filterStage']}</label>
          <select id="opp-filter-stage" value={stage} onChange={(e) => setStage(Number(e.currentTarget.value))}>
            <option value={0}>{t['opp.allStages']}</option>
            {[1, 2, 3, 4, 5, 6, 7].map((n) => (
              <option key={n} value={n}>
                {format(t['opp.stageOption'], { n })}
              </option>
            ))}
          </select>
        </div>
        <label className="opp-check">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} />{' '}
          {t['opp.showArchived']}
        </label>
      </div>

      <p className="muted" role="status" data-testid="opp-count">
        {total === 0
          ? t['opp.none']
          : shown.length === 0
            ? t['opp.noneMatch']
            : format(t['opp.count'], { shown: shown.length, total })}
      </p>
      <ul className="opp-list" data-testid="opp-list" data-complete={rendered === shown.length}>
        {shown.slice(0, rendered).map(({ id, record }) => (
          <Row key={id} id={id} record={record} lang={lang} onOpen={onOpen} t={t} />
        ))}
      </ul>

      <Pipeline all={all} lang={lang} t={t} />
      <p>
        <button type="button" className="secondary" onClick={csv} disabled={total === 0}>
          {t['opp.csv']}
        </button>
      </p>
    </div>
  );
}
