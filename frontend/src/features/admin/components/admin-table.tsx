import type { ReactNode } from 'react';

export interface Column<R> {
  header: string;
  cell: (row: R) => ReactNode;
  /** The cell that names the row (a row header). */
  rowHeader?: boolean;
}

/** A list of records as a KERN table; wide tables scroll sideways on small screens. */
export function AdminTable<R extends { id: string }>({ caption, columns, rows }: { caption: string; columns: Column<R>[]; rows: R[] }) {
  return (
    <div className="kern-table-responsive admin-table" tabIndex={0} role="region" aria-label={caption}>
      <table className="kern-table kern-table--striped">
        <caption className="visually-hidden">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns.map((c) => (
              <th key={c.header} scope="col" className="kern-table__header">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={row.id} className="kern-table__row">
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.header} scope="row" className="kern-table__header">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header} className="kern-table__cell">
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
