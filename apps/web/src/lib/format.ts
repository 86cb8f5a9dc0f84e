import type { Lang } from '../i18n/messages';

// Numbers, money and dates for each language. zh-CN: 1,234 件 · 96,171.6 万元 · 2024年1月20日;
// en: 1,234 · CN¥961.7 million · 20 January 2024. Pure and client-safe (charts use it for tooltips).

export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], options);
    numberFormats.set(key, f);
  }
  return f;
}

/** A plain number with grouping: 1,234 · 1,234.5 (at most `digits` decimals). */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return numberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

/** Units the API names (件 份 个 万元 %), in words for English. */
const EN_UNITS: Record<string, [string, string]> = {
  件: ['', ''],
  份: ['report', 'reports'],
  个: ['agency', 'agencies'],
};

/** A count with its unit: zh “1,234 件”, en “1,234” or “520 reports”. */
export function formatCount(value: number | null | undefined, unit: string, lang: Lang): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const n = formatNumber(value, lang);
  if (lang === 'zh') return unit ? `${n} ${unit}` : n;
  const words = EN_UNITS[unit];
  if (!words) return n;
  const word = value === 1 ? words[0] : words[1];
  return word ? `${n} ${word}` : n;
}

/** A percentage given as 0–100: 39.1%. */
export function formatPercent(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return `${numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)}%`;
}

/** Money in 万元 (ten thousand yuan): zh “96,171.6 万元”; en “CN¥961.7 million”. */
export function formatMoneyWan(value: number | null | undefined, lang: Lang): string {
  if (value == null || !Number.isFinite(value)) return '—';
  if (lang === 'zh') return `${formatNumber(value, lang, 2)} 万元`;
  const yuan = value * 10_000;
  if (Math.abs(yuan) >= 1e9) return `CN¥${formatNumber(yuan / 1e9, lang, 2)} billion`;
  if (Math.abs(yuan) >= 1e6) return `CN¥${formatNumber(yuan / 1e6, lang, 1)} million`;
  return `CN¥${formatNumber(yuan, lang)}`;
}

/**
 * An exact decimal as printed (“7730.28”), grouped but never rounded: the text is regrouped, not
 * converted to a float, so every printed digit survives.
 */
export function formatDecimal(decimal: string | null | undefined): string {
  if (decimal == null || decimal === '') return '—';
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!m) return decimal;
  // zh-CN and en-GB both group thousands with a comma.
  const whole = m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${m[1]}${whole}${m[3] ? `.${m[3]}` : ''}`;
}

/** Any measure value by its unit: counts, 万元, %. */
export function formatMeasure(value: number | null | undefined, unit: string | null | undefined, lang: Lang): string {
  if (unit === '万元') return formatMoneyWan(value, lang);
  if (unit === '%') return formatPercent(value, lang);
  return formatCount(value, unit ?? '', lang);
}

/** Short form for axis ticks: zh 1.2万 / 3,400; en 12k / 3.4M. */
export function formatCompact(value: number, lang: Lang): string {
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** A calendar date (YYYY-MM-DD, as reports print it): zh 2024年1月20日, en 20 January 2024. */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  return dateFormats[lang].format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** A moment (ISO timestamp), in China time: zh 2024年1月20日 14:05, en 20 January 2024, 14:05. */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(d);
}

/** A year as a label: zh 2024年, en 2024. */
export function formatYear(year: number | null | undefined, lang: Lang): string {
  if (year == null) return '—';
  return lang === 'zh' ? `${year}年` : String(year);
}

/** A span of years: 2019–2025, or one year. */
export function formatYearRange(years: readonly number[], lang: Lang): string {
  if (years.length === 0) return '—';
  const min = Math.min(...years);
  const max = Math.max(...years);
  return min === max ? formatYear(min, lang) : lang === 'zh' ? `${min}–${max}年` : `${min}–${max}`;
}
