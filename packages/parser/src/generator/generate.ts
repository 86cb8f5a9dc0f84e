import iconv from 'iconv-lite';
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
}

export interface GeneratedReport {
  fileName: string;
  bytes: Uint8Array;
  truth: ExpectedReport;
  layout: Layout;
  damaged: DamagedCell[];
}

export function generateTruth(seed: number, opts: TruthOptions = {}): ExpectedReport {
  return generateFacts(seed >>> 0, opts).truth;
}

export function generateReport(options: GenerateOptions): GeneratedReport {
  const p = prepare(options);
  if (p.layout === 'docx') throw new Error('generateReport: the docx layout is written asynchronously; use generateReportAsync');
  const rendered = renderText(p.layout, p.doc, p.rng, p.encoding);
  return finish(p, encodeText(rendered.text, p.encoding), [...p.damaged, ...rendered.damaged]);
}

export async function generateReportAsync(options: GenerateOptions): Promise<GeneratedReport> {
  const p = prepare({ ...options, layout: options.layout ?? pickLayout(options.seed) });
  if (p.layout !== 'docx') return generateReport({ ...options, layout: p.layout });
  return finish(p, await renderDocx(p.doc, p.rng), p.damaged);
}

interface Prepared {
  seed: number;
  layout: Layout;
  encoding: GeneratedEncoding;
  doc: ReportDoc;
  damaged: DamagedCell[];
  rng: Rng;
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
  let damaged: DamagedCell[] = [];
  if (options.damage && options.damage.length > 0) {
    const result = applyDamage(doc, rng.fork('damage'), { kinds: options.damage, rate: options.damageRate ?? 0.05, flat: layout === 'flat', strayDigits: layout !== 'spaces' && layout !== 'flat' });
    doc = result.doc;
    damaged = result.damaged;
  }
  return { seed, layout, encoding: options.encoding ?? 'utf-8', doc, damaged, rng: rng.fork(`render-${layout}`) };
}

function renderText(layout: Exclude<Layout, 'docx'>, doc: ReportDoc, rng: Rng, encoding: GeneratedEncoding): { text: string; damaged: DamagedCell[] } {
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
      return { text: renderHtml(doc, rng, { charset: htmlCharset(encoding, rng) }), damaged: none };
  }
}

function htmlCharset(encoding: GeneratedEncoding, rng: Rng): string {
  if (encoding === 'gb18030') return rng.pick(['gb2312', 'GBK', 'gb18030']);
  if (encoding === 'utf-16le') return 'utf-16';
  return rng.pick(['utf-8', 'UTF-8']);
}

function encodeText(text: string, encoding: GeneratedEncoding): Uint8Array {
  if (encoding === 'gb18030') return new Uint8Array(iconv.encode(text, 'gb18030'));
  // Windows tools write UTF-16 with a byte order mark.
  if (encoding === 'utf-16le') return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
  return new TextEncoder().encode(text);
}

const EXTENSIONS: Record<Layout, string> = { tabs: 'txt', 'cell-lines': 'txt', pipes: 'md', spaces: 'txt', ocr: 'txt', flat: 'txt', html: 'html', docx: 'docx' };

function finish(p: Prepared, bytes: Uint8Array, damaged: DamagedCell[]): GeneratedReport {
  return {
    fileName: `gen-${String(p.seed).padStart(6, '0')}.${EXTENSIONS[p.layout]}`,
    bytes,
    truth: p.doc.facts.truth,
    layout: p.layout,
    damaged,
  };
}
