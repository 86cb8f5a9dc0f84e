import type { ChartModel, ResultTable } from './result';

// Files a reader takes away: CSV (UTF-8 with a BOM, so that Excel shows the Chinese), and the SVG of a
// chart as a standalone document (title, legend, the drawing with its styles inlined, the data in
// <desc>). The browser-only steps (reading computed styles, drawing the PNG) are in download-dom.ts.

export const BOM = '\uFEFF';

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A text that Excel would run as a formula is kept as text.
  if (typeof value === 'string' && /^[=+@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text: a BOM, the header row, then the rows; CRLF line ends as RFC 4180 has them. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A query result table as CSV: column labels (with units) as the header. */
export function tableCsv(table: ResultTable): string {
  return toCsv(
    table.columns.map((c) => (c.unit ? `${c.label} (${c.unit})` : c.label)),
    table.rows,
  );
}

/** The rows a chart shows as CSV: the x column, then one column per series. */
export function chartCsv(model: ChartModel): string {
  return toCsv(
    [model.xLabel, ...model.series.map((s) => (model.unit ? `${s.label} (${model.unit})` : s.label))],
    model.rows.map((r) => [r.x, ...model.series.map((s) => r[s.key] ?? null)]),
  );
}

/** A file name from a title: characters that file systems refuse become “_”. */
export function fileName(title: string, ext: string): string {
  const base =
    title
      // eslint-disable-next-line no-control-regex -- control characters are exactly what file names refuse
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'chart';
  return `${base}.${ext}`;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface SvgParts {
  title: string;
  /** The chart's own <svg> markup, styles inlined (download-dom.ts). */
  chart: string;
  width: number;
  chartHeight: number;
  legend: { label: string; colour: string }[];
  /** The data as text, for <desc>: readers and search find the numbers without parsing shapes. */
  description: string;
  /** A line under the chart: the source. */
  note?: string;
  font: string;
  background?: string;
  foreground?: string;
  muted?: string;
}

const TITLE_H = 34;
const LEGEND_ROW = 20;
const NOTE_H = 22;

/** Legend items flowed into rows that fit the width (a CJK character ~13px, a Latin one ~7px). */
export function legendRows(items: readonly { label: string }[], width: number): number[][] {
  const rows: number[][] = [[]];
  let used = 0;
  items.forEach((item, i) => {
    const w = 22 + [...item.label].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 13 : 7), 0) + 16;
    if (used > 0 && used + w > width - 16) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(i);
    used += w;
  });
  return rows.filter((r) => r.length > 0);
}

/** A standalone SVG document: title on top, legend, the chart, a source note; the data in <desc>. */
export function composeSvg(p: SvgParts): { svg: string; width: number; height: number } {
  const bg = p.background ?? '#ffffff';
  const fg = p.foreground ?? '#1b1f24';
  const muted = p.muted ?? '#5a6470';
  const rows = p.legend.length > 1 ? legendRows(p.legend, p.width) : [];
  const legendTop = TITLE_H;
  const chartTop = legendTop + rows.length * LEGEND_ROW + (rows.length ? 6 : 0);
  const height = Math.ceil(chartTop + p.chartHeight + (p.note ? NOTE_H : 8));
  const legend = rows
    .map((row, r) => {
      let x = 12;
      return row
        .map((i) => {
          const item = p.legend[i]!;
          const y = legendTop + r * LEGEND_ROW;
          const out = `<g transform="translate(${x},${y})"><rect width="12" height="12" y="2" rx="2" fill="${escapeXml(item.colour)}"/><text x="18" y="12" font-size="13" fill="${fg}">${escapeXml(item.label)}</text></g>`;
          x += 22 + [...item.label].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 13 : 7), 0) + 16;
          return out;
        })
        .join('');
    })
    .join('');
  // The chart's own <svg> keeps its viewBox; nested, it is placed like a group.
  const chart = p.chart.replace(/^<svg\b/, `<svg x="0" y="${chartTop}"`);
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${p.width}" height="${height}" viewBox="0 0 ${p.width} ${height}" font-family="${escapeXml(p.font)}">` +
    `<title>${escapeXml(p.title)}</title>` +
    `<desc>${escapeXml(p.description)}</desc>` +
    `<rect width="100%" height="100%" fill="${bg}"/>` +
    `<text x="12" y="22" font-size="16" font-weight="600" fill="${fg}">${escapeXml(p.title)}</text>` +
    legend +
    chart +
    (p.note ? `<text x="12" y="${height - 7}" font-size="11" fill="${muted}">${escapeXml(p.note)}</text>` : '') +
    `</svg>`;
  return { svg, width: p.width, height };
}

/** The data of a chart as one line per x value: “2019：本年新收申请数量 1,234；…”. */
export function chartDescription(model: ChartModel): string {
  return model.rows.map((r) => `${r.x}: ${model.series.map((s) => `${s.label} ${r[s.key] ?? '—'}`).join('; ')}`).join('\n');
}
