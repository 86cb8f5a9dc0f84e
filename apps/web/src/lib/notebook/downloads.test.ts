import { describe, expect, it } from 'vitest';
import { BOM, chartCsv, chartDescription, composeSvg, escapeXml, fileName, legendRows, tableCsv, toCsv } from './downloads';
import type { ChartModel } from './result';

const MODEL: ChartModel = {
  rows: [
    { x: 2023, s0_0: 30, s0_1: null },
    { x: 2024, s0_0: 60, s0_1: 40 },
  ],
  series: [
    { key: 's0_0', label: '予以公开' },
    { key: 's0_1', label: '不予公开' },
  ],
  xLabel: '年度',
  yLabel: '办理结果（件）',
  axisLabel: '办理结果（件）',
  unit: '件',
};

describe('CSV', () => {
  it('starts with the BOM, ends lines with CRLF, quotes what needs quoting', () => {
    const csv = toCsv(
      ['名称', 'n'],
      [
        ['a,b', 1],
        ['say "hi"', null],
        ['two\nlines', 2.5],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('名称,n\r\n"a,b",1\r\n"say ""hi""",\r\n"two\nlines",2.5\r\n');
  });

  it('keeps a text that looks like a formula as text', () => {
    expect(toCsv(['x'], [['=1+1'], ['@cmd'], [-3]]).slice(1)).toBe("x\r\n'=1+1\r\n'@cmd\r\n-3\r\n");
  });

  it('a chart: the x column, then one column per series with the unit', () => {
    expect(chartCsv(MODEL).slice(1)).toBe('年度,予以公开 (件),不予公开 (件)\r\n2023,30,\r\n2024,60,40\r\n');
  });

  it('a query table: its column labels and rows', () => {
    expect(
      tableCsv({
        kind: 'columnar',
        path: 'analytics',
        columns: [
          { key: 'YEAR', label: '年度', unit: null },
          { key: 'r', label: '报告数', unit: '份' },
          { key: 'o', label: 'obj', unit: null },
        ],
        rows: [[2024, 3, { a: 1 }]],
      }).slice(1),
    ).toBe('年度,报告数 (份),obj\r\n2024,3,"{""a"":1}"\r\n');
  });
});

describe('SVG', () => {
  it('is a standalone document: title, desc with the data, legend, chart, note', () => {
    const { svg, width, height } = composeSvg({
      title: '办理结果 <构成> & 占比',
      chart: '<svg width="600" height="300" viewBox="0 0 600 300"><rect width="10" height="10"/></svg>',
      width: 600,
      chartHeight: 300,
      legend: MODEL.series.map((s, i) => ({ label: s.label, colour: ['#0072B2', '#E69F00'][i]! })),
      description: chartDescription(MODEL),
      note: '数据来源：公开',
      font: 'system-ui, "Noto Sans CJK SC"',
    });
    expect(width).toBe(600);
    expect(height).toBe(34 + 20 + 6 + 300 + 22);
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="600" height="382"/);
    expect(svg).toContain('<title>办理结果 &lt;构成&gt; &amp; 占比</title>');
    expect(svg).toContain('<desc>2023: 予以公开 30; 不予公开 —\n2024: 予以公开 60; 不予公开 40</desc>');
    expect(svg).toContain('<svg x="0" y="60" width="600"');
    expect(svg).toContain('fill="#E69F00"/><text x="18" y="12" font-size="13" fill="#1b1f24">不予公开</text>');
    expect(svg).toContain('font-family="system-ui, &quot;Noto Sans CJK SC&quot;"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('flows a long legend into rows', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ label: `第${i}个很长的系列名称` }));
    const rows = legendRows(items, 400);
    expect(rows.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(rows.length).toBeGreaterThan(2);
  });

  it('escapes XML', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('file names', () => {
  it.each([
    ['办理结果构成', 'csv', '办理结果构成.csv'],
    ['a/b: c?', 'svg', 'a_b_ c_.svg'],
    ['   ', 'png', 'chart.png'],
  ])('%s → %s', (title, ext, expected) => {
    expect(fileName(title, ext)).toBe(expected);
  });
});
