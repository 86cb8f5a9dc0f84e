import { describe, expect, it } from 'vitest';
import type { ReviewCellIn } from './review-items';
import { reviewItems, sourceWindow } from './review-items';

const cell = (path: string, value: number | null, state = 'PRINTED', extra: Partial<ReviewCellIn> = {}): ReviewCellIn => {
  const [section, row, column] = path.split('.') as [string, string, string];
  return { path, section, row, column, value, decimal: value === null ? null : String(value), state, line: null, corrections: [], ...extra };
};

describe('reviewItems', () => {
  it('walks stale corrections, then empty cells of 三 and 四 (total first in a row), then large inferred values; corrected cells are done', () => {
    const cells = [
      cell('active.fees.amount', null, 'MISSING'),
      cell('applications.newlyReceived.naturalPerson', null, 'MISSING'),
      cell('applications.newlyReceived.total', null, 'MISSING'),
      cell('applications.carriedOver.naturalPerson', 150, 'INFERRED', { line: 43 }),
      cell('applications.carriedOver.total', 3, 'INFERRED'),
      cell('applications.granted.total', null, 'CORRECTED'),
      cell('review.reconsideration.upheld', 2, 'PRINTED', { corrections: [{ id: '7', status: 'STALE', decimal: '5' }] }),
    ];
    const items = reviewItems(cells, [{ path: 'applications.newlyReceived.naturalPerson', line: 42 }]);
    expect(items.map((i) => [i.kind, i.path, i.initial])).toEqual([
      ['stale', 'review.reconsideration.upheld', '5'],
      ['empty', 'applications.newlyReceived.total', ''],
      ['empty', 'applications.newlyReceived.naturalPerson', ''],
      ['inferred', 'applications.carriedOver.naturalPerson', '150'],
    ]);
    // A blank cell has no place of its own: the diagnostic about it (or its row) gives the line.
    expect(items.find((i) => i.path === 'applications.newlyReceived.total')!.line).toBe(42);
    expect(items.find((i) => i.path === 'applications.carriedOver.naturalPerson')!.line).toBe(43);
  });
});

describe('sourceWindow', () => {
  it('shows the lines around the hit, numbered from 1, and nothing for a line the text does not have', () => {
    const text = ['a', 'b', 'c', 'd', 'e'].join('\n');
    expect(sourceWindow(text, 2, 1)).toEqual([
      { number: 1, text: 'a', hit: false },
      { number: 2, text: 'b', hit: true },
      { number: 3, text: 'c', hit: false },
    ]);
    expect(sourceWindow(text, 9)).toEqual([]);
    expect(sourceWindow(null, 1)).toEqual([]);
  });
});
