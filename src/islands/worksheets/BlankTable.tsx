/** Empty ruled rows for the blank handout of a tabular sheet (printed only, with `html.print-blank`). */
export function BlankTable({ columns, rows }: { columns: readonly string[]; rows: number }) {
  return (
    <table className="ws-blank-only ws-blank-table" aria-hidden="true">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>
            {columns.map((c) => (
              <td key={c} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
