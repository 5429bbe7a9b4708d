/**
 * The tables of the stage 4 to 7 sales aids (`body.tables[<table id>]`, rows of cell text by
 * column id), and when such a sheet counts as completed: every table has at least one row
 * with every cell filled, and every free-text field is filled.
 */
import type { TableRow, WorksheetBody } from './records';
import { isBlank, nextId } from './worksheet-body';

/** Most rows one table keeps (the stored shape allows 200). */
export const MAX_ROWS = 50;

export function tableRows(body: WorksheetBody, table: string): TableRow[] {
  return body.tables?.[table] ?? [];
}

function withRows(body: WorksheetBody, table: string, rows: TableRow[]): WorksheetBody {
  return { ...body, tables: { ...body.tables, [table]: rows } };
}

/** Adds an empty row; returns the new body and the row's id (no-op at the limit). */
export function addTableRow(body: WorksheetBody, table: string): { body: WorksheetBody; id: string | null } {
  const rows = tableRows(body, table);
  if (rows.length >= MAX_ROWS) return { body, id: null };
  const id = nextId(
    'row',
    rows.map((r) => r.id),
  );
  return { body: withRows(body, table, [...rows, { id, cells: {} }]), id };
}

/** Sets one cell; an empty value removes it, so the body stays small. */
export function setCell(body: WorksheetBody, table: string, row: string, column: string, value: string): WorksheetBody {
  return withRows(
    body,
    table,
    tableRows(body, table).map((r) => {
      if (r.id !== row) return r;
      const cells = { ...r.cells };
      if (value === '') delete cells[column];
      else cells[column] = value.slice(0, 100_000);
      return { ...r, cells };
    }),
  );
}

export function deleteTableRow(body: WorksheetBody, table: string, row: string): WorksheetBody {
  return withRows(
    body,
    table,
    tableRows(body, table).filter((r) => r.id !== row),
  );
}

/** Completion rule of a sales aid, from its content's field and column ids. */
export function salesAidCompletion(
  fields: readonly string[],
  tables: readonly { id: string; columns: readonly { id: string }[] }[],
) {
  return (body: WorksheetBody): boolean =>
    fields.every((f) => !isBlank(body.fields?.[f])) &&
    tables.every((t) => tableRows(body, t.id).some((r) => t.columns.every((c) => !isBlank(r.cells[c.id]))));
}
