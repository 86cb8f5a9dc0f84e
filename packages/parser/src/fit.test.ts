import { describe, expect, it } from 'vitest';
import { splitGlued } from './fit.ts';

const rule3 = (p: number[]) => p.slice(0, 6).reduce((a, b) => a + b, 0) === p[6];

describe('splitGlued', () => {
  it.each([
    ['0000000', [['0', '0', '0', '0', '0', '0', '0']]],
    ['1000001', [['1', '0', '0', '0', '0', '0', '1']]],
    ['21000002 1'.replace(' ', ''), [['21', '0', '0', '0', '0', '0', '21']]],
  ])('splits %s into the one reading rule 3 allows', (digits, expected) => {
    expect(splitGlued(digits, 7, 7, rule3, false).tuples).toEqual(expected);
  });

  it('returns every reading when the rules cannot choose', () => {
    const { tuples } = splitGlued('1011', 3, 3, undefined, false);
    expect(tuples).toEqual([
      ['1', '0', '11'],
      ['10', '1', '1'],
    ]);
  });

  it('never reads a leading zero into a number', () => {
    expect(splitGlued('0010', 2, 2, undefined, false).tuples).toEqual([]);
    expect(splitGlued('010', 2, 2, undefined, false).tuples).toEqual([['0', '10']]);
  });

  it('keeps decimals whole for money', () => {
    expect(splitGlued('1613.595', 2, 2, undefined, true).tuples).toEqual([
      ['1', '613.595'],
      ['16', '13.595'],
      ['161', '3.595'],
    ]);
  });
});
