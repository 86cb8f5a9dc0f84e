import { describe, expect, it } from 'vitest';
import { readCell } from './normalise.ts';

describe('readCell', () => {
  it.each([
    ['0', 0, '0'],
    ['21', 21, '21'],
    ['３１１９', 3119, '3119'],
    ['3,119', 3119, '3119'],
    ['7730.28', 7730.28, '7730.28'],
    ['13.595', 13.595, '13.595'],
    ['0.0000', 0, '0.0000'],
    ['-2', -2, '-2'],
    ['+3', 3, '3'],
    ['21件', 21, '21'],
    ['96171.6万元', 96171.6, '96171.6'],
  ])('reads %j as the number %d', (text, value, decimal) => {
    expect(readCell(text)).toEqual({ kind: 'number', value, decimal });
  });

  it.each(['', '/', '-', '—', '无', '——', ' ', '／', '<del> </del>'])('reads %j as not filled', (text) => {
    expect(readCell(text)).toEqual({ kind: 'blank' });
  });

  it.each([
    ['О', [0]],
    ['O', [0]],
    ['1 0', [10, 1, 0]],
    ['0 1', [1, 0]],
    ['O <sup>IL</sup>', [0]],
    ['1O', [10]],
    ["5'", [5]],
    ['0·', [0]],
  ])('reads damaged %j as the candidates %j', (text, values) => {
    const r = readCell(text);
    expect(r.kind).toBe('garbled');
    if (r.kind === 'garbled') expect(r.candidates.map((c) => c.value)).toEqual(values);
  });

  it.each(['行政许可', '1.属于国家秘密', '5AZ-1H7', 'Art'])('reads %j as words', (text) => {
    expect(readCell(text).kind).toBe('text');
  });

  it.each(['·', ',,'])('reads %j as noise', (text) => {
    expect(readCell(text).kind).toBe('noise');
  });
});
