import iconv from 'iconv-lite';
import { applyConventions } from './conventions.ts';
import type { BlankedCell, Convention } from './conventions.ts';
import { applyDamage } from './damage.ts';
import type { Damage, DamagedCell } from './damage.ts';
import { buildReportDoc } from './report-doc.ts';
import type { ReportDoc } from './report-doc.ts';
import { renderCellLines } from './render-cell-lines.ts';
import { renderDocx } from './render-docx.ts';
import { renderFlat } from './render-flat.ts';
import { renderHtml } from './render-html.ts';
import { renderOcr } from './render-ocr.ts';
import { renderPipes } from './render-pipes.ts';
import { renderSpaces } from './render-spaces.ts';
import { renderTabs } from './render-tabs.ts';
import { createRng } from './rng.ts';
import type { Rng } from './rng.ts';
import { generateFacts } from './truth.ts';
import type { ExpectedReport, TruthOptions } from './truth.ts';

// Random, rule-consistent reports in every layout, with controlled damage, for property tests and
// benchmarks of the parser. The same options and seed always give the same bytes.

export type { Damage, DamagedCell } from './damage.ts';
export type { BlankedCell, Convention } from './conventions.ts';
export { CONVENTIONS } from './conventions.ts';
export { deepHtml, digitText, docxZipBomb, pdfStreamBomb, zip } from './hostile.ts';
export type { ExpectedReport, TemplateOption, TruthOptions } from './truth.ts';

export type Layout = 'tabs' | 'cell-lines' | 'pipes' | 'spaces' | 'ocr' | 'flat' | 'html' | 'docx';
export const LAYOUTS: readonly Layout[] = ['tabs', 'cell-lines', 'pipes', 'spaces', 'ocr', 'flat', 'html', 'docx'];
/** The layouts generateReport can write synchronously (all but docx). */
export const TEXT_LAYOUTS: readonly Layout[] = LAYOUTS.filter((l) => l !== 'docx');

export type GeneratedEncoding = 'utf-8' | 'gb18030' | 'utf-16le';

export interface GenerateOptions extends TruthOptions {
  seed: number;
  /** Default: one of the text layouts, chosen by the seed (docx only when asked for). */
  layout?: Layout;
  damage?: Damage[];
  /** Chance per number cell of sections 三 and 四 to be damaged; default 0.05. */
  damageRate?: number;
  /** Text layouts only; docx is always a zip. Default utf-8. */
  encoding?: GeneratedEncoding;
  /** Conventions of real reports to print the report with (blank zeros, crawler headers ...). */
  conventions?: readonly Convention[];
  /** HTML as Word's "save as web page" writes it (td > p > span); default: by the seed, now and then. */
  wordHtml?: boolean;
  /** Cut the report part-way through its tables, as a crawler or a site sometimes does. */
  truncate?: boolean;
  /**
   * A planted copy: print these narrative sections of another generated report (its seed and options)
   * word for word, as a body that copies last year's report or another body's does.
   */
  copyNarrativesFrom?: { seed: number; options: TruthOptions; sections: readonly NarrativeKey[] };
}

export type NarrativeKey = 'overview' | 'problems' | 'otherMatters';

export interface GeneratedReport {
  fileName: string;
  bytes: Uint8Array;
  truth: ExpectedReport;
  layout: Layout;
  damaged: DamagedCell[];
  /** Cells printed blank by a convention: the parser may give their true value (inferred) or null. */
  blanked: BlankedCell[];
  /** Whether the bytes stop part-way (then some tables are missing or cut short). */
  truncated: boolean;
}

export function generateTruth(seed: number, opts: TruthOptions = {}): ExpectedReport {
  return generateFacts(seed >>> 0, opts).truth;
}

export function generateReport(options: GenerateOptions): GeneratedReport {
  const p = prepare(options);
  if (p.layout === 'docx') throw new Error('generateReport: the docx layout is written asynchronously; use generateReportAsync');
  const rendered = renderText(p.layout, p.doc, p.rng, p.encoding, p.wordHtml);
  const text = p.truncate ? truncateText(rendered.text, p.rng.fork('truncate')) : rendered.text;
  return finish(p, encodeText(text, p.encoding), [...p.damaged, ...rendered.damaged]);
}

export async function generateReportAsync(options: GenerateOptions): Promise<GeneratedReport> {
  const p = prepare({ ...options, layout: options.layout ?? pickLayout(options.seed) });
  if (p.layout !== 'docx') return generateReport({ ...options, layout: p.layout });
  if (p.truncate) throw new Error('generateReportAsync: a truncated docx is not a zip; truncate text layouts');
  return finish(p, await renderDocx(p.doc, p.rng), p.damaged);
}

interface Prepared {
  seed: number;
  layout: Layout;
  encoding: GeneratedEncoding;
  doc: ReportDoc;
  damaged: DamagedCell[];
  blanked: BlankedCell[];
  rng: Rng;
  truncate: boolean;
  wordHtml: boolean | undefined;
}

function pickLayout(seed: number): Layout {
  return createRng(seed).fork('layout').pick(TEXT_LAYOUTS);
}

function prepare(options: GenerateOptions): Prepared {
  const seed = options.seed >>> 0;
  const layout = options.layout ?? pickLayout(seed);
  const facts = generateFacts(seed, options);
  const rng = createRng(seed);
  let doc = buildReportDoc(facts, rng.fork('doc'));
  if (options.copyNarrativesFrom) doc = copyNarratives(doc, options.copyNarrativesFrom);
  let damaged: DamagedCell[] = [];
  let blanked: BlankedCell[] = [];
  if (options.conventions && options.conventions.length > 0) {
    const result = applyConventions(doc, rng.fork('conventions'), options.conventions);
    doc = result.doc;
    blanked = result.blanked;
  }
  if (options.damage && options.damage.length > 0) {
    const result = applyDamage(doc, rng.fork('damage'), {
      kinds: options.damage,
      rate: options.damageRate ?? 0.05,
      flat: layout === 'flat',
      strayDigits: layout !== 'spaces' && layout !== 'flat',
    });
    doc = result.doc;
    damaged = result.damaged;
  }
  return {
    seed,
    layout,
    encoding: options.encoding ?? 'utf-8',
    doc,
    damaged,
    blanked,
    rng: rng.fork(`render-${layout}`),
    truncate: options.truncate ?? false,
    wordHtml: options.wordHtml,
  };
}

function copyNarratives(doc: ReportDoc, from: NonNullable<GenerateOptions['copyNarrativesFrom']>): ReportDoc {
  const source = buildReportDoc(generateFacts(from.seed >>> 0, from.options), createRng(from.seed >>> 0).fork('doc'));
  return {
    ...doc,
    sections: doc.sections.map((section) => {
      if (!(from.sections as readonly string[]).includes(section.key)) return section;
      const copied = source.sections.find((s) => s.key === section.key);
      return copied ? { ...section, blocks: copied.blocks } : section;
    }),
    // A body that copies another's overview copies the note above it too.
    preamble: from.sections.includes('overview') ? source.preamble : doc.preamble,
  };
}

function renderText(
  layout: Exclude<Layout, 'docx'>,
  doc: ReportDoc,
  rng: Rng,
  encoding: GeneratedEncoding,
  wordHtml: boolean | undefined,
): { text: string; damaged: DamagedCell[] } {
  const none: DamagedCell[] = [];
  switch (layout) {
    case 'tabs':
      return { text: renderTabs(doc, rng), damaged: none };
    case 'cell-lines':
      return { text: renderCellLines(doc, rng), damaged: none };
    case 'pipes':
      return { text: renderPipes(doc, rng), damaged: none };
    case 'spaces':
      return { text: renderSpaces(doc, rng), damaged: none };
    case 'ocr':
      return { text: renderOcr(doc, rng), damaged: none };
    case 'flat':
      return renderFlat(doc, rng);
    case 'html':
      return { text: renderHtml(doc, rng, { charset: htmlCharset(encoding, rng), word: wordHtml }), damaged: none };
  }
}

function htmlCharset(encoding: GeneratedEncoding, rng: Rng): string {
  if (encoding === 'gb18030') return rng.pick(['gb2312', 'GBK', 'gb18030']);
  if (encoding === 'utf-16le') return 'utf-16';
  return rng.pick(['utf-8', 'UTF-8']);
}

/** Cuts the text somewhere between the start of section 三's table and the end of section 四. */
function truncateText(text: string, rng: Rng): string {
  const from = text.search(/本年新收|本\s*年\s*新\s*收/);
  const to = text.search(/存在的主要问题|存\s*在\s*的\s*主\s*要\s*问\s*题/);
  const start = from > 0 ? from : Math.floor(text.length * 0.3);
  const end = to > start ? to : Math.floor(text.length * 0.8);
  return text.slice(0, rng.int(start, end));
}

function encodeText(text: string, encoding: GeneratedEncoding): Uint8Array {
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  // Windows tools write UTF-16 with a byte order mark.
  if (encoding === 'utf-16le') return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
  return new TextEncoder().encode(text);
}

const EXTENSIONS: Record<Layout, string> = {
  tabs: 'txt',
  'cell-lines': 'txt',
  pipes: 'md',
  spaces: 'txt',
  ocr: 'txt',
  flat: 'txt',
  html: 'html',
  docx: 'docx',
};

function finish(p: Prepared, bytes: Uint8Array, damaged: DamagedCell[]): GeneratedReport {
  return {
    fileName: `gen-${String(p.seed).padStart(6, '0')}.${EXTENSIONS[p.layout]}`,
    bytes,
    truth: p.doc.facts.truth,
    layout: p.layout,
    damaged,
    blanked: p.blanked,
    truncated: p.truncate,
  };
}
