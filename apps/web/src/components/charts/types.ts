import type { Lang } from '../../i18n/messages';
import type { ChartRow } from '../../lib/analytics';

// What a server component hands a chart widget: plain data only (it crosses the client boundary).

export interface Series {
  /** Field of the rows. */
  key: string;
  label: string;
  colour: string;
  /** Hatched fill: marks synthetic data, and separates series in greyscale print. */
  hatched?: boolean;
}

export interface Panel {
  /** A sub-title when one widget shows several panels side by side. */
  title?: string;
  rows: ChartRow[];
}

export interface ChartLabels {
  showTable: string;
  showChart: string;
  total: string;
  drillHint: string;
  tableCaption: string;
  empty: string;
  /** The x column's header in the data table. */
  x: string;
  /** “{n} 份报告”: how many reports stand behind a point, {n} replaced. */
  reportCount: string;
  /** Note on the synthetic share, shown beside the title when sample data is included. */
  synthetic?: string | null;
}

export interface ChartSpec {
  id: string;
  title: string;
  lang: Lang;
  kind: 'stacked' | 'percent' | 'lines';
  panels: Panel[];
  series: Series[];
  xLabel: string;
  yLabel: string;
  /** Unit of the values: 件, 份, % — formats tooltips and the table. */
  unit: string;
  logScale?: boolean;
  /** Drill-down link per x value (the year): a click on a bar or point goes there. */
  drill?: Record<string, string>;
  labels: ChartLabels;
}
