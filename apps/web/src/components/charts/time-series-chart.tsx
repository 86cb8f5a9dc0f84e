'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { isEmpty } from '../../lib/analytics';
import { ChartTable } from './chart-table';
import { DASHES } from './palette';
import type { ChartSpec } from './types';

// One widget for the overview's series across years: stacked bars, 100% bars or lines, in one or more
// panels sharing a legend. The SVG is for sighted users; the table (hidden, or shown by the toggle) is
// what screen readers get, with the same drill-down links.

const HEIGHT = 280;

// recharts (~110 kB compressed) arrives after the page: the SVG cannot render on the server anyway.
const ChartPanel = dynamic(() => import('./chart-panel').then((m) => m.ChartPanel), {
  ssr: false,
  loading: () => <div className="chart-placeholder" style={{ height: HEIGHT }} aria-hidden="true" />,
});

export function TimeSeriesChart(spec: ChartSpec) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const keys = spec.series.map((s) => s.key);
  const empty = spec.panels.every((p) => isEmpty(p.rows, keys));
  const titleId = `${spec.id}-title`;
  return (
    <figure className="chart" aria-labelledby={titleId} data-chart={spec.id}>
      <header className="chart-head">
        <h3 id={titleId}>{spec.title}</h3>
        {spec.labels.synthetic ? <span className="badge badge-synthetic">{spec.labels.synthetic}</span> : null}
        {empty ? null : (
          <button type="button" className="chip" aria-pressed={view === 'table'} onClick={() => setView(view === 'chart' ? 'table' : 'chart')}>
            {view === 'chart' ? spec.labels.showTable : spec.labels.showChart}
          </button>
        )}
      </header>
      {empty ? (
        <p className="empty">{spec.labels.empty}</p>
      ) : (
        <>
          {view === 'chart' ? <ChartLegend spec={spec} /> : null}
          {view === 'chart' ? (
            <div className={spec.panels.length > 1 ? 'chart-panels chart-panels-multi' : 'chart-panels'} aria-hidden="true">
              {spec.panels.map((panel, i) => (
                <ChartPanel key={panel.title ?? i} spec={spec} panel={panel} />
              ))}
            </div>
          ) : null}
          <div className={view === 'table' ? 'chart-tables' : 'chart-tables visually-hidden'}>
            {spec.panels.map((panel, i) => (
              <ChartTable key={panel.title ?? i} spec={spec} panel={panel} />
            ))}
          </div>
          {spec.drill && view === 'chart' ? <figcaption className="hint">{spec.labels.drillHint}</figcaption> : null}
        </>
      )}
    </figure>
  );
}

/** One legend for all panels, in series order (bottom of the stack first), hatching shown as in the chart. */
function ChartLegend({ spec }: { spec: ChartSpec }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {spec.series.map((s, i) => (
        <li key={s.key}>
          {spec.kind === 'lines' ? (
            <svg width="22" height="10" viewBox="0 0 22 10">
              <line x1="1" y1="5" x2="21" y2="5" stroke={s.colour} strokeWidth="2" strokeDasharray={DASHES[i % DASHES.length]} />
              <circle cx="11" cy="5" r="3" fill="var(--surface)" stroke={s.colour} strokeWidth="1.5" />
            </svg>
          ) : (
            <span
              className={s.hatched ? 'swatch swatch-hatched' : 'swatch'}
              style={{ background: s.hatched ? undefined : s.colour, color: s.colour, borderColor: s.colour }}
            />
          )}
          {s.label}
        </li>
      ))}
    </ul>
  );
}
