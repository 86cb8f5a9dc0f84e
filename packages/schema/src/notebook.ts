import { z } from 'zod';

// A notebook document: an ordered list of cells (markdown, GraphQL query, chart, parameter). The API
// validates every save with it, so it never stores a shape the dashboard cannot show; the dashboard takes
// its types from it (z.infer), so the two cannot drift apart.

export const CHART_TYPES = ['line', 'bar', 'stackedBar', 'percentBar', 'area', 'pie', 'table'] as const;
export const PARAMETER_CONTROLS = ['select', 'multiSelect', 'yearRange', 'text'] as const;
export const MAX_NOTEBOOK_CELLS = 200;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids are letters, digits, _ and -');

export const markdownCell = z.object({ id, kind: z.literal('markdown'), source: z.string().max(50_000) });

export const queryCell = z.object({
  id,
  kind: z.literal('query'),
  title: z.string().max(200).optional(),
  source: z.string().max(20_000),
  /** JSON text; a string value "$name" or "$name.0" is replaced by the parameter's value. */
  variables: z.string().max(20_000).default('{}'),
});

export const chartCell = z.object({
  id,
  kind: z.literal('chart'),
  /** The query cell whose result is drawn. */
  queryCell: id,
  chartType: z.enum(CHART_TYPES),
  /** Paths into the query result: an analytics column key, or a dotted path through objects and arrays. */
  x: z.string().max(200),
  y: z.array(z.string().max(200)).min(1).max(20),
  series: z.string().max(200).nullish(),
  title: z.string().max(200),
  units: z.string().max(50).nullish(),
});

/** Options from a query: a GraphQL source and the result paths of the values and labels. */
export const parameterOptions = z.object({ source: z.string().max(20_000), values: z.string().max(200), labels: z.string().max(200).nullish() });

export const parameterCell = z.object({
  id,
  kind: z.literal('parameter'),
  /** An identifier: variables say "$name", markdown says {{name}}, the URL says ?name=. */
  name: z
    .string()
    .min(1)
    .max(50)
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'parameter names are identifiers'),
  label: z.string().max(100),
  control: z.enum(PARAMETER_CONTROLS),
  default: z.unknown().optional(),
  options: parameterOptions.nullish(),
});

export const notebookCell = z.discriminatedUnion('kind', [markdownCell, queryCell, chartCell, parameterCell]);
export const NOTEBOOK_CELL_KINDS = notebookCell.options.map((o) => o.shape.kind.value);

export const notebookDocument = z
  .object({
    version: z.literal(1),
    cells: z.array(notebookCell).max(MAX_NOTEBOOK_CELLS),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.cells.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['cells', i, 'id'], message: `two cells share the id “${c.id}”` });
      seen.add(c.id);
    });
    const queries = new Set(doc.cells.filter((c) => c.kind === 'query').map((c) => c.id));
    doc.cells.forEach((c, i) => {
      if (c.kind === 'chart' && !queries.has(c.queryCell)) {
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'queryCell'],
          message: `chart cell “${c.id}” draws “${c.queryCell}”, which is not a query cell of this notebook`,
        });
      }
    });
  });

export type NotebookDocument = z.infer<typeof notebookDocument>;
export type NotebookCell = z.infer<typeof notebookCell>;
export type NotebookCellKind = NotebookCell['kind'];
export type MarkdownCell = z.infer<typeof markdownCell>;
export type QueryCell = z.infer<typeof queryCell>;
export type ChartCell = z.infer<typeof chartCell>;
export type ChartType = ChartCell['chartType'];
export type ParameterCell = z.infer<typeof parameterCell>;
export type ParameterControl = ParameterCell['control'];
export type ParameterOptions = z.infer<typeof parameterOptions>;
