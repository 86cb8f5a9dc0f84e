import type { ParsedReport } from '@gongkai/schema/report';
import { ruleEquations } from '@gongkai/schema/report';
import { assembleReport, diagnostic, emptyReport } from './assemble.ts';
import { decodeText, formatFromName, looksLikeHtml, sniff } from './decode.ts';
import type { SourceDocument } from './document.ts';
import { docToText, wordTextToLines } from './extract-doc.ts';
import { imageKind } from './extract-image.ts';
import { docxToDocument } from './extract-docx.ts';
import { htmlToDocument } from './extract-html.ts';
import { pdfToDocument } from './extract-pdf.ts';
import { checkInputSize, checkTextSize, LimitError } from './limits.ts';
import type { TitleInfo } from './metadata.ts';
import { findTitle } from './metadata.ts';
import type { RecognisedTables } from './recognise.ts';
import { recogniseTables } from './recognise.ts';
import type { Regions } from './regions.ts';
import { findRegions } from './regions.ts';
import { buildSegments } from './segments.ts';
import { solve } from './solve.ts';
import { tokenizeText } from './tokenize.ts';

// decode → tokenize → recognise → normalise → validate, composed. Never throws: whatever goes wrong
// becomes a diagnostic, and a file that is not a report says so with NOT_A_REPORT and no numbers.

export { PARSER_VERSION } from './assemble.ts';

export interface ParseOptions {
  fileName?: string;
}

/** Parse one report from its bytes (text in any supported encoding, HTML, DOCX, DOC/WPS or PDF). */
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
    if (kind === 'ole') {
      // Legacy Word or WPS: its text, read by the text pipeline, reported as the format it came in.
      const format = named === 'wps' ? 'wps' : 'doc';
      const text = wordTextToLines(await docToText(bytes));
      checkTextSize(text.length);
      if (!REPORT_SIGNS.test(text))
        return { report: emptyReport(format, [diagnostic('NOT_A_REPORT', '未找到年度报告的标题和表格 / no report title or tables found')]), sourceText: null };
      const doc = { ...textDocument(text, null), format } satisfies SourceDocument;
      return { report: parseDocument(doc), sourceText: text };
    }
    if (kind === 'image') {
      // A page image has no text of its own: the OCR stage (with the API) reads it, see imagePages.
      const format = imageKind(bytes)!;
      return {
        report: emptyReport(format, [diagnostic('NOT_A_REPORT', '图片文件，需经文字识别（OCR）读取 / an image: it is read by OCR')]),
        sourceText: null,
      };
    }
    if (kind === 'zip' || kind === 'binary') {
      return {
        report: emptyReport(named ?? 'txt', [
          diagnostic(
            'NOT_A_REPORT',
            `不是文本、HTML、DOCX、DOC/WPS 或 PDF 文件（${kind === 'zip' ? '其他压缩包' : '二进制数据'}）/ not text, HTML, DOCX, DOC/WPS or PDF`,
          ),
        ]),
        sourceText: null,
      };
    }
    return parseTextWithSource(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof LimitError || (error instanceof Error && error.cause instanceof LimitError)) {
      return { report: emptyReport(named ?? 'txt', [diagnostic('INPUT_TOO_LARGE', `文件超出限制：${message} / over a limit: ${message}`)]), sourceText: null };
    }
    return {
      report: emptyReport(named ?? 'txt', [diagnostic('INPUT_UNREADABLE', `文件无法读取：${message} / cannot read the file: ${message}`)]),
      sourceText: null,
    };
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
    const extra = decoded.lossy
      ? [diagnostic('DECODE_FALLBACK', `无法干净地解码，按 ${decoded.encoding} 读取 / decoded as ${decoded.encoding} with replacement characters`)]
      : [];
    const html = looksLikeHtml(decoded.text);
    // Every report names its tables; a text that names none is not one, whatever its size.
    if (!REPORT_SIGNS.test(decoded.text)) {
      return {
        report: emptyReport(html ? 'html' : 'txt', [...extra, diagnostic('NOT_A_REPORT', '未找到年度报告的标题和表格 / no report title or tables found')]),
        sourceText: null,
      };
    }
    const doc: SourceDocument = html
      ? htmlToDocument(decoded.text, { format: 'html', encoding: decoded.encoding })
      : textDocument(decoded.text, decoded.encoding);
    const report = parseDocument(doc);
    report.diagnostics.unshift(...extra);
    return { report, sourceText: decoded.text };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof LimitError)
      return { report: emptyReport('txt', [diagnostic('INPUT_TOO_LARGE', `文件超出限制：${message} / over a limit: ${message}`)]), sourceText: null };
    return { report: emptyReport('txt', [diagnostic('PARSE_FAILED', `解析失败：${message} / parser error: ${message}`)]), sourceText: null };
  }
}

/** Words every report prints, in simplified or traditional characters. */
const REPORT_SIGNS = /信息公开|信息公開|主动公开|主動公開|本年新收|行政复议|行政復議/;

function textDocument(text: string, encoding: SourceDocument['encoding']): SourceDocument {
  const { rows, layout } = tokenizeText(text);
  const markdown = /^\s*(#{1,6}\s|\|.*\|\s*$)/m.test(text);
  return { text, rows, format: markdown ? 'md' : 'txt', encoding, layout };
}

/** One document of any format through the stages after extraction, into a report. */
export function parseDocument(doc: SourceDocument): ParsedReport {
  try {
    return composeStages(doc);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return emptyReport(doc.format, [diagnostic('PARSE_FAILED', `解析失败：${message} / parser error: ${message}`)], doc);
  }
}

function composeStages(doc: SourceDocument): ParsedReport {
  const regions = findRegions(doc.rows);
  markCutCell(regions);
  const { columnOf, displayColumnOf } = columnMeasures(doc);
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
  if (!looksLikeReport(doc, tables, title)) {
    return emptyReport(doc.format, [diagnostic('NOT_A_REPORT', '未找到年度报告的标题和表格 / no report title or tables found')], doc);
  }
  // Section 四 not found: it has no cells for rule 4 to hold.
  const equations = ruleEquations(tables.applicationRows).filter((eq) => tables.reviewFound || eq.rule !== 4);
  const solved = solve({
    cells: tables.cells,
    groups: tables.groups,
    equations,
    rowLine: (path) => tables.rowLines.get(path.split('.').slice(0, 2).join('.')),
  });
  return assembleReport({ doc, regions, tables, solved, title });
}

/** Section 三's rows, or two tables, or a report title with one table: a report, if a damaged one. */
function looksLikeReport(doc: SourceDocument, tables: RecognisedTables, title: TitleInfo): boolean {
  return (
    tables.applicationRows.length > 0 ||
    (tables.activeRows.size > 0 && tables.reviewFound) ||
    (title.agency !== null && /信息公开/.test(doc.text.slice(0, 20000)) && (tables.activeRows.size > 0 || tables.reviewFound))
  );
}

/** A text that stops inside its tables (no section 五 or 六 follows) may have cut its last number short. */
function markCutCell(regions: Regions): void {
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

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** The column of an offset in its line, counted in characters and in display width. */
function columnMeasures(doc: SourceDocument): { columnOf: (offset: number) => number; displayColumnOf: (offset: number) => number } {
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
  const displayColumnOf =
    doc.layout === 'pdf'
      ? columnOf
      : (offset: number): number => {
          const start = offset - columnOf(offset);
          let width = 0;
          for (let i = start; i < offset; i++) width += doc.text.charCodeAt(i) >= 0x2e80 ? 2 : 1;
          // columnOf skips a leading form feed; so does this.
          return width;
        };
  return { columnOf, displayColumnOf };
}
