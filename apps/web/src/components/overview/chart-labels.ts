import type { ChartLabels } from '../charts/types';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import { formatNumber } from '../../lib/format';

/** The words every chart widget needs, in the page's language. */
export function chartLabels(lang: Lang, title: string, result?: { syntheticReports: number; totalReports: number }): ChartLabels {
  const m = t(lang);
  return {
    showTable: m.charts.showTable,
    showChart: m.charts.showChart,
    total: m.charts.total,
    drillHint: m.charts.drillHint,
    tableCaption: m.charts.tableCaption(title),
    empty: m.state.emptyChart,
    x: m.charts.year,
    reportCount: lang === 'zh' ? '{n} 份报告' : '{n} reports',
    synthetic:
      result && result.syntheticReports > 0
        ? m.synthetic.chartNote(formatNumber(result.syntheticReports, lang), formatNumber(result.totalReports, lang))
        : null,
  };
}

/** What every chart of years shares: its title, the page's language, the year axis and the words above. */
export function yearChartBase(lang: Lang, title: string, result?: { syntheticReports: number; totalReports: number }) {
  return { title, lang, xLabel: t(lang).charts.year, labels: chartLabels(lang, title, result) };
}
