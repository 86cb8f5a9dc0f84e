import { describe, expect, it } from 'vitest';
import type { CellReading } from './ocr.ts';
import { wordsAmongValues } from './ocr.ts';

const number = (text: string): CellReading => ({ text, glyphs: [], confidence: 90 });

describe('wordsAmongValues', () => {
  it('finds a character or two read between two values of a ruled row (a 0 read as 人), to read again as a value', () => {
    // 3.要求提供公开出版物 | 0 | 人 | 0 | ? | 0 …
    expect(wordsAmongValues(['3.要求提供公开出版物', number('0'), '人', number('0'), '?', '了', number('0')])).toEqual([2, 5]);
  });

  it('leaves labels before the values, a printed blank mark, and words next to an empty cell', () => {
    expect(wordsAmongValues(['（六）', '其他', number('4'), number('0')])).toEqual([]);
    expect(wordsAmongValues([number('4'), '无', number('0')])).toEqual([]);
    expect(wordsAmongValues([number('4'), '人', '', number('0')])).toEqual([]);
    expect(wordsAmongValues([number('4'), '结果维持', number('0')])).toEqual([]);
  });
});
