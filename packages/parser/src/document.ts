import type { SourceFormat, TextEncoding } from '@gongkai/schema/report';

// The shape every input format is brought to before recognition: rows of cells in reading order, each
// cell pointing back into `text`, the decoded source that provenance refers to.

export interface Cell {
  /** Cell text with markup removed (line breaks inside a cell kept as '\n'). */
  text: string;
  /** 0-based offsets into SourceDocument.text, end exclusive. */
  start: number;
  end: number;
  /** 1-based line of `start` in SourceDocument.text. */
  line: number;
  /** Table rows only: the column where the cell starts (merged cells above taken into account in HTML). */
  col?: number;
  /** Table rows only: how many columns the cell spans (HTML colspan). */
  span?: number;
  /** The document stops right after this cell: its text may be cut short. */
  cut?: boolean;
}

export interface Row {
  cells: Cell[];
  /** True for rows of a real table (HTML/DOCX <tr>, tab or pipe separated text). */
  tabular: boolean;
  /** Columns of the row's table: HTML's grid width, or the cells of a text row. */
  width?: number;
  /** True where cells' columns are exact (HTML/DOCX tables, merged cells resolved). */
  grid?: boolean;
  /** A markdown pipe row: converters push such rows a cell right now and then. */
  piped?: boolean;
}

export interface SourceDocument {
  /** The decoded source (text, HTML, or the layout text rebuilt from a PDF). */
  text: string;
  rows: Row[];
  format: SourceFormat;
  encoding: TextEncoding | null;
  /** Layout name for diagnostics and benchmarks: tabs, cell-lines, pipes, spaces, flat, html, docx, pdf. */
  layout: string;
}

/** Maps offsets to 1-based line numbers with a binary search over line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
