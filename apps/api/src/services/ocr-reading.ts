// What OCR made of a scan, as stored and passed between threads: kept apart from ocr.ts so that the
// store can name it without loading the OCR engine.

/** Which OCR read a scan: a stored reading of another version is not reused (bump it when the reading changes). */
export const OCR_VERSION = 3;

/** A page of a scan as kept for the report page: grey PNG, about PAGE_WIDTH wide; cell boxes are in its pixels. */
export interface ScanPage {
  page: number;
  width: number;
  height: number;
  png: Uint8Array;
}

/** Pages are kept about this wide (A4 at 150 dpi): enough to check a number by eye. */
export const PAGE_WIDTH = 1240;

export interface ScanReading {
  text: string;
  pages: number;
  ms: number;
  /** Each table cell's place in `text`, with its page and box (in the kept page's pixels) and, for a number, the engine's confidence. */
  cells: { start: number; end: number; page: number; box: [number, number, number, number]; confidence?: number }[];
  images: ScanPage[];
}
