import { describe, expect, it } from 'vitest';
import { flatCells, tokenizeText } from './tokenize.ts';

const texts = (t: string) => tokenizeText(t).rows.map((r) => r.cells.map((c) => c.text));

describe('tokenizeText', () => {
  it('splits tab rows and keeps empty cells', () => {
    expect(texts('规章\t0\t\t1\n')).toEqual([['规章', '0', '', '1']]);
  });

  it('splits markdown pipe rows, drops separators and the outer pipes', () => {
    expect(texts('| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n')).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '0'],
    ]);
  });

  it('splits pdftotext rows on spaces and keeps numbering with its label', () => {
    expect(texts('      1. 属于国家秘密         1     0      0\n')).toEqual([['1.属于国家秘密', '1', '0', '0']]);
  });

  it('drops page footers', () => {
    expect(texts('规章 0 0 0\n                 -3-\n行政许可 5\n')).toEqual([
      ['规章', '0', '0', '0'],
      ['行政许可', '5'],
    ]);
  });

  it('points cells back into the text', () => {
    const text = 'a\n规章\t12\t7\n';
    const cells = tokenizeText(text).rows[1]!.cells;
    for (const c of cells) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(cells[1]!.line).toBe(2);
  });
});

describe('flatCells', () => {
  const cells = (t: string) => flatCells({ text: t, start: 0, line: 1 }).map((c) => c.text);
  it.each([
    ['规章000行政规范性文件120', ['规章', '000', '行政规范性文件', '120']],
    ['没有现成信息需要另行制作00000003.补正后申请内容仍不明确', ['没有现成信息需要另行制作', '0000000', '3.补正后申请内容仍不明确']],
    ['行政事业性收费7730.28三、收到', ['行政事业性收费', '7730.28', '三、收到']],
  ])('splits %j into text and digit runs', (text, expected) => {
    expect(cells(text)).toEqual(expected);
  });
});
