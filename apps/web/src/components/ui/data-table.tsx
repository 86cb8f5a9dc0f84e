import type { ReactNode } from 'react';

/**
 * The dashboard's table: `head` is the header row's cells, `children` the body's rows. It scrolls
 * sideways in its own box (`table-wrap`) unless `wrap` is false.
 */
export function DataTable({ testId, head, children, wrap = true }: { testId?: string; head: ReactNode; children: ReactNode; wrap?: boolean }) {
  const table = (
    <table className="data-table" data-testid={testId}>
      <thead>
        <tr>{head}</tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return wrap ? <div className="table-wrap">{table}</div> : table;
}
