import type { ActiveTable, ApplicationsTable, CellProvenance, Diagnostic, NarrativeKey, ParsedReport, ReviewTable, SourceFormat, Template } from '@gongkai/schema/report';
import { REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS, ruleEquations } from '@gongkai/schema/report';
import { CELL_BY_PATH } from '@gongkai/schema/cells';
import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';
import type { DiagnosticCode } from '@gongkai/schema/diagnostics';
import { completenessDiagnostics } from './completeness.ts';
import { decodeText, formatFromName, looksLikeHtml, sniff } from './decode.ts';
import { checkInputSize, checkTextSize, LimitError } from './limits.ts';
import type { SourceDocument } from './document.ts';
import { docxToDocument } from './extract-docx.ts';
import { htmlToDocument } from './extract-html.ts';
import { pdfToDocument } from './extract-pdf.ts';
import { agencyFromTitle, findPublishedOn, findTitle, metadataDiagnostics, yearFromBody } from './metadata.ts';
import { recogniseTables } from './recognise.ts';
import { findRegions } from './regions.ts';
import { buildSegments } from './segments.ts';
import { solve } from './solve.ts';
import { tokenizeText } from './tokenize.ts';

// decode → tokenize → recognise → normalise → validate, composed. Never throws: whatever goes wrong
// becomes a diagnostic, and a file that is not a report says so with NOT_A_REPORT and no numbers.

export const PARSER_VERSION = '0.1.0';

export interface ParseOptions {
  fileName?: string;
}

function diag(code: DiagnosticCode, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: DIAGNOSTIC_CODES[code].severity, message, ...extra };
}

function emptyReport(format: SourceFormat, diagnostics: Diagnostic[], doc?: Partial<SourceDocument>): ParsedReport {
  return {
    agency: null,
    year: null,
    template: null,
    publishedOn: null,
    active: {},
    applications: {},
    review: {},
    narratives: {},
    diagnostics,
    provenance: {},
    source: { format, encoding: doc?.encoding ?? null, layout: doc?.layout ?? null, parserVersion: PARSER_VERSION },
  };
}

/** Parse one report from its bytes (text in any supported encoding, HTML, DOCX or PDF). */
export async function parseReport(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedReport> {
  return (await parseReportWithSource(bytes, options)).report;
}

/** The report and the text its provenance offsets point into (decoded text, HTML, or PDF layout text). */
export async function parseReportWithSource(bytes: Uint8Array, options: ParseOptions = {}): Promise<{ report: ParsedReport; sourceText: string | null }> {
  const named = formatFromName(options.fileName);
  try {
    checkInputSize(bytes.byteLength);
    const kind = sniff(bytes);
    if (kind === 'pdf' || kind === 'docx') {
      const doc = kind === 'pdf' ? await pdfToDocument(bytes) : await docxToDocument(bytes);
      return { report: parseDocument(doc), sourceText: doc.text };
    }
    if (kind === 'zip' || kind === 'binary') {
      return { report: emptyReport(named ?? 'txt', [diag('NOT_A_REPORT', `不是文本、HTML、DOCX 或 PDF 文件（${kind === 'zip' ? '其他压缩包' : '二进制数据'}）/ not text, HTML, DOCX or PDF`)]), sourceText: null };
    }
    return parseTextWithSource(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof LimitError || (error instanceof Error && error.cause instanceof LimitError)) {
      return { report: emptyReport(named ?? 'txt', [diag('INPUT_TOO_LARGE', `文件超出限制：${message} / over a limit: ${message}`)]), sourceText: null };
    }
    return { report: emptyReport(named ?? 'txt', [diag('INPUT_UNREADABLE', `文件无法读取：${message} / cannot read the file: ${message}`)]), sourceText: null };
  }
}

/** Synchronous path for text and HTML bytes (the common case, and the one benchmarks measure). */
export function parseText(bytes: Uint8Array | string): ParsedReport {
  return parseTextWithSource(bytes).report;
}

function parseTextWithSource(bytes: Uint8Array | string): { report: ParsedReport; sourceText: string | null } {
  try {
    if (typeof bytes !== 'string') checkInputSize(bytes.byteLength);
    const decoded = typeof bytes === 'string' ? { text: bytes, encoding: 'utf-8' as const, lossy: false } : decodeText(bytes);
    checkTextSize(decoded.text.length);
    const extra = decoded.lossy ? [diag('DECODE_FALLBACK', `无法干净地解码，按 ${decoded.encoding} 读取 / decoded as ${decoded.encoding} with replacement characters`)] : [];
    const html = looksLikeHtml(decoded.text);
    // Every report names its tables; a text that names none is not one, whatever its size.
    if (!REPORT_SIGNS.test(decoded.text)) {
      return { report: emptyReport(html ? 'html' : 'txt', [...extra, diag('NOT_A_REPORT', '未找到年度报告的标题和表格 / no report title or tables found')]), sourceText: null };
    }
    const doc: SourceDocument = html ? htmlToDocument(decoded.text, { format: 'html', encoding: decoded.encoding }) : textDocument(decoded.text, decoded.encoding);
    const report = parseDocument(doc);
    report.diagnostics.unshift(...extra);
    return { report, sourceText: decoded.text };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof LimitError) return { report: emptyReport('txt', [diag('INPUT_TOO_LARGE', `文件超出限制：${message} / over a limit: ${message}`)]), sourceText: null };
    return { report: emptyReport('txt', [diag('PARSE_FAILED', `解析失败：${message} / parser error: ${message}`)]), sourceText: null };
  }
}

/** Words every report prints, in simplified or traditional characters. */
const REPORT_SIGNS = /信息公开|信息公開|主动公开|主動公開|本年新收|行政复议|行政復議/;

function textDocument(text: string, encoding: SourceDocument['encoding']): SourceDocument {
  const { rows, layout } = tokenizeText(text);
  const markdown = /^\s*(#{1,6}\s|\|.*\|\s*$)/m.test(text);
  return { text, rows, format: markdown ? 'md' : 'txt', encoding, layout };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function parseDocument(doc: SourceDocument): ParsedReport {
  try {
    return parseDocumentUnsafe(doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return emptyReport(doc.format, [diag('PARSE_FAILED', `解析失败：${message} / parser error: ${message}`)], doc);
  }
}

function parseDocumentUnsafe(doc: SourceDocument): ParsedReport {
  const regions = findRegions(doc.rows);
  markCutCell(regions);
  // Only text laid out by spaces needs column positions: the line starts are found on first use.
  let lineStarts: number[] | null = null;
  const columnOf = (offset: number): number => {
    const starts = (lineStarts ??= lineStartsOf(doc.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // A page break (form feed) at the start of a line takes no column.
    let start = starts[lo]!;
    while (start < offset && doc.text.charCodeAt(start) === 12) start++;
    return offset - start;
  };
  // Some converters align columns by display width (a Chinese character is two columns wide); the
  // layout text rebuilt from a PDF counts characters, so there the two are one.
  const displayColumnOf = doc.layout === 'pdf' ? columnOf : (offset: number): number => {
    const start = offset - columnOf(offset);
    let width = 0;
    for (let i = start; i < offset; i++) width += doc.text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
    // columnOf skips a leading form feed; so does this.
    return width;
  };
  const tables = recogniseTables(
    {
      active: buildSegments(regions.active, doc.rows),
      applications: buildSegments(regions.applications, doc.rows),
      review: buildSegments(regions.review, doc.rows),
    },
    { active: regions.active, applications: regions.applications, review: regions.review },
    { mayBeGlued: doc.layout === 'flat', columnOf, displayColumnOf, rows: doc.rows },
  );

  const title = findTitle(doc.rows, regions);
  const looksLikeReport = tables.applicationRows.length > 0 || (tables.activeRows.size > 0 && tables.reviewFound) || (title.agency !== null && /信息公开/.test(doc.text.slice(0, 20000)) && (tables.activeRows.size > 0 || tables.reviewFound));
  if (!looksLikeReport) {
    return emptyReport(doc.format, [diag('NOT_A_REPORT', '未找到年度报告的标题和表格 / no report title or tables found')], doc);
  }

  const equations = ruleEquations(tables.applicationRows).filter((eq) => tables.reviewFound || eq.rule !== 4);
  const solved = solve({ cells: tables.cells, groups: tables.groups, equations, rowLine: (path) => tables.rowLines.get(path.split('.').slice(0, 2).join('.')) });

  const diagnostics: Diagnostic[] = [...tables.diagnostics];
  const provenance: Record<string, CellProvenance> = {};
  const value = (path: string) => {
    const c = solved.cells.get(path);
    if (!c) return null;
    const p: CellProvenance = { state: c.state };
    if (c.slot) {
      p.line = c.slot.cell.line;
      p.start = c.slot.cell.start;
      p.end = c.slot.cell.end;
      p.raw = c.slot.cell.text;
    }
    const spec = CELL_BY_PATH.get(path);
    const money = spec?.money ?? false;
    if (money && c.decimal !== undefined && c.value !== null) p.decimal = c.decimal;
    provenance[path] = p;
    // Rule 5: counts are whole and non-negative (2019 本年增/减 and money excepted).
    if (c.value !== null && c.state === 'printed' && !money && !spec?.signed && (c.value < 0 || !Number.isInteger(c.value))) {
      diagnostics.push(diag('RULE_NEGATIVE_OR_FRACTION', `数量应为非负整数：${c.value} / a count must be a whole number ≥ 0`, { path, line: p.line, rule: 5 }));
    }
    return c.value;
  };

  const active: ActiveTable = {};
  for (const [row, cols] of tables.activeRows) {
    active[row] = Object.fromEntries(cols.map((c) => [c, value(`active.${row}.${c}`)]));
  }
  const applications: ApplicationsTable = {};
  for (const row of tables.applicationRows) {
    applications[row] = Object.fromEntries(['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map((c) => [c, value(`applications.${row}.${c}`)]));
  }
  const review: ReviewTable = {};
  if (tables.reviewFound) {
    for (const g of REVIEW_GROUP_KEYS) review[g] = Object.fromEntries(REVIEW_RESULT_KEYS.map((r) => [r, value(`review.${g}.${r}`)]));
  }
  diagnostics.push(...solved.diagnostics);

  const template: Template | null = tables.activeTemplate ?? tables.applicationsTemplate;
  if (tables.activeTemplate === '2021' && tables.applicationsTemplate === '2019') {
    diagnostics.push(diag('TEMPLATE_MIXED', '2021 格式表格中使用了 2019 格式的“（六）其他处理”单行 / 2021 tables with the 2019 其他处理 row'));
  }
  if (!template) diagnostics.push(diag('TEMPLATE_UNKNOWN', '无法从表头判断格式版本 / format version not recognised'));
  diagnostics.unshift(
    ...completenessDiagnostics({
      activeRows: tables.activeRows,
      applicationsFound: tables.applicationsFound,
      template,
      reviewFound: tables.reviewFound,
      reviewWhole: tables.reviewWhole,
      narrativeAfterTables: regions.problems.length > 0 || regions.otherMatters.length > 0,
      text: {
        active: regions.active.map((p) => p.cell.text).join(''),
        applications: regions.applications.map((p) => p.cell.text).join(''),
        review: regions.review.map((p) => p.cell.text).join(''),
      },
    }),
  );

  let info = title;
  let yearFromText = false;
  if (!info.year) {
    const y = yearFromBody(doc.rows, regions);
    if (y) {
      info = { ...info, year: y };
      yearFromText = true;
    }
  }
  const published = findPublishedOn(doc.rows, regions);
  const publishedOn = published.date;
  if (!info.year && publishedOn) info = { ...info, year: Number(publishedOn.slice(0, 4)) - 1 };
  diagnostics.unshift(...metadataDiagnostics(info, yearFromText));
  if (published.from === 'page') diagnostics.unshift(diag('DATE_FROM_PAGE', `报告末尾无落款日期，取网页的发布日期 ${publishedOn} / no signature date; the page's publication date ${publishedOn} is used`, { path: 'publishedOn' }));

  const narratives: Partial<Record<NarrativeKey, string>> = {};
  for (const key of ['overview', 'problems', 'otherMatters'] as const) {
    const text = narrativeText(regions[key].map((p) => ({ row: p.row, text: p.cell.text })));
    if (text) narratives[key] = text;
  }

  return {
    agency: info.agency,
    year: info.year,
    template,
    publishedOn,
    active,
    applications,
    review,
    narratives,
    diagnostics,
    provenance,
    source: { format: doc.format, encoding: doc.encoding, layout: doc.layout, parserVersion: PARSER_VERSION },
  };
}

/** A text that stops inside its tables (no section 五 or 六 follows) may have cut its last number short. */
function markCutCell(regions: ReturnType<typeof findRegions>): void {
  if (regions.problems.length > 0 || regions.otherMatters.length > 0) return;
  for (const key of ['review', 'applications', 'active'] as const) {
    const placed = regions[key];
    for (let i = placed.length - 1; i >= 0; i--) {
      const cell = placed[i]!.cell;
      if (cell.text.trim() === '') continue;
      if (/\d/.test(cell.text)) cell.cut = true;
      return;
    }
  }
}

function narrativeText(cells: { row: number; text: string }[]): string {
  const lines: string[] = [];
  let lastRow = -1;
  for (const c of cells) {
    if (!c.text) continue;
    if (c.row !== lastRow) lines.push(c.text);
    else lines[lines.length - 1] += ` ${c.text}`;
    lastRow = c.row;
  }
  return lines.join('\n').trim();
}

export { agencyFromTitle };
