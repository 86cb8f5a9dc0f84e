import { describe, expect, it } from 'vitest';
import { chartModel, optionList, pathLabel, resolvePath, resultPaths, resultTables, syntheticShare } from './result';

// Results shaped as the API answers the shipped notebooks' queries.
const OUTCOMES = {
  analytics: {
    columns: [
      { key: 'YEAR', labelZh: '年度', labelEn: 'Year', unit: null, values: [2023, 2023, 2024, 2024] },
      { key: 'OUTCOME_GROUP', labelZh: '办理结果', values: ['granted', 'denied', 'granted', 'denied'] },
      { key: 'OUTCOME_GROUP.label', labelZh: '办理结果名称', labelEn: 'Outcome', values: ['予以公开', '不予公开', '予以公开', '不予公开'] },
      { key: 'outcome', labelZh: '办理结果', labelEn: 'Outcome', unit: '件', values: [30, 10, 60, 40] },
    ],
    reports: [5, 5, 6, 6],
    syntheticReports: 3,
    totalReports: 11,
  },
};

const YEARS = {
  analytics: {
    columns: [
      { key: 'YEAR', labelZh: '年度', values: [2019, 2020] },
      { key: 'reports', labelZh: '报告数', unit: '份', values: [4, 5] },
      { key: 'applications.newlyReceived.total', labelZh: '本年新收申请数量', unit: '件', values: [120, '80'] },
    ],
  },
};

const QUALITY = {
  dataQuality: {
    reports: 26,
    byCode: [
      { code: 'CELL_INFERRED', labelZh: '空白单元格由勾稽关系推算', reports: 4 },
      { code: 'ROW_CELL_COUNT', labelZh: '行内单元格数量不符', reports: 2 },
    ],
    byRule: [],
  },
};

const AGENCIES = {
  agencies: { edges: [{ node: { id: '8', name: '南京市生态环境局' } }, { node: { id: '1', name: '大刘庄镇人民政府' } }, { node: { id: '8', name: 'again' } }] },
};

describe('paths into a result', () => {
  it.each([
    [OUTCOMES, 'YEAR', [2023, 2023, 2024, 2024], '年度'],
    [OUTCOMES, 'OUTCOME_GROUP.label', ['予以公开', '不予公开', '予以公开', '不予公开'], '办理结果名称'],
    [YEARS, 'applications.newlyReceived.total', [120, '80'], '本年新收申请数量'],
    [QUALITY, 'dataQuality.byCode.labelZh', ['空白单元格由勾稽关系推算', '行内单元格数量不符'], 'byCode.labelZh'],
    [QUALITY, 'dataQuality.reports', [26], 'reports'],
    [QUALITY, 'dataQuality.byRule.reports', [], 'reports'],
    [AGENCIES, 'agencies.edges.node.id', ['8', '1', '8'], 'node.id'],
    [AGENCIES, 'agencies.edges.1.node.name', ['大刘庄镇人民政府'], 'node.name'],
  ])('%#: %s', (data, path, values, label) => {
    expect(resolvePath(data, path)).toMatchObject({ values, label });
  });

  it('is null for a path the result lacks', () => {
    expect(resolvePath(OUTCOMES, 'REGION')).toBeNull();
    expect(resolvePath(QUALITY, 'dataQuality.byCode.nope')).toBeNull();
    expect(resolvePath(QUALITY, '')).toBeNull();
  });

  it('labels columns in the page language', () => {
    expect(resolvePath(OUTCOMES, 'OUTCOME_GROUP.label', 'en')?.label).toBe('Outcome');
    expect(resolvePath(YEARS, 'YEAR', 'en')?.label).toBe('年度');
  });

  it('says what a path is called', () => {
    expect(pathLabel('dataQuality.byCode.reports')).toBe('reports');
    expect(pathLabel('agencies.edges.0.node.name')).toBe('node.name');
  });
});

describe('tables', () => {
  it('an analytics result is one table, with the reports behind each row', () => {
    const [t, ...rest] = resultTables(OUTCOMES);
    expect(t).toMatchObject({
      kind: 'fields',
      rows: [
        ['analytics.syntheticReports', 3],
        ['analytics.totalReports', 11],
      ],
    });
    expect(rest).toHaveLength(1);
    expect(rest[0]!.columns.map((c) => c.label)).toEqual(['年度', '办理结果', '办理结果名称', '办理结果', '报告数']);
    expect(rest[0]!.rows[0]).toEqual([2023, 'granted', '予以公开', 30, 5]);
  });

  it('each array of objects is a table of its fields, flattened', () => {
    const tables = resultTables(AGENCIES);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      kind: 'array',
      path: 'agencies.edges',
      columns: [
        { key: 'agencies.edges.node.id', label: 'node.id' },
        { key: 'agencies.edges.node.name', label: 'node.name' },
      ],
    });
    expect(tables[0]!.rows[1]).toEqual(['1', '大刘庄镇人民政府']);
  });

  it('gathers loose values into a table of fields, and keeps empty arrays as empty tables', () => {
    const tables = resultTables(QUALITY);
    expect(tables.map((t) => [t.kind, t.path, t.rows.length])).toEqual([
      ['fields', '', 1],
      ['array', 'dataQuality.byCode', 2],
      ['array', 'dataQuality.byRule', 0],
    ]);
  });

  it('offers the paths a chart can use', () => {
    expect(resultPaths(OUTCOMES)).toEqual(['YEAR', 'OUTCOME_GROUP', 'OUTCOME_GROUP.label', 'outcome']);
    expect(resultPaths(QUALITY)).toEqual(['dataQuality.byCode.code', 'dataQuality.byCode.labelZh', 'dataQuality.byCode.reports']);
  });

  it('knows the synthetic share when the result says', () => {
    expect(syntheticShare(OUTCOMES)).toEqual({ synthetic: 3, total: 11 });
    expect(syntheticShare(QUALITY)).toBeNull();
  });
});

describe('options', () => {
  it('pairs values with labels, once each', () => {
    expect(optionList(AGENCIES, 'agencies.edges.node.id', 'agencies.edges.node.name')).toEqual([
      { value: '8', label: '南京市生态环境局' },
      { value: '1', label: '大刘庄镇人民政府' },
    ]);
    expect(optionList({ status: { years: [2024, 2025] } }, 'status.years')).toEqual([
      { value: '2024', label: '2024' },
      { value: '2025', label: '2025' },
    ]);
  });
});

describe('chart rows', () => {
  it('one row per x, one series per y column', () => {
    const r = chartModel(YEARS, { x: 'YEAR', y: ['reports', 'applications.newlyReceived.total'], units: '件', chartType: 'bar' });
    expect(r).toEqual({
      ok: true,
      model: {
        rows: [
          { x: 2019, s0: 4, s1: 120 },
          { x: 2020, s0: 5, s1: 80 },
        ],
        series: [
          { key: 's0', label: '报告数' },
          { key: 's1', label: '本年新收申请数量' },
        ],
        xLabel: '年度',
        yLabel: '报告数、本年新收申请数量（件）',
        axisLabel: '件',
        unit: '件',
      },
    });
  });

  it('a long y name leaves the axis to the units (the title names the data)', () => {
    const r = chartModel(YEARS, { x: 'YEAR', y: ['applications.newlyReceived.total', 'reports'], units: '件', chartType: 'line' });
    expect(r.ok && [r.model.yLabel, r.model.axisLabel]).toEqual(['本年新收申请数量、报告数（件）', '件']);
    const long = { analytics: { columns: [YEARS.analytics.columns[0]!, { key: 'a', labelZh: '本年新收政府信息公开申请数量·总计', values: [1, 2] }] } };
    expect(chartModel(long, { x: 'YEAR', y: ['a'], units: '件', chartType: 'bar' })).toMatchObject({ model: { axisLabel: '件' } });
  });

  it('a series column pivots the values (one series per outcome)', () => {
    const r = chartModel(OUTCOMES, { x: 'YEAR', y: ['outcome'], series: 'OUTCOME_GROUP.label', chartType: 'stackedBar' }, 'en');
    expect(r.ok && r.model.series).toEqual([
      { key: 's0_0', label: '予以公开' },
      { key: 's0_1', label: '不予公开' },
    ]);
    expect(r.ok && r.model.rows).toEqual([
      { x: 2023, s0_0: 30, s0_1: 10 },
      { x: 2024, s0_0: 60, s0_1: 40 },
    ]);
    expect(r.ok && r.model.yLabel).toBe('Outcome (件)');
    expect(r.ok && r.model.axisLabel).toBe('Outcome (件)');
  });

  it('100% bars are shares of each row', () => {
    const r = chartModel(OUTCOMES, { x: 'YEAR', y: ['outcome'], series: 'OUTCOME_GROUP', chartType: 'percentBar' });
    expect(r.ok && r.model.rows).toEqual([
      { x: 2023, s0_0: 75, s0_1: 25 },
      { x: 2024, s0_0: 60, s0_1: 40 },
    ]);
    expect(r.ok && r.model.unit).toBe('%');
  });

  it('adds up values that meet at the same x when no series splits them', () => {
    const r = chartModel(OUTCOMES, { x: 'YEAR', y: ['outcome'], chartType: 'bar' });
    expect(r.ok && r.model.rows).toEqual([
      { x: 2023, s0: 40 },
      { x: 2024, s0: 100 },
    ]);
  });

  it('text x values stay text, in the order met', () => {
    const r = chartModel(QUALITY, { x: 'dataQuality.byCode.labelZh', y: ['dataQuality.byCode.reports'], units: '份', chartType: 'bar' });
    expect(r.ok && r.model.rows).toEqual([
      { x: '空白单元格由勾稽关系推算', s0: 4 },
      { x: '行内单元格数量不符', s0: 2 },
    ]);
  });

  it.each([
    [{ x: 'REGION', y: ['outcome'] }, /x: the result has no “REGION”/],
    [{ x: 'YEAR', y: ['nope'] }, /y: the result has no “nope”/],
    [{ x: 'YEAR', y: [] }, /at least one/],
    [{ x: 'YEAR', y: ['outcome'], series: 'LEVEL' }, /series/],
  ])('explains a path that does not fit: %j', (cell, error) => {
    const r = chartModel(OUTCOMES, { chartType: 'bar', ...cell });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});
