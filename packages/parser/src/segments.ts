import type { Cell, Row } from './document.ts';
import type { Reading } from './normalise.ts';
import { isPrintedMark, readCell } from './normalise.ts';
import type { PlacedCell } from './regions.ts';

// Cells of a section → segments: a label and the value cells that follow it on its row. Labels may wrap
// over lines before, around or after their numbers; words on lines without numbers are kept both as a
// segment of their own (a row whose cells are all blank) and as context for the numbers around them,
// and the alignment decides which reading the labels support. A blank cell is a cell: it never lets a
// neighbouring row's numbers slide into its place.

export interface Slot {
  cell: Cell;
  reading: Reading;
  row: number;
  /** An empty cell after the row's last value: table padding, or a blank last column. */
  trailing?: boolean;
}

export type SegmentKind =
  /** Printed or damaged numbers follow the label. */
  | 'values'
  /** A table row whose label is followed only by blank cells (empty, /, -, 无 ...). */
  | 'blank'
  /** Words on a row without any value cell: a wrapped label, a heading, or a row printed empty. */
  | 'label';

export interface Segment {
  kind: SegmentKind;
  /** Context and own words: what the label reads as a whole. */
  label: string;
  labelCells: Cell[];
  slots: Slot[];
  /** Label words on the segment's own row (for values: the row of the first value). */
  ownText: string;
  /** Words of the rows without values just before (a label wrapped above its numbers). */
  prefixText: string;
  /** Row of the first value slot (or of the label when there is none). */
  row: number;
  /** Whether the row is a real table row (cells delimited), not text laid out by spaces. */
  tabular: boolean;
}

/** One row cut at its labels: words, then the value cells after them. */
interface Piece {
  labelCells: Cell[];
  slots: Slot[];
  row: number;
  tabular: boolean;
  hasValues: boolean;
}

const TEXT: Reading = { kind: 'text' };

export function buildSegments(placed: PlacedCell[], rows: Row[]): Segment[] {
  const pieces = cutRows(placed, rows);
  const segments: Segment[] = [];
  // The words since the last values, gathered as they come (linear however long the run).
  let contextCells: Cell[] = [];
  let contextText = '';
  const text = (cells: Cell[]) => cells.map((c) => c.text).join('');
  for (const p of pieces) {
    const own = text(p.labelCells);
    if (p.hasValues) {
      segments.push({
        kind: 'values',
        label: contextText + own,
        labelCells: contextCells.length > 0 ? [...contextCells, ...p.labelCells] : p.labelCells,
        slots: p.slots,
        ownText: own,
        prefixText: contextText,
        row: p.slots[0]?.row ?? p.row,
        tabular: p.tabular,
      });
      contextCells = [];
      contextText = '';
      continue;
    }
    if (p.labelCells.length === 0) continue;
    const blankRow = p.slots.length > 0;
    segments.push({
      kind: blankRow ? 'blank' : 'label',
      label: own,
      labelCells: p.labelCells,
      slots: blankRow ? p.slots : [],
      ownText: own,
      prefixText: '',
      row: p.row,
      tabular: p.tabular,
    });
    for (const c of p.labelCells) contextCells.push(c);
    contextText += own;
  }
  return segments;
}

/** Each row → pieces: label words followed by value cells (a row may hold several, as flat text does). */
function cutRows(placed: PlacedCell[], rows: Row[]): Piece[] {
  const pieces: Piece[] = [];
  const readings = placed.map((p) => readCell(p.cell.text));
  let i = 0;
  while (i < placed.length) {
    const rowIndex = placed[i]!.row;
    const tabular = rows[rowIndex]?.tabular ?? false;
    let end = i;
    while (end < placed.length && placed[end]!.row === rowIndex) end++;
    const noWords = !readings.slice(i, end).some((r) => r.kind === 'text');
    let piece: Piece | null = null;
    /** Blank or damaged cells waiting for a value after them (between two values, or label and value). */
    let pending: Slot[] = [];
    const open = (): Piece => {
      piece = { labelCells: [], slots: [], row: rowIndex, tabular, hasValues: false };
      pieces.push(piece);
      return piece;
    };
    for (let k = i; k < end; k++) {
      const { cell } = placed[k]!;
      // A number followed by 年 is a year in a sentence (“2024 年，我市…”), not a value.
      const reading = readings[k]!.kind !== 'text' && k + 1 < end && placed[k + 1]!.cell.text.startsWith('年') ? TEXT : readings[k]!;
      const current = piece as Piece | null;
      if (reading.kind === 'text') {
        // Words after values start the next label of the row (flat text runs rows together); blank cells
        // between two words of a label are merged-cell padding.
        const p = current && !current.hasValues ? current : open();
        p.labelCells.push(cell);
        pending = [];
        continue;
      }
      if (reading.kind === 'blank' || reading.kind === 'noise') {
        const explicit = reading.kind === 'blank' && isPrintedMark(cell.text);
        if (!current) {
          // Before any word: merged-cell padding, unless the row is bare numbers (section 四's data row
          // may start with a blank first column) or the mark is printed (/, -, 无 are cells).
          if (reading.kind === 'blank' && (explicit || (tabular && noWords))) pending.push({ cell, reading, row: rowIndex });
          else if (tabular && isUnreadableMark(cell.text)) pending.push({ cell, reading: { kind: 'garbled', candidates: [] }, row: rowIndex });
          continue;
        }
        // Noise stands for a lost digit only between two values of a table row; a printed “?” (what OCR
        // and lossy decoders put for what they could not read) is a cell wherever it stands in one.
        if (reading.kind === 'noise' && !(tabular && (current.hasValues || isUnreadableMark(cell.text)))) continue;
        pending.push({ cell, reading: reading.kind === 'blank' ? reading : { kind: 'garbled', candidates: [] }, row: rowIndex });
        continue;
      }
      const p = current ?? open();
      p.slots.push(...pending, { cell, reading, row: rowIndex });
      p.hasValues = true;
      pending = [];
    }
    const last = piece as Piece | null;
    if (last?.hasValues) {
      // Empty cells after a table row's last value: the fitter decides whether they are padding.
      // Printed marks (/ - 无) are cells in any layout.
      for (const s of pending) {
        if (s.reading.kind !== 'blank') {
          if (tabular && isUnreadableMark(s.cell.text)) last.slots.push(s);
          continue;
        }
        const empty = !isPrintedMark(s.cell.text);
        if (tabular || !empty) last.slots.push({ ...s, trailing: empty });
      }
    } else if (last) finishBlank(last, pending);
    else if (pending.length > 0 && pending.some((s) => isPrintedMark(s.cell.text))) {
      // A row of printed blank marks only (/ / / …): section 四's data row with every cell unfilled.
      pieces.push({ labelCells: [], slots: pending, row: rowIndex, tabular, hasValues: true });
    }
    i = end;
  }
  return pieces;
}

/** A cell printed as “?” (or □, �): a value that was there but could not be read. */
export function isUnreadableMark(text: string): boolean {
  return /^[?？□�]+$/.test(text.trim());
}

/**
 * A label followed by blank cells only: those cells are the row's (blank) values; in text laid out by
 * spaces only printed marks (/ - 无) are cells, an empty cell leaves no trace there.
 */
function finishBlank(piece: Piece, pending: Slot[]): void {
  const unreadable = (s: Slot) => piece.tabular && isUnreadableMark(s.cell.text);
  piece.slots = pending.filter((s) => (s.reading.kind === 'blank' && (piece.tabular || isPrintedMark(s.cell.text))) || unreadable(s));
  // Cells that were printed but could not be read: the row has values, none of them known.
  if (piece.slots.some(unreadable)) piece.hasValues = true;
}
