import type { ReactNode } from 'react';
import type { CrossTable } from '../../lib/heat';
import { heatLevel } from '../../lib/heat';
import { DataTable } from './data-table';

/** A cross table as a heat map: one row per row key, one shaded cell per column, headed by `corner`. */
export function HeatTable<R extends string | number, C extends string | number>({
  testId,
  table,
  corner,
  columnHead,
  columnTitle,
  rowHead,
  cell,
}: {
  testId: string;
  table: CrossTable<R, C>;
  corner: ReactNode;
  columnHead: (column: C) => ReactNode;
  columnTitle?: (column: C) => string;
  rowHead: (row: R) => ReactNode;
  /** What a cell shows for its count (a link, the number, or a dot for none). */
  cell: (row: R, column: C, count: number) => ReactNode;
}) {
  return (
    <DataTable
      testId={testId}
      head={
        <>
          <th scope="col">{corner}</th>
          {table.columns.map((c) => (
            <th scope="col" key={c} className="num" title={columnTitle?.(c)}>
              {columnHead(c)}
            </th>
          ))}
        </>
      }
    >
      {table.rows.map((r) => (
        <tr key={r}>
          <th scope="row">{rowHead(r)}</th>
          {table.columns.map((c) => {
            const v = table.get(r, c);
            return (
              <td key={c} className="heat" data-level={heatLevel(v, table.max)}>
                {cell(r, c, v)}
              </td>
            );
          })}
        </tr>
      ))}
    </DataTable>
  );
}
