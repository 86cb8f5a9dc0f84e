import { describe, expect, it } from 'vitest';
import { doubtfulNumbers, glyphShapes, glyphSimilarity, readByTypeface } from './scan-glyphs.ts';
import type { ReadNumber } from './scan-glyphs.ts';

// Digits drawn as a typeface would print them, each a little off where its copies stand (as a scan puts
// them), in cells 40 pixels wide on one strip of page.
const WIDTH = 40 * 30;
const HEIGHT = 30;
const gray = new Uint8Array(WIDTH * HEIGHT).fill(255);
let nextCell = 0;

type Shape = (x: number, y: number) => boolean;
/** A ring: 0. */
const zero: Shape = (x, y) => {
  const d = ((x - 4) / 4) ** 2 + ((y - 7) / 7) ** 2;
  return d <= 1 && d >= 0.45;
};
/** A stem with a foot: 1. */
const one: Shape = (x, y) => (x >= 3 && x <= 5) || (y >= 13 && x >= 1 && x <= 7);
/** A bar across the top and a stroke down to the left: 7. */
const seven: Shape = (x, y) => y <= 1 || Math.abs(x - (8 - (y * 6) / 14)) <= 1;
/** Two rings one above the other: 8. */
const eight: Shape = (x, y) => {
  const top = ((x - 4) / 3.5) ** 2 + ((y - 3.5) / 3.5) ** 2;
  const bottom = ((x - 4) / 4) ** 2 + ((y - 10.5) / 3.5) ** 2;
  return (top <= 1 && top >= 0.4) || (bottom <= 1 && bottom >= 0.4);
};

/** Prints the shapes side by side in a fresh cell, `shift` pixels down and across; its number as read. */
function cell(shapes: Shape[], text: string, shift = 0): ReadNumber {
  const x0 = nextCell++ * 40;
  const box = { x0, y0: 0, x1: x0 + 40, y1: HEIGHT };
  shapes.forEach((shape, k) => {
    for (let y = 0; y < 15; y++) for (let x = 0; x < 9; x++) if (shape(x, y)) gray[(6 + shift + y) * WIDTH + x0 + 4 + shift + k * 11 + x] = 20;
  });
  return { text, glyphs: glyphShapes({ width: WIDTH, gray }, box) };
}

describe('glyphShapes', () => {
  it('gives one grid per printed character, alike for copies of a digit and unlike for different digits', () => {
    const a = cell([zero, one], '01');
    const b = cell([zero], '0', 1);
    expect(a.glyphs).toHaveLength(2);
    expect(glyphSimilarity(a.glyphs[0]!, b.glyphs[0]!)).toBeGreaterThan(0.8);
    expect(glyphSimilarity(a.glyphs[1]!, b.glyphs[0]!)).toBeLessThan(0.5);
  });
});

describe('doubtfulNumbers', () => {
  const zeros = [0, 1, 0, 1].map((shift) => cell([zero], '0', shift));
  const ones = [cell([one, one], '11'), cell([one, zero], '10', 1), cell([one], '1')];

  it('passes numbers whose every digit looks like the document’s other copies of it', () => {
    expect(doubtfulNumbers([...zeros, ...ones])).toEqual(new Set());
  });

  it('doubts a digit read as another that it does not look like: a 7 read as 0 by both passes', () => {
    const misread = cell([one, seven], '10', 1);
    const numbers = [...zeros, ...ones, misread];
    expect(doubtfulNumbers(numbers)).toEqual(new Set([numbers.indexOf(misread)]));
  });

  it('takes a digit printed only once when it is like no other digit, and doubts it when it looks like one', () => {
    const lone = cell([eight], '8');
    const oneAsNine = cell([one], '9', 1);
    const numbers = [...zeros, ...ones, lone, oneAsNine];
    expect(doubtfulNumbers(numbers)).toEqual(new Set([numbers.indexOf(oneAsNine)]));
  });

  it('doubts a number with more or fewer glyphs than characters read', () => {
    const numbers = [...zeros, { ...cell([one, one], '11'), text: '1' }];
    expect(doubtfulNumbers(numbers)).toEqual(new Set([zeros.length]));
  });
});

describe('readByTypeface', () => {
  const zeros = [0, 1, 0, 1].map((shift) => cell([zero], '0', shift));
  const sevens = [0, 1, 0].map((shift) => cell([seven], '7', shift));
  const ones = [cell([one, one], '11'), cell([one, zero], '10', 1), cell([one], '1'), cell([one], '1', 1)];
  const unread = (shape: Shape, shift = 0) => cell([shape], '?', shift).glyphs[0]!;

  it('reads a glyph the engine could not read as the digit its trusted copies are', () => {
    const [asZero, asSeven] = readByTypeface([...zeros, ...sevens, ...ones], [unread(zero, 1), unread(seven, 1)]);
    expect(asZero).toMatchObject({ char: '0' });
    expect(asZero!.similarity).toBeGreaterThan(0.9);
    expect(asSeven).toMatchObject({ char: '7' });
  });

  it('reads no 1 (a stroke alone may be a ruling’s remnant), no digit with fewer than three copies, nothing unlike every digit', () => {
    const halfRing: Shape = (x, y) => zero(x, y) && x < 4;
    expect(readByTypeface([...zeros, ...sevens, ...ones], [unread(one), unread(halfRing)])).toEqual([null, null]);
    expect(readByTypeface([...zeros.slice(0, 2), ...sevens], [unread(zero)])).toEqual([null]);
  });
});
