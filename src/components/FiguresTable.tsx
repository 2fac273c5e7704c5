/** One row of figures: a heading cell (the month) and formatted values. */
export interface FiguresRow {
  key: string;
  head: string;
  cells: readonly string[];
}

interface Props {
  /** The text of the toggle that shows the table. */
  toggle: string;
  /** What the table shows, for the scrollable region's name. */
  label: string;
  columns: readonly string[];
  rows: readonly FiguresRow[];
}

/** The figures behind a chart, as a table behind a toggle: the chart's accessible text alternative. */
export function FiguresTable({ toggle, label, columns, rows }: Props) {
  return (
    <details>
      <summary>{toggle}</summary>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={label}>
        <table class="reflow">
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={column} scope="col" class={i === 0 ? undefined : 'num'}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-month={row.key}>
                <th scope="row">{row.head}</th>
                {row.cells.map((cell, i) => (
                  <td key={i} class="num" data-label={columns[i + 1]}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
