// The package's entry (@gongkai/parser/parse): the pipeline is composed in compose.ts, the report built
// in assemble.ts; callers import from here only.

export { PARSER_VERSION, parseDocument, parseReport, parseReportWithSource, parseText } from './compose.ts';
export type { ParseOptions } from './compose.ts';
export { agencyFromTitle } from './metadata.ts';
// Scanned PDFs: the page images and their layout, for the OCR stage that lives with the API (it needs the
// OCR engine's files); the text it reads comes back through parseReportWithSource.
export { MAX_PAGE_PIXELS, pdfPageImages } from './extract-pdf.ts';
export type { PageImage } from './extract-pdf.ts';
export {
  composeScanText,
  composeScanTextWithCells,
  cropPgm,
  deskew,
  faintPoint,
  glyphCount,
  inkBox,
  inkIn,
  inkPieces,
  layoutScannedPage,
} from './scan-layout.ts';
export { imageKind, imagePages } from './extract-image.ts';
export type { Box, ScanRegion, ScanTextPage } from './scan-layout.ts';
export { doubtfulNumbers, glyphShapes, readByTypeface } from './scan-glyphs.ts';
export type { ReadNumber } from './scan-glyphs.ts';
