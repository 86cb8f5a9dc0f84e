import type { NotebookDocument } from '@gongkai/schema/notebook';
import { describe, expect, it } from 'vitest';
import { insertCell, moveCell, newCell, newCellId, removeCell } from './document';

const DOC: NotebookDocument = {
  version: 1,
  cells: [
    { id: 'intro', kind: 'markdown', source: '# x' },
    { id: 'query-1', kind: 'query', source: '{ status { years } }', variables: '{}' },
    { id: 'note', kind: 'markdown', source: '' },
  ],
};

describe('cells', () => {
  it('moves a cell up and down, and not past either end', () => {
    expect(moveCell(DOC, 'query-1', -1).cells.map((c) => c.id)).toEqual(['query-1', 'intro', 'note']);
    expect(moveCell(DOC, 'query-1', 1).cells.map((c) => c.id)).toEqual(['intro', 'note', 'query-1']);
    expect(moveCell(DOC, 'intro', -1)).toBe(DOC);
    expect(moveCell(DOC, 'note', 1)).toBe(DOC);
  });

  it('inserts after a cell, or at the end', () => {
    const cell = newCell(DOC, 'markdown');
    expect(insertCell(DOC, cell, 'intro').cells.map((c) => c.id)).toEqual(['intro', 'markdown-1', 'query-1', 'note']);
    expect(insertCell(DOC, cell).cells.at(-1)!.id).toBe('markdown-1');
    expect(removeCell(DOC, 'intro').cells.map((c) => c.id)).toEqual(['query-1', 'note']);
  });

  it('gives new cells unused ids; a chart draws the nearest query above it', () => {
    expect(newCellId(DOC, 'query')).toBe('query-2');
    expect(newCell(DOC, 'chart', 'note')).toMatchObject({ id: 'chart-1', kind: 'chart', queryCell: 'query-1', chartType: 'bar' });
    expect(newCell(DOC, 'parameter')).toMatchObject({ kind: 'parameter', name: 'p1', control: 'text' });
  });
});
