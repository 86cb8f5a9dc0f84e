import { notebookCell } from '@gongkai/schema/notebook';
import type { NotebookDocument } from '@gongkai/schema/notebook';

// A stored notebook as the server pages read it, cell by cell with the schema's own validator. Kept apart
// from document.ts so that zod never reaches the editor's bundle in the browser.

/** The document of a stored notebook; a cell that is unreadable is left out rather than crashing the page. */
export function asDocument(json: unknown): NotebookDocument {
  const cells = (json as { cells?: unknown } | null)?.cells;
  if (!Array.isArray(cells)) return { version: 1, cells: [] };
  return {
    version: 1,
    cells: cells.flatMap((c) => {
      const cell = notebookCell.safeParse(c);
      return cell.success ? [cell.data] : [];
    }),
  };
}
