'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps, TooltipValueType } from 'recharts';
import type { ChartRow } from '../../lib/analytics';
import { formatCompact, formatNumber, formatYear } from '../../lib/format';
import { formatValue } from './chart-table';
import { DASHES } from './palette';
import type { ChartSpec, Panel, Series } from './types';

// The SVG part of a chart widget, in recharts (notebook-chart-panel.tsx borrows its lines and tooltip). The
// widget loads it lazily, so a page's first load carries the shell (title, legend, table) and the chart follows.

const HEIGHT = 280;

export function ChartPanel({ spec, panel }: { spec: ChartSpec; panel: Panel }) {
  const router = useRouter();
  const drill = spec.drill;
  const go = (x: unknown) => {
    const target = x != null ? drill?.[String(x)] : undefined;
    if (target) router.push(target);
  };
  // Lines: the chart knows the hovered year. Bars: each bar knows its own row, which is surer than the
  // hover state when a click comes without a preceding move (touch).
  const onClick = drill && spec.kind === 'lines' ? (state: { activeLabel?: string | number | undefined } | null) => go(state?.activeLabel) : undefined;
  const onBarClick = drill ? (bar: { payload?: ChartRow }) => go(bar.payload?.x) : undefined;
  const common = {
    data: panel.rows,
    responsive: true,
    style: { width: '100%', height: HEIGHT, cursor: drill ? 'pointer' : undefined },
    margin: { top: 8, right: 12, bottom: 28, left: 12 },
    onClick,
  };
  const xAxis = (
    <XAxis
      dataKey="x"
      tickFormatter={(x: number | string) => (typeof x === 'number' ? String(x) : x)}
      label={{ value: spec.xLabel, position: 'insideBottom', offset: -16 }}
    />
  );
  const yAxis = (
    <YAxis
      width={64}
      scale={spec.logScale ? 'log' : 'auto'}
      domain={spec.kind === 'percent' ? [0, 100] : spec.logScale ? ['auto', 'auto'] : [0, 'auto']}
      allowDataOverflow={spec.kind === 'percent'}
      allowDecimals={spec.unit === '%' || spec.unit === '万元'}
      tickFormatter={(v: number) => (spec.kind === 'percent' ? `${v}%` : formatCompact(v, spec.lang))}
      label={{ value: spec.yLabel, angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }}
    />
  );
  const tooltip = chartTooltip(spec);
  return (
    <div className="chart-panel">
      {panel.title ? <h4>{panel.title}</h4> : null}
      {spec.kind === 'lines' ? (
        <LineChart {...common}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {xAxis}
          {yAxis}
          {tooltip}
          {seriesLines(spec.series)}
        </LineChart>
      ) : (
        <BarChart {...common}>
          <Hatches id={spec.id} series={spec.series} />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {xAxis}
          {yAxis}
          {tooltip}
          {spec.series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="stack"
              fill={s.hatched ? `url(#${hatchId(spec.id, s.key)})` : s.colour}
              stroke={s.hatched ? s.colour : undefined}
              maxBarSize={56}
              isAnimationActive={false}
              onClick={onBarClick}
            />
          ))}
        </BarChart>
      )}
    </div>
  );
}

/** One dashed line per series: a function, so the chart still gets its <Line>s as direct children. */
export function seriesLines(series: Series[]) {
  return series.map((s, i) => (
    <Line
      key={s.key}
      dataKey={s.key}
      name={s.label}
      stroke={s.colour}
      strokeWidth={2}
      strokeDasharray={DASHES[i % DASHES.length]}
      dot={{ r: 3.5 }}
      activeDot={{ r: 6 }}
      connectNulls={false}
      isAnimationActive={false}
    />
  ));
}

/** The tooltip every chart of series shows: the hovered x, a row per series, the stack's total. */
export function chartTooltip(spec: ChartSpec) {
  return <Tooltip content={(props) => <ChartTooltip {...props} spec={spec} />} cursor={{ fillOpacity: 0.12 }} />;
}

function hatchId(chart: string, series: string): string {
  return `${chart}-hatch-${series}`;
}

function Hatches({ id, series }: { id: string; series: Series[] }) {
  const hatched = series.filter((s) => s.hatched);
  if (hatched.length === 0) return null;
  return (
    <defs>
      {hatched.map((s) => (
        <pattern key={s.key} id={hatchId(id, s.key)} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={s.colour} fillOpacity="0.35" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={s.colour} strokeWidth="3" />
        </pattern>
      ))}
    </defs>
  );
}

export function ChartTooltip({ active, payload, label, spec }: TooltipContentProps<TooltipValueType, string | number> & { spec: ChartSpec }) {
  if (!active || !payload || payload.length === 0) return null;
  const row = payload[0]?.payload as ChartRow | undefined;
  const x = typeof label === 'number' ? formatYear(label, spec.lang) : String(label ?? '');
  const total = spec.kind === 'stacked' ? payload.reduce((a, p) => a + (typeof p.value === 'number' ? p.value : 0), 0) : null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{x}</p>
      <table>
        <tbody>
          {[...payload].reverse().map((p) => (
            <tr key={String(p.dataKey)}>
              <th scope="row">
                <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
                {p.name}
              </th>
              <td>{formatValue(typeof p.value === 'number' ? p.value : null, spec)}</td>
            </tr>
          ))}
          {total !== null && payload.length > 1 ? (
            <tr className="total">
              <th scope="row">{spec.labels.total}</th>
              <td>{formatValue(total, spec)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {row?.reports ? <p className="chart-tooltip-note">{spec.labels.reportCount.replace('{n}', formatNumber(row.reports, spec.lang))}</p> : null}
    </div>
  );
}
