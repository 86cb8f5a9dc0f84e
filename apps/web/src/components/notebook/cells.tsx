'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import Markdown from 'react-markdown';
import type { Components } from 'react-markdown';
import type { Lang, Messages } from '../../i18n/messages';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../lib/format';
import type { ChartCell, ChartType, MarkdownCell, NotebookCell, NotebookDocument, ParameterCell, QueryCell } from '@gongkai/schema/notebook';
import { queryCells } from '../../lib/notebook/document';
import type { ParamValue, ParamValues } from '../../lib/notebook/params';
import { interpolateMarkdown, normaliseValue, paramTexts } from '../../lib/notebook/params';
import { chartModel, resultPaths, resultTables, syntheticShare } from '../../lib/notebook/result';
import type { NotebookChartLabels } from '../charts/notebook-chart';
import { NotebookChart } from '../charts/notebook-chart';
import type { OptionsState } from './parameter-control';
import { ParameterControl } from './parameter-control';
import { ResultTables } from './result-tables';

// The body of each kind of cell: what it edits and the output under it. State lives in the editor.

export type QueryOutput =
  | { status: 'idle' }
  | { status: 'waiting'; missing: string[] }
  | { status: 'running'; data?: unknown; ms?: number }
  | { status: 'done'; data: unknown; ms: number }
  | { status: 'error'; error: string; code: string };

type Labels = Messages['notebooks'];

const CodeEditor = dynamic(() => import('./code-editor'), {
  ssr: false,
  loading: () => <div className="code-editor code-editor-loading" aria-hidden="true" />,
});

// ─── Markdown ───────────────────────────────────────────────────────────────

// Links and images whose address react-markdown refused (javascript: and the like) arrive empty: they
// show as text. Links open outside the notebook, without telling the other site where the reader came from.
const MARKDOWN_COMPONENTS: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span className="markdown-dead-link">{children}</span>
    ),
  img: ({ src, alt }) => (typeof src === 'string' && src ? <img src={src} alt={alt ?? ''} referrerPolicy="no-referrer" loading="lazy" /> : <span>{alt}</span>),
};

export function MarkdownCellView({
  cell,
  doc,
  values,
  editing,
  onEdit,
  onChange,
  labels,
}: {
  cell: MarkdownCell;
  doc: NotebookDocument;
  values: ParamValues;
  editing: boolean;
  onEdit: (editing: boolean) => void;
  onChange: (c: NotebookCell) => void;
  labels: Labels;
}) {
  const text = interpolateMarkdown(cell.source, doc, values);
  return (
    <>
      {editing ? (
        <div className="cell-editing">
          <CodeEditor
            language="markdown"
            value={cell.source}
            onChange={(source) => onChange({ ...cell, source })}
            onRun={() => onEdit(false)}
            label={labels.editor.kinds.markdown}
            placeholderText={labels.markdown.placeholder}
            testId={`markdown-editor-${cell.id}`}
          />
        </div>
      ) : null}
      {/* react-markdown builds elements from the markdown tree: raw HTML stays text, javascript: links are dropped. */}
      <div className="markdown-body" data-testid={`markdown-${cell.id}`} onDoubleClick={() => onEdit(true)}>
        {text.trim() ? <Markdown components={MARKDOWN_COMPONENTS}>{text}</Markdown> : <p className="muted">{labels.markdown.empty}</p>}
      </div>
    </>
  );
}

// ─── Query ──────────────────────────────────────────────────────────────────

export function QueryCellView({
  cell,
  output,
  lang,
  onChange,
  onRun,
  labels,
  chartLabels,
}: {
  cell: QueryCell;
  output: QueryOutput;
  lang: Lang;
  onChange: (c: NotebookCell) => void;
  onRun: () => void;
  labels: Labels;
  chartLabels: NotebookChartLabels;
}) {
  const data = output.status === 'done' || output.status === 'running' ? output.data : undefined;
  const tables = useMemo(() => (data === undefined ? null : resultTables(data, lang)), [data, lang]);
  return (
    <>
      <div className="cell-fields">
        <label className="field-wide">
          {labels.query.title}
          <input value={cell.title ?? ''} onChange={(e) => onChange({ ...cell, title: e.target.value })} data-testid={`query-title-${cell.id}`} />
        </label>
      </div>
      <div className="field-label">{labels.query.source}</div>
      <CodeEditor
        language="graphql"
        value={cell.source}
        onChange={(source) => onChange({ ...cell, source })}
        onRun={onRun}
        label={`${labels.query.source} · ${cell.title || cell.id}`}
        testId={`query-source-${cell.id}`}
      />
      <div className="field-label">{labels.query.variables}</div>
      <CodeEditor
        language="json"
        value={cell.variables}
        onChange={(variables) => onChange({ ...cell, variables })}
        onRun={onRun}
        label={`${labels.query.variables} · ${cell.title || cell.id}`}
        testId={`query-variables-${cell.id}`}
      />
      <div className="cell-output" aria-live="polite" data-status={output.status}>
        {output.status === 'idle' ? <p className="small muted">{labels.query.notRun}</p> : null}
        {output.status === 'waiting' ? <p className="small muted">{fill(labels.query.waiting, { names: output.missing.join('、') })}</p> : null}
        {output.status === 'running' ? <p className="small muted">{labels.editor.running}</p> : null}
        {output.status === 'done' ? <p className="small muted">{fill(labels.query.ms, { n: formatNumber(output.ms, lang) })}</p> : null}
        {output.status === 'error' ? (
          <div className="error-box" role="alert">
            <p>
              <strong>{labels.query.error}</strong>
            </p>
            <pre className="error-text">{output.error}</pre>
            <p>
              <code>{output.code}</code>
            </p>
          </div>
        ) : null}
        {tables ? (
          <ResultTables
            tables={tables}
            lang={lang}
            title={cell.title || cell.id}
            labels={labels.query}
            csvLabel={chartLabels.csv}
            csvTitle={chartLabels.csvTitle}
          />
        ) : null}
      </div>
    </>
  );
}

// ─── Chart ──────────────────────────────────────────────────────────────────

function csvList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function ChartCellView({
  cell,
  doc,
  output,
  lang,
  onChange,
  onEmbed,
  labels,
  chartLabels,
  note,
  syntheticNote,
}: {
  cell: ChartCell;
  doc: NotebookDocument;
  output: QueryOutput | undefined;
  lang: Lang;
  onChange: (c: NotebookCell) => void;
  onEmbed: () => void;
  labels: Labels;
  chartLabels: NotebookChartLabels;
  note: string;
  syntheticNote: string;
}) {
  const data = output && (output.status === 'done' || (output.status === 'running' && output.data !== undefined)) ? output.data : undefined;
  const model = useMemo(() => (data === undefined ? null : chartModel(data, cell, lang)), [data, cell, lang]);
  const paths = useMemo(() => (data === undefined ? [] : resultPaths(data)), [data]);
  const share = data === undefined ? null : syntheticShare(data);
  const queries = queryCells(doc);
  const listId = `paths-${cell.id}`;
  const title = cell.title || labels.chart.untitled;
  return (
    <>
      <details className="cell-settings">
        <summary>{labels.editor.settings}</summary>
        <div className="cell-fields">
          <label>
            {labels.chart.query}
            <select value={cell.queryCell} onChange={(e) => onChange({ ...cell, queryCell: e.target.value })} data-testid={`chart-query-${cell.id}`}>
              {queries.some((q) => q.id === cell.queryCell) ? null : <option value={cell.queryCell}>—</option>}
              {queries.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.title ? `${q.title} (${q.id})` : q.id}
                </option>
              ))}
            </select>
          </label>
          <label>
            {labels.chart.type}
            <select
              value={cell.chartType}
              onChange={(e) => onChange({ ...cell, chartType: e.target.value as ChartCell['chartType'] })}
              data-testid={`chart-type-${cell.id}`}
            >
              {(Object.keys(labels.chart.types) as ChartType[]).map((t) => (
                <option key={t} value={t}>
                  {labels.chart.types[t]}
                </option>
              ))}
            </select>
          </label>
          <label className="field-wide">
            {labels.chart.title}
            <input value={cell.title} onChange={(e) => onChange({ ...cell, title: e.target.value })} data-testid={`chart-title-${cell.id}`} />
          </label>
          <label>
            {labels.chart.x}
            <input value={cell.x} list={listId} onChange={(e) => onChange({ ...cell, x: e.target.value.trim() })} data-testid={`chart-x-${cell.id}`} />
          </label>
          <label className="field-wide">
            {labels.chart.y}
            <input defaultValue={cell.y.join(', ')} onBlur={(e) => onChange({ ...cell, y: csvList(e.target.value) })} data-testid={`chart-y-${cell.id}`} />
          </label>
          <label>
            {labels.chart.series}
            <input
              value={cell.series ?? ''}
              list={listId}
              onChange={(e) => onChange({ ...cell, series: e.target.value.trim() || null })}
              data-testid={`chart-series-${cell.id}`}
            />
          </label>
          <label>
            {labels.chart.units}
            <input value={cell.units ?? ''} onChange={(e) => onChange({ ...cell, units: e.target.value || null })} data-testid={`chart-units-${cell.id}`} />
          </label>
          <datalist id={listId}>
            {paths.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </div>
        {paths.length > 0 ? (
          <p className="small muted">
            {labels.chart.paths}: {paths.map((p, i) => [i > 0 ? ' · ' : '', <code key={p}>{p}</code>])}
          </p>
        ) : null}
      </details>
      <div className="cell-output" data-status={output?.status ?? 'none'}>
        {!queries.some((q) => q.id === cell.queryCell) ? (
          <p className="error-box">{labels.chart.noQuery}</p>
        ) : output?.status === 'error' ? (
          <p className="error-box" role="alert">
            {labels.query.error}: {output.error}
          </p>
        ) : !model ? (
          <p className="small muted">
            {output?.status === 'waiting' ? fill(labels.query.waiting, { names: output.missing.join('、') }) : labels.chart.waiting}
          </p>
        ) : !model.ok ? (
          <p className="error-box" role="alert">
            {model.error}
          </p>
        ) : (
          <NotebookChart
            id={cell.id}
            title={title}
            lang={lang}
            chartType={cell.chartType}
            model={model.model}
            labels={chartLabels}
            synthetic={
              share && share.synthetic > 0
                ? fill(syntheticNote, { synthetic: formatNumber(share.synthetic, lang), total: formatNumber(share.total, lang) })
                : null
            }
            downloads
            note={note}
          />
        )}
        <p className="cell-tools">
          <button type="button" className="chip" onClick={onEmbed} data-testid={`embed-${cell.id}`}>
            {labels.chart.embed}
          </button>
        </p>
      </div>
    </>
  );
}

// ─── Parameter ──────────────────────────────────────────────────────────────

export function ParameterCellView({
  cell,
  value,
  options,
  years,
  usedBy,
  onChange,
  onValue,
  onRun,
  labels,
}: {
  cell: ParameterCell;
  value: ParamValue | undefined;
  options: OptionsState | undefined;
  years: readonly number[];
  usedBy: number;
  onChange: (c: NotebookCell) => void;
  onValue: (v: ParamValue) => void;
  onRun: () => void;
  labels: Labels;
}) {
  const defaultText = paramTexts(cell.control, normaliseValue(cell.control, cell.default)).join(',');
  return (
    <>
      <div className="cell-output">
        <ParameterControl cell={cell} value={value} options={options} years={years} onChange={onValue} labels={labels.parameter} />
        <p className="small muted">
          <code>${cell.name}</code> · {fill(labels.parameter.usedBy, { n: usedBy })}
        </p>
      </div>
      <details className="cell-settings">
        <summary>{labels.editor.settings}</summary>
        <div className="cell-fields">
          <label>
            {labels.parameter.name}
            <input
              value={cell.name}
              pattern="[A-Za-z_][A-Za-z0-9_]*"
              onChange={(e) => onChange({ ...cell, name: e.target.value.replace(/[^A-Za-z0-9_]/g, '') })}
              data-testid={`param-name-${cell.id}`}
            />
          </label>
          <label>
            {labels.parameter.label}
            <input value={cell.label} onChange={(e) => onChange({ ...cell, label: e.target.value })} data-testid={`param-label-${cell.id}`} />
          </label>
          <label>
            {labels.parameter.control}
            <select
              value={cell.control}
              onChange={(e) => onChange({ ...cell, control: e.target.value as ParameterCell['control'] })}
              data-testid={`param-control-${cell.id}`}
            >
              {(Object.keys(labels.parameter.controls) as ParameterCell['control'][]).map((c) => (
                <option key={c} value={c}>
                  {labels.parameter.controls[c]}
                </option>
              ))}
            </select>
          </label>
          <label title={labels.parameter.defaultHint}>
            {labels.parameter.default}
            <input
              defaultValue={defaultText}
              key={`${cell.control}:${defaultText}`}
              placeholder={labels.parameter.defaultHint}
              onBlur={(e) =>
                onChange({
                  ...cell,
                  default:
                    normaliseValue(
                      cell.control,
                      cell.control === 'yearRange' ? e.target.value : cell.control === 'multiSelect' ? e.target.value.split(',') : e.target.value,
                    ) ?? null,
                })
              }
              data-testid={`param-default-${cell.id}`}
            />
          </label>
        </div>
        <div className="field-label">{labels.parameter.options}</div>
        <CodeEditor
          language="graphql"
          value={cell.options?.source ?? ''}
          onChange={(source) =>
            onChange({ ...cell, options: source.trim() ? { source, values: cell.options?.values ?? '', labels: cell.options?.labels ?? null } : null })
          }
          onRun={onRun}
          label={labels.parameter.options}
          testId={`param-options-${cell.id}`}
        />
        <div className="cell-fields">
          <label className="field-wide">
            {labels.parameter.values}
            <input
              value={cell.options?.values ?? ''}
              disabled={!cell.options}
              onChange={(e) => cell.options && onChange({ ...cell, options: { ...cell.options, values: e.target.value.trim() } })}
              data-testid={`param-values-${cell.id}`}
            />
          </label>
          <label className="field-wide">
            {labels.parameter.labels}
            <input
              value={cell.options?.labels ?? ''}
              disabled={!cell.options}
              onChange={(e) => cell.options && onChange({ ...cell, options: { ...cell.options, labels: e.target.value.trim() || null } })}
              data-testid={`param-labels-${cell.id}`}
            />
          </label>
        </div>
      </details>
    </>
  );
}
