/**
 * One engine for the sales aids of stages 4 to 7 (decision support plan, conditions of
 * agreement, close plan, success measures): the content gives the free-text fields and the
 * tables with their columns; each row is a card (a phone shows one column of fields),
 * printed as full text, or as an empty ruled table on the blank handout.
 */
import { useEffect, useMemo, useState } from 'react';
import { format } from '../../i18n/format';
import type { UIKey } from '../../i18n';
import { addTableRow, deleteTableRow, MAX_ROWS, salesAidCompletion, setCell, tableRows } from '../../lib/sales-aid';
import { fieldText, setField } from '../../lib/worksheet-body';
import { BlankTable } from './BlankTable';
import { PrintCopy, SelectField, TextField } from './fields';
import { frameKeys, type Strings } from './strings';
import { useWorksheet } from './use-worksheet';
import { WorksheetFrame } from './WorksheetFrame';

export const salesAidKeys = [
  ...frameKeys,
  'worksheet.rule.sales-aid',
  'worksheet.aid.empty',
  'worksheet.aid.limit',
  'worksheet.aid.deleteRow',
  'worksheet.choose',
  'worksheet.delete',
] as const satisfies readonly UIKey[];

export interface AidColumn {
  id: string;
  label: string;
  hint: string;
  kind: 'text' | 'long' | 'date' | 'choice';
  options?: { id: string; label: string }[] | undefined;
}
export interface AidTable {
  id: string;
  title: string;
  guidance: string;
  add: string;
  row: string;
  columns: AidColumn[];
}

interface Props {
  sheetId: string;
  contentHash: string;
  lang: string;
  fields: { id: string; label: string; hint: string; multiline: boolean }[];
  tables: AidTable[];
  t: Strings<typeof salesAidKeys>;
}

function Cell({
  id,
  column,
  suffix,
  value,
  onChange,
  none,
}: {
  id: string;
  column: AidColumn;
  suffix: string;
  value: string;
  onChange: (v: string) => void;
  none: string;
}) {
  if (column.kind === 'choice') {
    return (
      <SelectField
        id={id}
        label={column.label}
        labelSuffix={suffix}
        value={value || null}
        none={none}
        options={(column.options ?? []).map((o) => ({ value: o.id, label: o.label }))}
        onChange={(v) => onChange(v ?? '')}
      />
    );
  }
  if (column.kind === 'date') {
    return (
      <div className="ws-field">
        <label htmlFor={id}>
          {column.label}
          <span className="visually-hidden">: {suffix}</span>
        </label>
        <input id={id} type="date" value={value} onChange={(e) => onChange(e.currentTarget.value)} />
        <PrintCopy text={value} />
      </div>
    );
  }
  return (
    <TextField
      id={id}
      label={column.label}
      labelSuffix={suffix}
      value={value}
      multiline={column.kind === 'long'}
      rows={2}
      onChange={onChange}
    />
  );
}

export default function SalesAid({ sheetId, contentHash, lang, fields, tables, t }: Props) {
  const isComplete = useMemo(
    () =>
      salesAidCompletion(
        fields.map((f) => f.id),
        tables,
      ),
    [fields, tables],
  );
  const { record, recordId, body, save, reset, changed, deal } = useWorksheet(sheetId, contentHash, isComplete);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- one reset after moving focus to a row just added
    setFocus(null);
  }, [focus]);

  const add = (table: AidTable) => {
    const { id } = addTableRow(body, table.id);
    save((b) => addTableRow(b, table.id).body);
    if (id) setFocus(`${sheetId}-${table.id}-${id}-${table.columns[0]!.id}`);
  };

  return (
    <WorksheetFrame
      lang={lang}
      sheetId={recordId}
      record={record}
      deal={deal}
      changed={changed}
      rule={t['worksheet.rule.sales-aid']}
      onReset={reset}
      t={t}
    >
      {fields.length > 0 && (
        <section className="ws-section">
          {fields.map((f) => (
            <TextField
              key={f.id}
              id={`${sheetId}-${f.id}`}
              label={f.label}
              hint={f.hint}
              multiline={f.multiline}
              rows={3}
              value={fieldText(body, f.id)}
              onChange={(v) => save((b) => setField(b, f.id, v))}
            />
          ))}
        </section>
      )}
      {tables.map((table) => {
        const rows = tableRows(body, table.id);
        const headId = `${sheetId}-${table.id}-title`;
        return (
          <section key={table.id} className="ws-section" aria-labelledby={headId} data-testid={`table-${table.id}`}>
            <h2 id={headId}>{table.title}</h2>
            <p className="ws-hint">{table.guidance}</p>
            <dl className="ws-columns">
              {table.columns.map((c) => (
                <div key={c.id}>
                  <dt>{c.label}</dt>
                  <dd>{c.hint}</dd>
                </div>
              ))}
            </dl>
            {rows.length === 0 && <p className="muted ws-filled-only no-print">{t['worksheet.aid.empty']}</p>}
            <ol className="ws-rows ws-filled-only">
              {rows.map((row, i) => {
                const name = format(table.row, { n: i + 1 });
                const base = `${sheetId}-${table.id}-${row.id}`;
                return (
                  <li
                    key={row.id}
                    className="ws-row"
                    aria-labelledby={`${base}-title`}
                    data-testid={`row-${table.id}-${i + 1}`}
                  >
                    <div className="ws-row-head">
                      <h3 id={`${base}-title`}>{name}</h3>
                      <button
                        type="button"
                        className="danger"
                        aria-label={format(t['worksheet.aid.deleteRow'], { row: name })}
                        onClick={() => {
                          save((b) => deleteTableRow(b, table.id, row.id));
                          setFocus(`${sheetId}-${table.id}-add`);
                        }}
                      >
                        {t['worksheet.delete']}
                      </button>
                    </div>
                    <div className="ws-row-grid">
                      {table.columns.map((c) => (
                        <div key={c.id} className={c.kind === 'long' ? 'ws-wide' : undefined}>
                          <Cell
                            id={`${base}-${c.id}`}
                            column={c}
                            suffix={name}
                            value={row.cells[c.id] ?? ''}
                            none={t['worksheet.choose']}
                            onChange={(v) => save((b) => setCell(b, table.id, row.id, c.id, v))}
                          />
                        </div>
                      ))}
                    </div>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              id={`${sheetId}-${table.id}-add`}
              className="secondary ws-add"
              onClick={() => add(table)}
              disabled={rows.length >= MAX_ROWS}
            >
              {table.add}
            </button>
            {rows.length >= MAX_ROWS && (
              <p className="notice ws-limit">{format(t['worksheet.aid.limit'], { n: MAX_ROWS })}</p>
            )}
            <BlankTable columns={table.columns.map((c) => c.label)} rows={5} />
          </section>
        );
      })}
    </WorksheetFrame>
  );
}
