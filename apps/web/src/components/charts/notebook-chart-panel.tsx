'use client';

import { Area, AreaChart, Bar, BarChart, CartesianGrid, LineChart, Pie, PieChart, Tooltip, XAxis, YAxis } from 'recharts';
import { rowTotal } from '../../lib/analytics';
import { formatCompact } from '../../lib/format';
import type { ChartType } from '@gongkai/schema/notebook';
import { chartTooltip, seriesLines } from './chart-panel';
import { formatValue } from './chart-table';
import { seriesColour } from './palette';
import type { ChartSpec } from './types';

// The SVG of a notebook chart (recharts, loaded lazily by notebook-chart.tsx). It fills its box: a fixed
// height in the notebook, the frame's height in an embed.

export function NotebookChartPanel({ spec, chartType }: { spec: ChartSpec; chartType: ChartType }) {
  const rows = spec.panels[0]?.rows ?? [];
  const style = { width: '100%', height: '100%' };
  if (chartType === 'pie') {
    const keys = spec.series.map((s) => s.key);
    const data = rows.map((r, i) => ({ name: typeof r.x === 'number' ? String(r.x) : r.x, value: rowTotal(r, keys) ?? 0, fill: seriesColour(i) }));
    return (
      <PieChart responsive style={style} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          outerRadius="78%"
          isAnimationActive={false}
          label={({ value }: { value?: number }) => formatValue(value ?? null, spec)}
          stroke="var(--surface)"
        />
        <Tooltip formatter={(v) => formatValue(typeof v === 'number' ? v : null, spec)} />
      </PieChart>
    );
  }
  const common = { data: rows, responsive: true, style, margin: { top: 8, right: 12, bottom: 28, left: 12 } };
  // Lines and areas start and end on the axis's edge: a little room keeps their end points whole.
  const edge = chartType === 'line' || chartType === 'area' ? { left: 16, right: 16 } : undefined;
  const xAxis = (
    <XAxis dataKey="x" padding={edge} tickFormatter={(x: number | string) => String(x)} label={{ value: spec.xLabel, position: 'insideBottom', offset: -16 }} />
  );
  const yAxis = (
    <YAxis
      width={64}
      domain={spec.kind === 'percent' ? [0, 100] : [0, 'auto']}
      allowDataOverflow={spec.kind === 'percent'}
      tickFormatter={(v: number) => (spec.kind === 'percent' ? `${v}%` : formatCompact(v, spec.lang))}
      label={{ value: spec.yLabel, angle: -90, position: 'insideLeft', offset: 0, style: { textAnchor: 'middle' } }}
    />
  );
  const tooltip = chartTooltip(spec);
  const grid = <CartesianGrid strokeDasharray="3 3" vertical={false} />;
  if (chartType === 'line') {
    return (
      <LineChart {...common}>
        {grid}
        {xAxis}
        {yAxis}
        {tooltip}
        {seriesLines(spec.series)}
      </LineChart>
    );
  }
  if (chartType === 'area') {
    return (
      <AreaChart {...common}>
        {grid}
        {xAxis}
        {yAxis}
        {tooltip}
        {spec.series.map((s) => (
          <Area
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            fill={s.colour}
            fillOpacity={0.35}
            stackId={spec.kind === 'stacked' ? 'stack' : undefined}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    );
  }
  const stacked = chartType === 'stackedBar' || chartType === 'percentBar';
  return (
    <BarChart {...common}>
      {grid}
      {xAxis}
      {yAxis}
      {tooltip}
      {spec.series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} stackId={stacked ? 'stack' : undefined} maxBarSize={56} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
