import { cellMatrix } from './cell-matrix.ts';
import { applicationLines } from './grid.ts';
import type { ApplicationLine, GridTable } from './grid.ts';
import { applicantLabels, asciiPunct, cornerLabel, REVIEW_RESULT_LABELS, RESULTS_GROUP } from './labels.ts';
import type { LabelStyle } from './labels.ts';
import type { ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';
import { spaceDigits, splitEven } from './text-utils.ts';
import { printText, signatureLines } from './text-report.ts';

// Tab-separated text out of an OCR engine run over a scanned report (seed 002): markdown heading marks,
// ASCII punctuation, garbled header text, headers of section 四 one character per cell, long labels
// wrapped onto rows of their own, merged-cell text spread over rows, stray marks in empty cells.

const JUNK_CHARS = [...'大利粉根的与统义系头效彳亍了丁口日曰田由甲申工土士干于昆园卡上生心νıĽ'];
const JUNK_CELLS = ['·', '<u> </u>', 'Ľ.', '<del> </del>', '上生', '<sub>了</sub>', '/#}-'];

export function renderOcr(doc: ReportDoc, rng: Rng): string {
  const hashes = () => '#'.repeat(rng.int(2, 4));
  const lines = printText(doc, {
    title: (t) => [`${hashes()} ${spaceDigits(t.join(' '))}`],
    heading: (h) => [`${hashes()} ${h}`],
    subhead: (s) => [rng.chance(0.5) ? `- ${s}` : `${hashes()} ${s}`, ''],
    paragraph: (p) => [stutter(p, rng)],
    tables: (tables) =>
      tables.flatMap((t) => {
        if (t.name === 'applications') return applicationRows(t, doc.style, rng).map((cells) => cells.join('\t'));
        if (t.name === 'review') return reviewRows(t, rng).map((cells) => cells.join('\t'));
        return activeRows(t, rng).map((cells) => cells.join('\t'));
      }),
    signature: (s) => signatureLines(s, true),
    gap: [''],
  });
  return asciiPunct(lines.join('\n')).replace(/[“”]/g, '"');
}

/** Replaces some characters with look-alike junk and drops spaces in, as OCR does to small print. */
export function garble(text: string, rng: Rng, rate = 0.3): string {
  return [...text].map((ch) => (rng.chance(rate) ? rng.pick(JUNK_CHARS) : ch) + (rng.chance(0.15) ? ' ' : '')).join('');
}

/** A few stray spaces inside a narrative paragraph ('积 极改进'). */
function stutter(text: string, rng: Rng): string {
  return [...text].map((ch, i) => (i > 0 && i % 37 === 0 && rng.chance(0.5) ? ` ${ch}` : ch)).join('');
}

function activeRows(table: GridTable, rng: Rng): string[][] {
  const extra = rng.int(0, 8);
  return cellMatrix(table).map((row) => {
    const cells = row.map((c) => (c.cell.role === 'header' && c.covered === null && rng.chance(0.25) ? garble(c.text, rng, 0.1) : c.text));
    return [...cells, ...new Array<string>(extra).fill('')];
  });
}

interface OcrLine {
  cells: string[];
  results: boolean;
  group: string | null;
}

function applicationRows(table: GridTable, style: LabelStyle, rng: Rng): string[][] {
  const a = applicantLabels();
  const corner = splitEven(cornerLabel(style), 3);
  const head: string[][] = [
    [garble(corner[0] ?? '', rng), rng.pick(JUNK_CELLS), '申请人情况', '', '', '', '', '', ''],
    [corner[1] ?? '', '·', '', ...splitEven(a.orgGroup, 2), '', '', '总', ''],
    [garble(corner[2] ?? '', rng), a.naturalPerson, ...a.orgs.map((o) => splitEven(o, 2)[0] ?? ''), garble('计', rng)],
    [garble('申请人', rng, 0.8), '', ...a.orgs.map((o) => splitEven(o, 2)[1] ?? ''), ''],
  ];
  const lines: OcrLine[] = [];
  for (const l of applicationLines(table)) lines.push(...dataLines(l, rng));
  spread(
    lines.filter((l) => l.results),
    0,
    splitEven(RESULTS_GROUP, 3),
    0,
  );
  const groups = [...new Set(lines.map((l) => l.group).filter((g): g is string => g !== null))];
  for (const g of groups) {
    const members = lines.filter((l) => l.group === g);
    const pieces = splitEven(asciiPunct(g), rng.int(2, 3));
    spread(members, 1, pieces, Math.max(0, Math.floor((members.length - pieces.length) / 2)));
  }
  return [...head, ...lines.map((l) => l.cells)];
}

function dataLines(l: ApplicationLine, rng: Rng): OcrLine[] {
  const numbers = l.numbers.map((c) => c.text);
  const base = { results: l.inResults, group: l.group?.label ?? null };
  const wrapAt = l.level === 2 ? rng.int(7, 9) : 12;
  const chars = [...l.label];
  const wrap = l.level > 0 && chars.length > wrapAt + 2 && rng.chance(0.7);
  const head = wrap ? chars.slice(0, wrapAt).join('') : l.label;
  const tail = wrap ? chars.slice(wrapAt).join('') : null;
  const lead = (n: number) => new Array<string>(n).fill('').map(() => (rng.chance(0.04) ? rng.pick(JUNK_CELLS) : ''));
  const trail = l.level === 0 && rng.chance(0.3) ? ['', '', ''] : [];
  const cells = l.level === 0 ? [head, ...numbers, ...trail] : [...lead(l.level), head, ...numbers];
  const out: OcrLine[] = [{ ...base, cells }];
  if (tail !== null) {
    const filler = new Array<string>(numbers.length).fill('').map(() => (rng.chance(0.05) ? rng.pick(JUNK_CELLS) : ''));
    out.push({ ...base, cells: [...new Array<string>(l.level).fill(''), tail, ...filler] });
  }
  return out;
}

/** Writes the pieces of a merged cell's text into column `col` of consecutive lines. */
function spread(lines: OcrLine[], col: number, pieces: string[], from: number): void {
  pieces.forEach((p, i) => {
    const line = lines[from + i];
    if (line && line.cells.length > col && line.cells[col] === '') line.cells[col] = p;
  });
}

function reviewRows(table: GridTable, rng: Rng): string[][] {
  const labels = [...REVIEW_RESULT_LABELS, ...REVIEW_RESULT_LABELS, ...REVIEW_RESULT_LABELS];
  const numbers = table.rows.filter((r) => !r.header).flatMap((r) => r.cells.map((c) => c.text));
  const charRow = (i: number) => labels.map((l) => [...l][i] ?? '');
  return [
    ['', garble('行政复议', rng, 0.5), garble('复议 行政诉讼', rng, 0.3), ...new Array<string>(11).fill('')],
    [...charRow(0).slice(0, 5), '未经复议直接起诉', '', '', '', '', '', '', '复议后', '起诉', ''],
    charRow(1),
    [garble('维持', rng, 0.6), rng.pick(JUNK_CELLS), rng.pick(JUNK_CELLS), '', ',,', ...charRow(2).slice(5)],
    charRow(3),
    numbers,
  ];
}
