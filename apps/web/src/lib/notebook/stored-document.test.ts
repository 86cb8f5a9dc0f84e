import { describe, expect, it } from 'vitest';
import { asDocument } from './stored-document';

describe('asDocument', () => {
  it.each([null, undefined, 'text', 42, {}, { cells: 'none' }])('reads %o as an empty notebook', (json) => {
    expect(asDocument(json)).toEqual({ version: 1, cells: [] });
  });

  it('keeps the cells the schema accepts and leaves out the others', () => {
    const json = {
      cells: [
        { id: 'a', kind: 'markdown', source: '' },
        { id: 'bad id', kind: 'markdown', source: '' },
        { id: 'b', kind: 'html', source: '<p>' },
        { id: 'c', kind: 'chart', queryCell: 'q', chartType: 'bar', x: 'YEAR', y: [], title: '' },
        { id: 'q', kind: 'query', source: '{ status { years } }' },
      ],
    };
    expect(asDocument(json).cells).toEqual([
      { id: 'a', kind: 'markdown', source: '' },
      { id: 'q', kind: 'query', source: '{ status { years } }', variables: '{}' },
    ]);
  });
});
