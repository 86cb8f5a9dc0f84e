import { describe, expect, it } from 'vitest';
import { CHART_TYPES, MAX_NOTEBOOK_CELLS, NOTEBOOK_CELL_KINDS, notebookCell, notebookDocument, PARAMETER_CONTROLS } from './notebook.ts';

// The document the API stores and the dashboard edits. The notebooks shipped with Gongkai are checked
// against it where they live (apps/api/src/services/notebooks.test.ts).

const QUERY = { id: 'q', kind: 'query', source: '{ status { reports } }', variables: '{}' };
const CHART = { id: 'c', kind: 'chart', queryCell: 'q', chartType: 'bar', x: 'YEAR', y: ['reports'], title: '报告数' };
const valid = () => ({
  version: 1,
  cells: [
    { id: 'md', kind: 'markdown', source: '# 总览 {{years}}' },
    { id: 'years', kind: 'parameter', name: 'years', label: '年度', control: 'yearRange', default: [2019, 2025] },
    { ...QUERY, variables: '{"filter": {"yearFrom": "$years.0"}}' },
    { ...CHART, series: 'OUTCOME_GROUP.label', units: '件' },
    {
      id: 'agency',
      kind: 'parameter',
      name: 'agency',
      label: '机关',
      control: 'select',
      options: { source: '{ agencies { edges { node { id name } } } }', values: 'agencies.edges.node.id', labels: null },
    },
  ],
});

/** The first issue's path and message, as the API reports it. */
function refusal(document: unknown): string {
  const r = notebookDocument.safeParse(document);
  if (r.success) return 'accepted';
  const issue = r.error.issues[0]!;
  return `${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

describe('notebook document', () => {
  it('accepts a document with every kind of cell, and fills what may be left out', () => {
    expect(refusal(valid())).toBe('accepted');
    const { variables: _, ...noVariables } = QUERY;
    expect(notebookDocument.parse({ version: 1, cells: [noVariables] }).cells[0]).toMatchObject({ kind: 'query', variables: '{}' });
    expect(notebookDocument.parse({ version: 1, cells: [] })).toEqual({ version: 1, cells: [] });
  });

  it('knows the kinds, chart types and controls the dashboard offers', () => {
    expect(NOTEBOOK_CELL_KINDS).toEqual(['markdown', 'query', 'chart', 'parameter']);
    for (const chartType of CHART_TYPES) expect(notebookCell.safeParse({ ...CHART, chartType }).success).toBe(true);
    for (const control of PARAMETER_CONTROLS) expect(notebookCell.safeParse({ id: 'p', kind: 'parameter', name: 'p', label: '', control }).success).toBe(true);
  });

  it.each([
    ['another version', { version: 2, cells: [] }, /^version: /],
    ['no cells', { version: 1 }, /^cells: /],
    ['an unknown kind', { version: 1, cells: [{ id: 'x', kind: 'script', source: 'alert(1)' }] }, /^cells\.0\.kind: /],
    ['an id with spaces', { version: 1, cells: [{ id: 'a b', kind: 'markdown', source: '' }] }, /^cells\.0\.id: ids are letters, digits/],
    ['an empty id', { version: 1, cells: [{ id: '', kind: 'markdown', source: '' }] }, /^cells\.0\.id: /],
    ['a chart drawing nothing', { version: 1, cells: [QUERY, { ...CHART, y: [] }] }, /^cells\.1\.y: /],
    ['an unknown chart type', { version: 1, cells: [QUERY, { ...CHART, chartType: 'radar' }] }, /^cells\.1\.chartType: /],
    [
      'a parameter name that is no identifier',
      { version: 1, cells: [{ id: 'p', kind: 'parameter', name: '1st', label: '', control: 'text' }] },
      /^cells\.0\.name: parameter names are identifiers/,
    ],
    [
      'a chart of a cell that is not there',
      { version: 1, cells: [{ ...CHART, queryCell: 'nope' }] },
      /^cells\.0\.queryCell: chart cell “c” draws “nope”, which is not a query cell/,
    ],
    ['a chart of a markdown cell', { version: 1, cells: [{ id: 'q', kind: 'markdown', source: '' }, CHART] }, /^cells\.1\.queryCell: .*not a query cell/],
    ['two cells with one id', { version: 1, cells: [QUERY, { ...QUERY }] }, /^cells\.1\.id: two cells share the id “q”/],
    ['a string for a document', 'not a notebook', /^\(root\): /],
  ])('refuses %s', (_, document, message) => {
    expect(refusal(document)).toMatch(message);
  });

  it.each([
    [
      'too many cells',
      { version: 1, cells: Array.from({ length: MAX_NOTEBOOK_CELLS + 1 }, (_, i) => ({ id: `m${i}`, kind: 'markdown', source: '' })) },
      /^cells: /,
    ],
    [
      'a markdown cell of more than 50,000 characters',
      { version: 1, cells: [{ id: 'md', kind: 'markdown', source: 'x'.repeat(50_001) }] },
      /^cells\.0\.source: /,
    ],
    [
      'a query of more than 20,000 characters',
      { version: 1, cells: [{ ...QUERY, source: `{ status { reports } }${' '.repeat(20_000)}` }] },
      /^cells\.0\.source: /,
    ],
    ['an id of 65 characters', { version: 1, cells: [{ id: 'a'.repeat(65), kind: 'markdown', source: '' }] }, /^cells\.0\.id: /],
    ['a chart of 21 series', { version: 1, cells: [QUERY, { ...CHART, y: Array.from({ length: 21 }, (_, i) => `s${i}`) }] }, /^cells\.1\.y: /],
  ])('refuses an over-long document: %s', (_, document, message) => {
    expect(refusal(document)).toMatch(message);
  });

  it('keeps the largest document it allows', () => {
    const cells = Array.from({ length: MAX_NOTEBOOK_CELLS }, (_, i) => ({ id: `m${i}`, kind: 'markdown', source: 'x'.repeat(50_000) }));
    expect(refusal({ version: 1, cells })).toBe('accepted');
  });
});
