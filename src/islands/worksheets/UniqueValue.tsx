/**
 * The unique value call planner: the questions that find unique value, and a capability table
 * whose rows are flagged where our view and the client's disagree (`lib/unique-value-flags`).
 */
import { useRef } from 'react';
import { useFocusAfterRender } from '../use-focus-after-render';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import { capabilityFlags, MAX_CAPABILITIES, newCapabilityRow, provenDifferences } from '../../lib/unique-value-flags';
import { fieldText, removeRow, setField, updateRow } from '../../lib/worksheet-body';
import { uniqueValueCompletion } from '../../lib/worksheet-completion';
import { BlankTable } from './BlankTable';
import { CapabilityCard, capabilityKeys } from './CapabilityCard';
import { TextField } from './fields';
import { frameKeys, type Strings } from './strings';
import { useWorksheet } from './use-worksheet';
import { WorksheetFrame } from './WorksheetFrame';

export const uniqueValueKeys = [
  ...frameKeys,
  ...capabilityKeys,
  'worksheet.rule.unique-value',
  'worksheet.uv.questions',
  'worksheet.uv.table',
  'worksheet.uv.columns',
  'worksheet.uv.add',
  'worksheet.uv.empty',
  'worksheet.uv.limit',
  'worksheet.uv.flagsCount',
  'worksheet.uv.proven',
] as const satisfies readonly UIKey[];

type Column = 'capability' | 'ours' | 'competitor' | 'ourView' | 'clientView' | 'businessValue';
const columnOrder: readonly Column[] = ['capability', 'ours', 'competitor', 'ourView', 'clientView', 'businessValue'];

/** What goes in each column (the content's prompts). */
function ColumnGuide({ columns, t }: { columns: Record<Column, string>; t: Strings<typeof uniqueValueKeys> }) {
  return (
    <dl className="ws-columns">
      {columnOrder.map((c) => (
        <div key={c}>
          <dt>{t[`worksheet.uv.col.${c}`]}</dt>
          <dd>{columns[c]}</dd>
        </div>
      ))}
    </dl>
  );
}

interface Props {
  sheetId: string;
  contentHash: string;
  lang: string;
  questions: { id: string; text: string }[];
  columns: Record<Column, string>;
  t: Strings<typeof uniqueValueKeys>;
}

export default function UniqueValue({ sheetId, contentHash, lang, questions, columns, t }: Props) {
  const { record, recordId, body, save, reset, changed, deal } = useWorksheet(
    sheetId,
    contentHash,
    uniqueValueCompletion,
  );
  const rows = body.capabilities ?? [];
  const addButton = useRef<HTMLButtonElement>(null);
  const setFocus = useFocusAfterRender((id) => document.getElementById(id) ?? addButton.current);
  const add = () => {
    const row = newCapabilityRow(rows);
    save((b) => ({ ...b, capabilities: [...(b.capabilities ?? []), newCapabilityRow(b.capabilities ?? [])] }));
    setFocus(`cap-${row.id}-capability`);
  };
  const flagged = rows.filter((r) => capabilityFlags(r).length > 0).length;

  return (
    <WorksheetFrame
      lang={lang}
      sheetId={recordId}
      record={record}
      deal={deal}
      changed={changed}
      rule={t['worksheet.rule.unique-value']}
      onReset={reset}
      t={t}
    >
      <section className="ws-section" aria-labelledby="uv-questions">
        <h2 id="uv-questions">{t['worksheet.uv.questions']}</h2>
        {questions.map((q) => (
          <TextField
            key={q.id}
            id={`uv-${q.id}`}
            label={q.text}
            value={fieldText(body, q.id)}
            onChange={(v) => save((b) => setField(b, q.id, v))}
          />
        ))}
      </section>
      <section className="ws-section" aria-labelledby="uv-table">
        <h2 id="uv-table">{t['worksheet.uv.table']}</h2>
        <details className="ws-details">
          <summary>{t['worksheet.uv.columns']}</summary>
          <ColumnGuide columns={columns} t={t} />
        </details>
        <div className="ws-print-only">
          <ColumnGuide columns={columns} t={t} />
        </div>
        <p className="ws-derived" aria-live="polite" data-testid="capability-summary">
          {rows.length === 0
            ? t['worksheet.uv.empty']
            : `${format(t['worksheet.uv.flagsCount'], { n: flagged, total: rows.length })} ${format(t['worksheet.uv.proven'], { n: provenDifferences(rows).length })}`}
        </p>
        <ol className="ws-rows ws-filled-only">
          {rows.map((row, i) => (
            <CapabilityCard
              key={row.id}
              row={row}
              index={i}
              t={t}
              onChange={(patch) =>
                save((b) => ({ ...b, capabilities: updateRow(b.capabilities ?? [], row.id, patch) }))
              }
              onDelete={() => {
                save((b) => ({ ...b, capabilities: removeRow(b.capabilities ?? [], row.id) }));
                setFocus('uv-add');
              }}
            />
          ))}
        </ol>
        <button
          type="button"
          id="uv-add"
          ref={addButton}
          className="secondary ws-add"
          onClick={add}
          disabled={rows.length >= MAX_CAPABILITIES}
        >
          {t['worksheet.uv.add']}
        </button>
        {rows.length >= MAX_CAPABILITIES && (
          <p className="notice ws-limit">{format(t['worksheet.uv.limit'], { n: MAX_CAPABILITIES })}</p>
        )}
        <BlankTable columns={columnOrder.map((c) => t[`worksheet.uv.col.${c}`])} rows={6} />
      </section>
    </WorksheetFrame>
  );
}
