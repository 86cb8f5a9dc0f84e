import type { Cell, Row } from './document.ts';
import type { Reading } from './normalise.ts';
import { readCell } from './normalise.ts';
import type { PlacedCell } from './regions.ts';

// Cells of a section → segments: a label (the words since the last values) followed by its value slots.
// Labels may wrap over lines before, around or after their numbers; a segment does not care which line
// a piece came from, so every layout reduces to the same sequence.

export interface Slot {
  cell: Cell;
  reading: Reading;
  row: number;
  /** An empty cell after the row's last value: table padding, or a blank last column. */
  trailing?: boolean;
}

export interface Segment {
  label: string;
  labelCells: Cell[];
  slots: Slot[];
  /** Label words on the same row as the first value: the strongest evidence of which row this is. */
  ownText: string;
  /** Label words from earlier rows (a label wrapped above its numbers). */
  prefixText: string;
  /** Row of the first value slot (or of the label when there is none). */
  row: number;
  /** Whether the values came from a real table row (cells delimited), not from text laid out by spaces. */
  tabular: boolean;
}

export function buildSegments(placed: PlacedCell[], rows: Row[]): Segment[] {
  const segments: Segment[] = [];
  let seg: Segment | null = null;
  const open = (row: number, tabular: boolean): Segment => {
    seg = { label: '', labelCells: [], slots: [], row, tabular, ownText: '', prefixText: '' };
    segments.push(seg);
    return seg;
  };

  const rowOf = new Map<Cell, number>(placed.map((p) => [p.cell, p.row]));
  const readings = placed.map((p) => readCell(p.cell.text));
  let i = 0;
  while (i < placed.length) {
    const rowIndex = placed[i]!.row;
    const tabular = rows[rowIndex]?.tabular ?? false;
    let seenContent = false;
    let valuesInRow = false;
    let pending: Slot[] = [];
    let leading: Slot[] = [];
    for (; i < placed.length && placed[i]!.row === rowIndex; i++) {
      const { cell } = placed[i]!;
      const reading = readings[i]!;
      switch (reading.kind) {
        case 'text': {
          const cur: Segment = seg && (seg as Segment).slots.length === 0 ? seg : open(rowIndex, tabular);
          cur.label += cell.text;
          cur.labelCells.push(cell);
          seenContent = true;
          valuesInRow = false;
          pending = [];
          break;
        }
        case 'blank':
        case 'noise': {
          // A table row of bare numbers (section 四's data row) may start with a blank first column.
          if (tabular && !seenContent && reading.kind === 'blank' && rowHasNoWords(placed, readings, i, rowIndex)) {
            leading.push({ cell, reading, row: rowIndex });
            break;
          }
          // A printed mark (/, -, 无) is always a cell. An empty cell counts between a row's label and its
          // values (merged-cell padding in front does not); noise only between two values of a table row,
          // where it stands for a lost digit.
          const explicit = reading.kind === 'blank' && cell.text.trim() !== '';
          if (explicit && !seenContent && !valuesInRow) {
            let cur: Segment = seg ?? open(rowIndex, tabular);
            if (cur.slots.length > 0) cur = open(rowIndex, tabular);
            cur.row = rowIndex;
            cur.tabular = tabular;
            cur.slots.push({ cell, reading, row: rowIndex });
            seenContent = true;
            valuesInRow = true;
            break;
          }
          if (reading.kind === 'blank' ? seenContent : valuesInRow && tabular) pending.push({ cell, reading: reading.kind === 'blank' ? reading : { kind: 'garbled', candidates: [] }, row: rowIndex });
          break;
        }
        default: {
          let cur: Segment = seg ?? open(rowIndex, tabular);
          // A row of bare numbers after a row that already gave values is a new (unlabelled) segment.
          if (!seenContent && cur.slots.length > 0) cur = open(rowIndex, tabular);
          if (cur.slots.length === 0) {
            cur.row = rowIndex;
            cur.tabular = tabular;
          }
          cur.slots.push(...leading, ...pending, { cell, reading, row: rowIndex });
          pending = [];
          leading = [];
          seenContent = true;
          valuesInRow = true;
        }
      }
    }
    // Empty cells after a table row's last value: the fitter decides whether they are padding.
    if (valuesInRow && tabular && seg) for (const p of pending) if (p.reading.kind === 'blank') (seg as Segment).slots.push({ ...p, trailing: p.reading.kind === 'blank' && p.cell.text.trim() === '' });
  }
  for (const s of segments) {
    const valueRow = s.slots[0]?.row ?? -1;
    for (const c of s.labelCells) {
      if (rowOf.get(c) === valueRow) s.ownText += c.text;
      else s.prefixText += c.text;
    }
  }
  return segments;
}

function rowHasNoWords(placed: PlacedCell[], readings: Reading[], from: number, row: number): boolean {
  for (let k = from; k < placed.length && placed[k]!.row === row; k++) if (readings[k]!.kind === 'text') return false;
  return true;
}
