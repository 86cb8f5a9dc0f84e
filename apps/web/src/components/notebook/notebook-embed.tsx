'use client';

import { useMemo, useRef, useState } from 'react';
import type { Lang, Messages } from '../../i18n/messages';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../lib/format';
import type { ChartCell, ParameterCell, QueryCell } from '@gongkai/schema/notebook';
import type { ParamValue, ParamValues } from '../../lib/notebook/params';
import { substituteVariables, writeParams } from '../../lib/notebook/params';
import { chartModel, syntheticShare } from '../../lib/notebook/result';
import { runGraphQL } from '../../lib/notebook/run';
import type { NotebookChartLabels } from '../charts/notebook-chart';
import { NotebookChart } from '../charts/notebook-chart';
import type { OptionsState } from './parameter-control';
import { ParameterControl } from './parameter-control';

// An embedded chart: the chart, its title, one source line and nothing else. The first result comes
// from the server; with ?controls=1 the reader may change the chart's parameters, which runs the query
// again from the frame (same origin as this page) and keeps the frame's URL in step.

export interface NotebookEmbedProps {
  lang: Lang;
  notebookId: string;
  notebookTitle: string;
  chart: ChartCell;
  query: QueryCell;
  parameters: ParameterCell[];
  initialValues: ParamValues;
  options: Record<string, OptionsState>;
  initial: { ok: true; data: unknown } | { ok: false; error: string };
  controls: boolean;
  /** A signed embed's token: sent with every query the reader runs, so a private server answers them. */
  embedToken?: string | null;
  /** Parameters the signature locks: shown, never adjustable. */
  locked?: string[];
  years: number[];
  source: string;
  /** Only the words the frame shows: its payload stays small. */
  labels: { parameter: Messages['notebooks']['parameter']; notebook: string; untitled: string; syntheticNote: string };
  chartLabels: NotebookChartLabels;
}

export function NotebookEmbed(p: NotebookEmbedProps) {
  const [values, setValues] = useState(p.initialValues);
  const [result, setResult] = useState(p.initial);
  const [running, setRunning] = useState(false);
  const seq = useRef(0);
  const doc = useMemo(() => ({ version: 1 as const, cells: p.parameters }), [p.parameters]);

  const change = async (name: string, value: ParamValue) => {
    const next = { ...values, [name]: value };
    setValues(next);
    const search = writeParams(doc, next, new URLSearchParams(window.location.search)).toString();
    window.history.replaceState(null, '', `${window.location.pathname}?${search}`);
    const sub = substituteVariables(p.query.variables, next, new Set(p.parameters.map((c) => c.name)));
    if (!sub.ok || sub.missing.length > 0) return;
    const mine = ++seq.current;
    setRunning(true);
    const r = await runGraphQL(p.query.source, sub.variables, '/graphql', p.embedToken ? { 'x-gongkai-embed': p.embedToken } : {});
    if (mine !== seq.current) return;
    setRunning(false);
    setResult(r.ok ? { ok: true, data: r.data } : { ok: false, error: r.error });
  };

  const model = result.ok ? chartModel(result.data, p.chart, p.lang) : null;
  const share = result.ok ? syntheticShare(result.data) : null;
  const notebookLink =
    `/notebooks/${encodeURIComponent(p.notebookId)}?${writeParams(doc, values, p.lang === 'en' ? new URLSearchParams('lang=en') : undefined).toString()}`.replace(
      /\?$/,
      '',
    );
  const title = p.chart.title || p.labels.untitled;
  return (
    <div className="embed" data-testid="embed" aria-busy={running}>
      {p.controls && p.parameters.some((c) => !p.locked?.includes(c.name)) ? (
        <div className="embed-controls">
          {p.parameters
            .filter((c) => !p.locked?.includes(c.name))
            .map((cell) => (
              <ParameterControl
                key={cell.id}
                cell={cell}
                value={values[cell.name]}
                options={p.options[cell.id]}
                years={p.years}
                onChange={(v) => void change(cell.name, v)}
                labels={p.labels.parameter}
              />
            ))}
        </div>
      ) : null}
      {!result.ok ? (
        <div className="error-box" role="alert">
          <strong>{title}</strong>
          <p>{result.error}</p>
        </div>
      ) : !model?.ok ? (
        <div className="error-box" role="alert">
          <strong>{title}</strong>
          <p>{model?.error}</p>
        </div>
      ) : (
        <NotebookChart
          id={p.chart.id}
          title={title}
          lang={p.lang}
          chartType={p.chart.chartType}
          model={model.model}
          labels={p.chartLabels}
          synthetic={
            share && share.synthetic > 0
              ? fill(p.labels.syntheticNote, { synthetic: formatNumber(share.synthetic, p.lang), total: formatNumber(share.total, p.lang) })
              : null
          }
          fill
        />
      )}
      <p className="embed-source" data-testid="embed-source">
        {p.source} ·{' '}
        <a href={notebookLink} target="_blank" rel="noopener">
          {fill(p.labels.notebook, { title: p.notebookTitle })}
        </a>
      </p>
    </div>
  );
}
