import type {
  ActiveTable,
  ApplicationsTable,
  CellProvenance,
  Diagnostic,
  NarrativeKey,
  ParsedReport,
  ReviewTable,
  SourceFormat,
  Template,
} from '@gongkai/schema/report';
import { APPLICANT_COLUMN_KEYS, CELL_BY_PATH, REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS } from '@gongkai/schema/report';
import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';
import type { DiagnosticCode } from '@gongkai/schema/diagnostics';
import { completenessDiagnostics } from './completeness.ts';
import type { SourceDocument } from './document.ts';
import type { TitleInfo } from './metadata.ts';
import { findPublishedOn, metadataDiagnostics, yearFromBody } from './metadata.ts';
import type { RecognisedTables } from './recognise.ts';
import type { Regions } from './regions.ts';
import type { SolvedCell } from './solve.ts';
import { checkRule5 } from './solve.ts';

// The stages' outputs → one ParsedReport: the cells the tables printed with their provenance, the
// format, the metadata, the narratives, and every stage's diagnostics in one list.

export const PARSER_VERSION = '0.1.0';

export function diagnostic(code: DiagnosticCode, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: DIAGNOSTIC_CODES[code].severity, message, ...extra };
}

/** A report with no numbers: what a file that is not a report, or cannot be read, comes back as. */
export function emptyReport(format: SourceFormat, diagnostics: Diagnostic[], doc?: Partial<SourceDocument>): ParsedReport {
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

export interface StageOutputs {
  doc: SourceDocument;
  regions: Regions;
  tables: RecognisedTables;
  solved: { cells: Map<string, SolvedCell>; diagnostics: Diagnostic[] };
  title: TitleInfo;
}

export function assembleReport({ doc, regions, tables, solved, title }: StageOutputs): ParsedReport {
  const cells = tableCells(tables, solved.cells);
  const template: Template | null = tables.activeTemplate ?? tables.applicationsTemplate;
  const templateDiagnostics: Diagnostic[] = [];
  if (tables.activeTemplate === '2021' && tables.applicationsTemplate === '2019') {
    templateDiagnostics.push(diagnostic('TEMPLATE_MIXED', '2021 格式表格中使用了 2019 格式的“（六）其他处理”单行 / 2021 tables with the 2019 其他处理 row'));
  }
  if (!template) templateDiagnostics.push(diagnostic('TEMPLATE_UNKNOWN', '无法从表头判断格式版本 / format version not recognised'));
  const completeness = completenessDiagnostics({
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
  });
  const meta = metadata(doc, regions, title);

  return {
    agency: meta.agency,
    year: meta.year,
    template,
    publishedOn: meta.publishedOn,
    active: cells.active,
    applications: cells.applications,
    review: cells.review,
    narratives: narratives(regions),
    // Report-wide findings first (metadata, completeness), then the tables' own in the order found.
    diagnostics: [...meta.diagnostics, ...completeness, ...tables.diagnostics, ...cells.diagnostics, ...solved.diagnostics, ...templateDiagnostics],
    provenance: cells.provenance,
    source: { format: doc.format, encoding: doc.encoding, layout: doc.layout, parserVersion: PARSER_VERSION },
  };
}

/** The rows the report printed, each cell's value as solved, where it came from, and rule 5 on each. */
function tableCells(tables: RecognisedTables, solved: Map<string, SolvedCell>) {
  const diagnostics: Diagnostic[] = [];
  const provenance: Record<string, CellProvenance> = {};
  const value = (path: string) => {
    const c = solved.get(path);
    if (!c) return null;
    const p: CellProvenance = { state: c.state };
    if (c.slot) {
      p.line = c.slot.cell.line;
      p.start = c.slot.cell.start;
      p.end = c.slot.cell.end;
      p.raw = c.slot.cell.text;
    }
    // Money keeps every printed digit; a float would lose some.
    if (CELL_BY_PATH.get(path)?.money && c.decimal !== undefined && c.value !== null) p.decimal = c.decimal;
    provenance[path] = p;
    const broken = checkRule5(path, c);
    if (broken) diagnostics.push(broken);
    return c.value;
  };

  const active: ActiveTable = {};
  for (const [row, cols] of tables.activeRows) {
    active[row] = Object.fromEntries(cols.map((c) => [c, value(`active.${row}.${c}`)]));
  }
  const applications: ApplicationsTable = {};
  for (const row of tables.applicationRows) {
    applications[row] = Object.fromEntries(APPLICANT_COLUMN_KEYS.map((c) => [c, value(`applications.${row}.${c}`)]));
  }
  const review: ReviewTable = {};
  if (tables.reviewFound) {
    for (const g of REVIEW_GROUP_KEYS) review[g] = Object.fromEntries(REVIEW_RESULT_KEYS.map((r) => [r, value(`review.${g}.${r}`)]));
  }
  return { active, applications, review, provenance, diagnostics };
}

/** Agency and year from the title (the body, then the signing date, where it gives no year). */
function metadata(doc: SourceDocument, regions: Regions, title: TitleInfo) {
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
  // Reports are signed early in the year after the one they report on.
  if (!info.year && publishedOn) info = { ...info, year: Number(publishedOn.slice(0, 4)) - 1 };
  const diagnostics = metadataDiagnostics(info, yearFromText);
  if (published.from === 'page') {
    diagnostics.unshift(
      diagnostic(
        'DATE_FROM_PAGE',
        `报告末尾无落款日期，取网页的发布日期 ${publishedOn} / no signature date; the page's publication date ${publishedOn} is used`,
        { path: 'publishedOn' },
      ),
    );
  }
  return { agency: info.agency, year: info.year, publishedOn, diagnostics };
}

function narratives(regions: Regions): Partial<Record<NarrativeKey, string>> {
  const out: Partial<Record<NarrativeKey, string>> = {};
  for (const key of ['overview', 'problems', 'otherMatters'] as const) {
    const text = narrativeText(regions[key].map((p) => ({ row: p.row, text: p.cell.text })));
    if (text) out[key] = text;
  }
  return out;
}

/** A narrative's cells as lines: cells of one row joined by a space. */
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
