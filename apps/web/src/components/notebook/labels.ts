import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import type { NotebookChartLabels } from '../charts/notebook-chart';

/** A notebook chart's words, as plain strings (they cross to client components). */
export function notebookChartLabels(lang: Lang): NotebookChartLabels {
  const m = t(lang);
  const d = m.notebooks.downloads;
  return {
    showTable: m.charts.showTable,
    showChart: m.charts.showChart,
    total: m.charts.total,
    empty: m.state.emptyChart,
    download: d.label,
    svg: d.svg,
    png: d.png,
    csv: d.csv,
    svgTitle: d.svgTitle,
    pngTitle: d.pngTitle,
    csvTitle: d.csvTitle,
  };
}
