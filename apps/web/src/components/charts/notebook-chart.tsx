'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import type { Lang } from '../../i18n/messages';
import { isEmpty } from '../../lib/analytics';
import type { ChartType } from '@gongkai/schema/notebook';
import { chartCsv, chartDescription, composeSvg, fileName } from '../../lib/notebook/downloads';
import { inlineSvg, saveBlob, saveText, svgToPng } from '../../lib/notebook/download-dom';
import type { ChartModel } from '../../lib/notebook/result';
import { ChartTable } from './chart-table';
import { DASHES, seriesColour } from './palette';
import type { ChartSpec } from './types';

// A notebook's chart: any query result drawn as line, bar, stacked or 100% bar, area, pie or table, with
// a legend, a table view, and downloads (SVG, PNG at 2×, CSV). The SVG comes lazily (recharts), as on
// the overview; the shell, the legend and the table render at once.

export interface NotebookChartLabels {
  showTable: string;
  showChart: string;
  total: string;
  empty: string;
  download: string;
  svg: string;
  png: string;
  csv: string;
  svgTitle: string;
  pngTitle: string;
  csvTitle: string;
}

export interface NotebookChartProps {
  /** The cell id: data-chart attribute, SVG ids. */
  id: string;
  title: string;
  lang: Lang;
  chartType: ChartType;
  model: ChartModel;
  labels: NotebookChartLabels;
  /** Shown beside the title when synthetic reports are among the data. */
  synthetic?: string | null;
  downloads?: boolean;
  /** Fill the parent's height (the embed) instead of a fixed height. */
  fill?: boolean;
  /** The source line written under an exported SVG or PNG. */
  note?: string;
}

const HEIGHT = 300;

const NotebookChartPanel = dynamic(() => import('./notebook-chart-panel').then((m) => m.NotebookChartPanel), {
  ssr: false,
  loading: () => <div className="chart-placeholder" style={{ height: '100%', minHeight: 200 }} aria-hidden="true" />,
});

/** The overview's chart spec for the same data, so the table and tooltip components serve both. */
export function toChartSpec(p: Pick<NotebookChartProps, 'id' | 'title' | 'lang' | 'chartType' | 'model' | 'labels' | 'synthetic'>): ChartSpec {
  const stacked = p.chartType === 'stackedBar' || (p.chartType === 'area' && p.model.series.length > 1);
  return {
    id: p.id,
    title: p.title,
    lang: p.lang,
    kind: p.chartType === 'percentBar' ? 'percent' : stacked ? 'stacked' : 'lines',
    panels: [{ rows: p.model.rows }],
    series: p.model.series.map((s, i) => ({ key: s.key, label: s.label, colour: seriesColour(i) })),
    xLabel: p.model.xLabel,
    yLabel: p.model.axisLabel,
    unit: p.model.unit ?? '',
    labels: {
      showTable: p.labels.showTable,
      showChart: p.labels.showChart,
      total: p.labels.total,
      drillHint: '',
      tableCaption: p.title,
      empty: p.labels.empty,
      x: p.model.xLabel,
      reportCount: '',
      synthetic: p.synthetic ?? null,
    },
  };
}

export function NotebookChart(props: NotebookChartProps) {
  const { id, title, chartType, model, labels } = props;
  const [view, setView] = useState<'chart' | 'table'>(chartType === 'table' ? 'table' : 'chart');
  const figure = useRef<HTMLElement>(null);
  const spec = toChartSpec(props);
  const keys = model.series.map((s) => s.key);
  const empty = model.rows.length === 0 || (chartType !== 'table' && isEmpty(model.rows, keys));
  const titleId = `chart-${id}-title`;
  const pie = chartType === 'pie';
  const legend = pie
    ? model.rows.map((r, i) => ({ label: String(r.x), colour: seriesColour(i) }))
    : spec.series.map((s) => ({ label: s.label, colour: s.colour }));

  const svgDocument = () => {
    const svg = figure.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg || !figure.current) return null;
    const { markup, width, height } = inlineSvg(svg);
    const style = getComputedStyle(figure.current);
    return composeSvg({
      title,
      chart: markup,
      width,
      chartHeight: height,
      legend,
      description: chartDescription(model),
      note: props.note,
      font: style.fontFamily,
      background: style.backgroundColor,
      foreground: style.color,
    });
  };
  const download = async (kind: 'svg' | 'png' | 'csv') => {
    if (kind === 'csv') return saveText(chartCsv(model), fileName(title, 'csv'), 'text/csv;charset=utf-8');
    const doc = svgDocument();
    if (!doc) return;
    if (kind === 'svg') return saveText(doc.svg, fileName(title, 'svg'), 'image/svg+xml;charset=utf-8');
    saveBlob(await svgToPng(doc.svg, doc.width, doc.height, 2), fileName(title, 'png'));
  };

  return (
    <figure
      ref={figure}
      className={props.fill ? 'chart notebook-chart chart-fill' : 'chart notebook-chart'}
      aria-labelledby={titleId}
      data-chart={id}
      data-chart-type={chartType}
    >
      <header className="chart-head">
        <h3 id={titleId}>{title}</h3>
        {props.synthetic ? <span className="badge badge-synthetic">{props.synthetic}</span> : null}
        {empty || chartType === 'table' ? null : (
          <button type="button" className="chip" aria-pressed={view === 'table'} onClick={() => setView(view === 'chart' ? 'table' : 'chart')}>
            {view === 'chart' ? labels.showTable : labels.showChart}
          </button>
        )}
        {props.downloads && !empty ? (
          <span className="chart-downloads" role="group" aria-label={labels.download}>
            {chartType === 'table' || view === 'table' ? null : (
              <>
                <button type="button" className="chip" title={labels.svgTitle} onClick={() => void download('svg')} data-download="svg">
                  {labels.svg}
                </button>
                <button type="button" className="chip" title={labels.pngTitle} onClick={() => void download('png')} data-download="png">
                  {labels.png}
                </button>
              </>
            )}
            <button type="button" className="chip" title={labels.csvTitle} onClick={() => void download('csv')} data-download="csv">
              {labels.csv}
            </button>
          </span>
        ) : null}
      </header>
      {empty ? (
        <p className="empty">{labels.empty}</p>
      ) : (
        <>
          {view === 'chart' && legend.length > 1 ? (
            <ul className="chart-legend" aria-hidden="true">
              {legend.map((s, i) => (
                <li key={`${s.label}-${i}`}>
                  {chartType === 'line' ? (
                    <svg width="22" height="10" viewBox="0 0 22 10">
                      <line x1="1" y1="5" x2="21" y2="5" stroke={s.colour} strokeWidth="2" strokeDasharray={DASHES[i % DASHES.length]} />
                    </svg>
                  ) : (
                    <span className="swatch" style={{ background: s.colour, color: s.colour, borderColor: s.colour }} />
                  )}
                  {s.label}
                </li>
              ))}
            </ul>
          ) : null}
          {view === 'chart' ? (
            <div className="notebook-chart-area" style={props.fill ? undefined : { height: HEIGHT }} aria-hidden="true">
              <NotebookChartPanel spec={spec} chartType={chartType} />
            </div>
          ) : null}
          <div className={view === 'table' ? 'chart-tables' : 'chart-tables visually-hidden'}>
            <ChartTable spec={spec} panel={spec.panels[0]!} />
          </div>
        </>
      )}
    </figure>
  );
}
