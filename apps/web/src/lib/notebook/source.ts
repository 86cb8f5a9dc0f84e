import type { DataAsOfQuery } from '../../graphql/generated';
import type { Lang, Messages } from '../../i18n/messages';
import { fill } from '../../i18n/fill';
import { formatDate, formatYearRange } from '../format';

// The source line under a notebook chart and its exports: where the data comes from and how current it
// is — the day of the latest ingest (China time), or the report years when nothing says when.

/** The calendar day of an instant in China: 2026-11-21T17:00Z → 2026-11-22. */
export function chinaDay(iso: string): string | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

export function dataAsOf(data: DataAsOfQuery | null, lang: Lang, labels: Messages['notebooks']['embed']): string | null {
  const ingested = data?.status.lastIngestedAt;
  const day = ingested ? chinaDay(ingested) : null;
  if (day) return fill(labels.asOf, { date: formatDate(day, lang) });
  if (data?.status.years.length) return fill(labels.years, { years: formatYearRange(data.status.years, lang) });
  return null;
}

/** 数据来源：公开 · 政府信息公开工作年度报告 · 数据截至 2026年11月21日 */
export function sourceLine(data: DataAsOfQuery | null, lang: Lang, labels: Messages['notebooks']['embed']): string {
  const asOf = dataAsOf(data, lang, labels);
  return asOf ? `${labels.source} · ${asOf}` : labels.source;
}
