/** The board's table: stage-named columns, sortable, a class averages row, long lists shown in pages. */
import { useMemo, useState } from 'react';
import {
  boardColumns,
  cellValue,
  classAverages,
  sortRows,
  type BoardColumn,
  type BoardRow,
} from '../../lib/results-board';
import { format } from '../../i18n/format';
import type { BoardStrings } from './board-strings';
import { Icon } from '../Icon';

const PAGE = 100;
const PASS_MARK = 80;

interface Props {
  rows: BoardRow[];
  headings: Record<BoardColumn, string>;
  locale: string;
  t: BoardStrings;
}

export function BoardTable({ rows, headings, locale, t }: Props) {
  const [sort, setSort] = useState<{ column: BoardColumn; direction: 'asc' | 'desc' } | null>(null);
  const [shown, setShown] = useState(PAGE);
  const sorted = useMemo(
    () => (sort ? sortRows(rows, sort.column, sort.direction, new Intl.Collator(locale)) : rows),
    [rows, sort, locale],
  );
  const averages = useMemo(() => classAverages(rows), [rows]);
  const toggle = (column: BoardColumn) =>
    setSort((s) => ({
      column,
      direction:
        s?.column === column && s.direction === 'asc'
          ? 'desc'
          : column === 'name'
            ? 'asc'
            : s?.column === column
              ? 'asc'
              : 'desc',
    }));

  const cell = (row: BoardRow, column: BoardColumn) => {
    const value = cellValue(row.summary, column);
    if (column === 'name') return value || t['workshop.unnamed'];
    if (column === 'read') return `${value}/7`;
    if (column === 'exercises' || column === 'worksheets') return value;
    // A dash keeps the columns narrow enough for a projector; screen readers hear the words.
    if (value === null)
      return (
        <>
          <span aria-hidden="true" className="muted">
            –
          </span>
          <span className="visually-hidden">{t['workshop.notTaken']}</span>
        </>
      );
    return (
      <>
        {value}%
        {Number(value) >= PASS_MARK && (
          <>
            {' '}
            <Icon name="check" />
            <span className="visually-hidden"> {t['workshop.passed']}</span>
          </>
        )}
      </>
    );
  };

  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t['workshop.table']}>
        <table data-testid="results-board" className="board-table">
          <thead>
            <tr>
              {boardColumns.map((column) => (
                <th
                  scope="col"
                  key={column}
                  aria-sort={
                    sort?.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  <button
                    type="button"
                    className="sort"
                    onClick={() => toggle(column)}
                    title={format(t['workshop.sortBy'], { column: headings[column] })}
                  >
                    {headings[column]}
                    <span aria-hidden="true" className="sort-mark">
                      {sort?.column === column && <Icon name={sort.direction === 'asc' ? 'sort-up' : 'sort-down'} />}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, shown).map((row) => (
              <tr key={row.line}>
                {boardColumns.map((column) =>
                  column === 'name' ? (
                    <th scope="row" key={column}>
                      {cell(row, column)}
                    </th>
                  ) : (
                    <td key={column}>{cell(row, column)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="class-averages">
              <th scope="row">{t['workshop.average']}</th>
              {boardColumns.slice(1).map((column) => {
                const avg = averages[column];
                if (!avg) return <td key={column}>–</td>;
                if (column === 'read') return <td key={column}>{avg.mean}/7</td>;
                return (
                  <td key={column}>
                    {avg.passRate === undefined ? (
                      avg.mean
                    ) : (
                      <>
                        {avg.mean}%<br />
                        <span className="muted">{format(t['workshop.passRate'], { n: avg.passRate })}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
      {sorted.length > shown && (
        <p>
          <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE * 2)}>
            {format(t['workshop.showMore'], { shown, n: sorted.length })}
          </button>
        </p>
      )}
    </>
  );
}
