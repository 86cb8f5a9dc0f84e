import type { ChartRow } from '../../lib/analytics';
import { rowTotal } from '../../lib/analytics';
import { formatNumber, formatPercent, formatYear } from '../../lib/format';
import type { ChartSpec, Panel } from './types';

// The chart as a table: read by screen readers, shown by the widget's toggle, and printed.

export function formatValue(value: number | null, spec: Pick<ChartSpec, 'kind' | 'unit' | 'lang'>): string {
  if (value === null) return '—';
  if (spec.kind === 'percent' || spec.unit === '%') return formatPercent(value, spec.lang);
  return formatNumber(value, spec.lang, spec.unit === '万元' ? 2 : 0);
}

function cell(row: ChartRow, key: string): number | null {
  const v = row[key];
  return typeof v === 'number' ? v : null;
}

export function ChartTable({ spec, panel }: { spec: ChartSpec; panel: Panel }) {
  const keys = spec.series.map((s) => s.key);
  const showTotal = spec.kind === 'stacked' && keys.length > 1;
  const caption = panel.title ? `${spec.labels.tableCaption} · ${panel.title}` : spec.labels.tableCaption;
  return (
    <table className="data-table">
      <caption>
        {caption} ({spec.yLabel})
      </caption>
      <thead>
        <tr>
          <th scope="col">{spec.labels.x}</th>
          {spec.series.map((s) => (
            <th scope="col" key={s.key}>
              {s.label}
            </th>
          ))}
          {showTotal ? <th scope="col">{spec.labels.total}</th> : null}
        </tr>
      </thead>
      <tbody>
        {panel.rows.map((row) => {
          const x = typeof row.x === 'number' ? formatYear(row.x, spec.lang) : String(row.x);
          const link = spec.drill?.[String(row.x)];
          return (
            <tr key={String(row.x)}>
              <th scope="row">{link ? <a href={link}>{x}</a> : x}</th>
              {keys.map((k) => (
                <td key={k}>{formatValue(cell(row, k), spec)}</td>
              ))}
              {showTotal ? <td>{formatValue(rowTotal(row, keys), spec)}</td> : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
