import { describe, expect, it } from 'vitest';
import type { NotebookDocument } from '@gongkai/schema/notebook';
import {
  affectedBy,
  chartParameters,
  dependencyMap,
  escapeMarkdown,
  formatParamValue,
  interpolateMarkdown,
  normaliseValue,
  parseYearRange,
  readParams,
  substituteVariables,
  variableRefs,
  writeParams,
} from './params';

// The overview and agency notebooks as the API ships them, cut down to what parameters touch.
const DOC: NotebookDocument = {
  version: 1,
  cells: [
    { id: 'intro', kind: 'markdown', source: '# 总览\n\n所选年度：**{{years}}**，机关 {{ agency }}，{{nobody}}' },
    { id: 'years', kind: 'parameter', name: 'years', label: '年度范围', control: 'yearRange', default: [2019, 2025] },
    {
      id: 'agency',
      kind: 'parameter',
      name: 'agency',
      label: '机关',
      control: 'select',
      options: { source: '{ agencies { edges { node { id name } } } }', values: 'agencies.edges.node.id', labels: 'agencies.edges.node.name' },
    },
    { id: 'regions', kind: 'parameter', name: 'regions', label: '地区', control: 'multiSelect', default: ['41'] },
    { id: 'q', kind: 'parameter', name: 'q', label: '搜索', control: 'text', default: '' },
    { id: 'byYear', kind: 'query', source: '…', variables: '{"filter": {"yearFrom": "$years.0", "yearTo": "$years.1"}}' },
    { id: 'byAgency', kind: 'query', source: '…', variables: '{"filter": {"agencyId": "$agency", "search": "$q"}}' },
    { id: 'plain', kind: 'query', source: '…', variables: '{}' },
    { id: 'chart1', kind: 'chart', queryCell: 'byYear', chartType: 'bar', x: 'YEAR', y: ['reports'], title: 't' },
    { id: 'chart2', kind: 'chart', queryCell: 'byAgency', chartType: 'line', x: 'YEAR', y: ['reports'], title: 't' },
    { id: 'chart3', kind: 'chart', queryCell: 'plain', chartType: 'line', x: 'YEAR', y: ['reports'], title: 't' },
  ],
};

describe('values from the URL', () => {
  it('reads each control type, and falls back to the default', () => {
    expect(readParams(DOC, new URLSearchParams('years=2020-2023&agency=12&regions=41&regions=32&q=公开'))).toEqual({
      years: [2020, 2023],
      agency: '12',
      regions: ['41', '32'],
      q: '公开',
    });
    expect(readParams(DOC, {})).toEqual({ years: [2019, 2025], agency: undefined, regions: ['41'], q: '' });
  });

  it('takes Next search params (arrays for repeated names) and comma lists', () => {
    expect(readParams(DOC, { regions: ['41', '32'], years: '2024' })).toMatchObject({ regions: ['41', '32'], years: [2024, 2024] });
    expect(readParams(DOC, { regions: '41,32' }).regions).toEqual(['41', '32']);
  });

  it('drops a malformed value for the default', () => {
    expect(readParams(DOC, new URLSearchParams('years=abc')).years).toEqual([2019, 2025]);
  });

  it('an empty multi-select survives the round trip', () => {
    const sp = writeParams(DOC, { ...readParams(DOC, {}), regions: [] });
    expect(sp.getAll('regions')).toEqual(['']);
    expect(readParams(DOC, sp).regions).toEqual([]);
  });

  it.each([
    ['2019-2025', [2019, 2025]],
    ['2025–2019', [2019, 2025]],
    ['2021', [2021, 2021]],
    [
      [2020, 2022],
      [2020, 2022],
    ],
    ['19-25', undefined],
    ['1800-2000', undefined],
    ['2019-2020-2021', undefined],
  ])('year range %j → %j', (text, expected) => {
    expect(parseYearRange(text)).toEqual(expected);
  });

  it.each([
    ['select', 12, '12'],
    ['select', ['a', 'b'], 'a'],
    ['text', { a: 1 }, undefined],
    ['multiSelect', 'a, b,', ['a', 'b']],
    ['multiSelect', [1, 2], ['1', '2']],
  ] as const)('normalises %s %j → %j', (control, raw, expected) => {
    expect(normaliseValue(control, raw)).toEqual(expected);
  });
});

describe('values to the URL', () => {
  it('writes every parameter and keeps the other params', () => {
    const sp = writeParams(DOC, { years: [2019, 2025], agency: '12', regions: ['41', '32'], q: '' }, new URLSearchParams('lang=en&agency=3&controls=1'));
    expect(sp.toString()).toBe('lang=en&controls=1&years=2019-2025&agency=12&regions=41&regions=32&q=');
  });

  it('leaves out a parameter without a value', () => {
    expect(writeParams(DOC, { years: [2020, 2020] }).get('agency')).toBeNull();
  });
});

describe('variables', () => {
  const known = new Set(['years', 'agency', 'regions', 'q']);

  it('puts values in, keeping their types, with paths into them', () => {
    expect(
      substituteVariables(
        '{"filter": {"yearFrom": "$years.0", "yearTo": "$years.1", "regionCodes": "$regions", "x": ["$agency", "$$agency", "agency"]}}',
        { years: [2019, 2025], regions: ['41'], agency: '7' },
        known,
      ),
    ).toEqual({
      ok: true,
      variables: { filter: { yearFrom: 2019, yearTo: 2025, regionCodes: ['41'], x: ['7', '$$agency', 'agency'] } },
      missing: [],
    });
  });

  it('says which parameters have no value yet', () => {
    expect(substituteVariables('{"id": "$agency"}', {}, known)).toEqual({ ok: true, variables: { id: null }, missing: ['agency'] });
  });

  it.each([
    ['{"id": "$agnecy"}', /no parameter named \$agnecy/],
    ['{"id": ', /not valid JSON/],
    ['[1]', /JSON object/],
  ])('refuses %s', (text, error) => {
    const r = substituteVariables(text, {}, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it('treats empty variables as {}', () => {
    expect(substituteVariables('  ', {}, known)).toEqual({ ok: true, variables: {}, missing: [] });
  });

  it('finds the references', () => {
    expect(variableRefs('{"a": "$years.0", "b": ["$agency", "$years.1"], "c": "x$q"}')).toEqual(['years', 'agency']);
    expect(variableRefs('not json')).toEqual([]);
  });
});

describe('markdown', () => {
  it('shows values and leaves unknown names as written', () => {
    expect(interpolateMarkdown(DOC.cells[0]!.kind === 'markdown' ? DOC.cells[0]!.source : '', DOC, { years: [2019, 2025], agency: '12' })).toBe(
      '# 总览\n\n所选年度：**2019–2025**，机关 12，{{nobody}}',
    );
  });

  it('escapes a value so that it cannot add markup', () => {
    const doc: NotebookDocument = { version: 1, cells: [{ id: 'p', kind: 'parameter', name: 'q', label: '', control: 'text' }] };
    expect(interpolateMarkdown('{{q}}', doc, { q: '[x](javascript:alert(1)) <b>' })).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>');
    expect(escapeMarkdown('**a**')).toBe('\\*\\*a\\*\\*');
  });

  it('formats values', () => {
    expect(formatParamValue([2020, 2020], 'yearRange')).toBe('2020');
    expect(formatParamValue(['41', '32'], 'multiSelect')).toBe('41、32');
    expect(formatParamValue(undefined)).toBe('');
  });
});

describe('dependencies', () => {
  it('maps each parameter to the cells that read it, charts through their query', () => {
    expect(Object.fromEntries(dependencyMap(DOC))).toEqual({
      years: ['intro', 'byYear', 'chart1'],
      agency: ['intro', 'byAgency', 'chart2'],
      regions: [],
      q: ['byAgency', 'chart2'],
    });
  });

  it('a change re-runs only the queries that read the parameter', () => {
    expect(affectedBy(DOC, 'years')).toEqual({ queries: ['byYear'], cells: ['intro', 'byYear', 'chart1'] });
    expect(affectedBy(DOC, 'regions')).toEqual({ queries: [], cells: [] });
    expect(affectedBy(DOC, 'nope')).toEqual({ queries: [], cells: [] });
  });

  it("lists a chart's parameters in notebook order (the embed's controls)", () => {
    expect(chartParameters(DOC, 'chart2').map((p) => p.name)).toEqual(['agency', 'q']);
    expect(chartParameters(DOC, 'chart3')).toEqual([]);
  });
});
