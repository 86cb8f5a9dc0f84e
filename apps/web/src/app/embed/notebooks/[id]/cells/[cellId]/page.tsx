import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { notebookChartLabels } from '../../../../../../components/notebook/labels';
import { NotebookEmbed } from '../../../../../../components/notebook/notebook-embed';
import type { OptionsState } from '../../../../../../components/notebook/parameter-control';
import { ErrorBox } from '../../../../../../components/ui/widget-states';
import { DataAsOfDocument, EmbedDocument, NotebookDocument } from '../../../../../../graphql/generated';
import { getAccess } from '../../../../../../lib/access';
import { langOf, t } from '../../../../../../i18n/messages';
import type { SearchParams } from '../../../../../../lib/filters';
import { param } from '../../../../../../lib/filters';
import { ApiError, attempt, query, queryText } from '../../../../../../lib/graphql';
import { findCell } from '../../../../../../lib/notebook/document';
import { asDocument } from '../../../../../../lib/notebook/stored-document';
import type { ParamValues } from '../../../../../../lib/notebook/params';
import { chartParameters, readParams, substituteVariables } from '../../../../../../lib/notebook/params';
import { optionList } from '../../../../../../lib/notebook/result';
import { sourceLine } from '../../../../../../lib/notebook/source';

// One chart of a notebook, for other sites' frames (src/lib/frame.ts lets /embed be framed; the root
// layout draws no site chrome here). The chart's parameters come from the URL, fixed unless ?controls=1;
// the options and the first result are fetched here, so the frame shows the chart without a round trip.
// A signed embed (?embed=<token>, made by an editor) carries the notebook, the cell, the parameters it
// locks and its expiry; its token goes with every query, so even a private server answers them. With
// GONGKAI_EMBED=signed an unsigned, tampered or expired link is refused (403) and shows nothing.

type Props = { params: Promise<{ id: string; cellId: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id, cellId }, sp] = await Promise.all([params, searchParams]);
  // With the embed's token, as the page reads: a private server answers an embed only so.
  const r = await attempt(() => query(NotebookDocument, { id }, { embed: param(sp, 'embed') ?? null }));
  const chart = r.ok && r.data.notebook ? findCell(asDocument(r.data.notebook.document), cellId, 'chart') : undefined;
  return { title: chart?.title || 'Gongkai', robots: { index: false } };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const [{ id, cellId }, sp] = await Promise.all([params, searchParams]);
  const lang = langOf(sp.lang);
  const m = t(lang);
  const token = param(sp, 'embed') ?? null;
  const access = await getAccess();
  let locked: Record<string, unknown> = {};
  if (token || access.embeds === 'SIGNED') {
    const grant = token ? await attempt(() => query(EmbedDocument, { token })) : null;
    if (!grant?.ok || grant.data.embed.notebookId !== id || grant.data.embed.cellId !== cellId) {
      // 403; app/forbidden.tsx says why inside the frame.
      forbidden();
    }
    locked = (grant.data.embed.locked ?? {}) as Record<string, unknown>;
  }
  const embed = token;
  const [r, asOf] = await Promise.all([attempt(() => query(NotebookDocument, { id }, { embed })), attempt(() => query(DataAsOfDocument, {}, { embed }))]);
  if (!r.ok) return <ErrorBox error={r.error} lang={lang} />;
  const notebook = r.data.notebook;
  if (!notebook) notFound();
  const doc = asDocument(notebook.document);
  const chart = findCell(doc, cellId, 'chart');
  const source = chart ? findCell(doc, chart.queryCell, 'query') : undefined;
  if (!chart || !source) notFound();

  const parameters = chartParameters(doc, cellId);
  // Locked parameters take the signature's values, whatever the URL says.
  const values = { ...readParams({ version: 1, cells: parameters }, sp), ...(locked as ParamValues) };
  const options: Record<string, OptionsState> = {};
  await Promise.all(
    parameters.map(async (p) => {
      if (!p.options?.source.trim()) return;
      const o = await attempt(() => queryText(p.options!.source, {}, { embed }));
      options[p.id] = o.ok ? { status: 'ready', options: optionList(o.data, p.options.values, p.options.labels) } : { status: 'error', error: o.error.message };
      const first = options[p.id]?.status === 'ready' ? (options[p.id] as { options: { value: string }[] }).options[0] : undefined;
      if (p.control === 'select' && values[p.name] === undefined && first) values[p.name] = first.value;
    }),
  );

  const sub = substituteVariables(source.variables, values, new Set(parameters.map((p) => p.name)));
  let initial: { ok: true; data: unknown } | { ok: false; error: string };
  if (!sub.ok) initial = { ok: false, error: sub.error };
  else if (sub.missing.length > 0) initial = { ok: false, error: sub.missing.map((n) => `$${n}`).join(', ') };
  else {
    const run = await attempt(() => queryText(source.source, sub.variables, { embed }));
    initial = run.ok
      ? { ok: true, data: run.data }
      : { ok: false, error: run.error instanceof ApiError && run.error.code === 'API_UNREACHABLE' ? m.state.apiDown : run.error.message };
  }
  const asOfData = asOf.ok ? asOf.data : null;
  return (
    <NotebookEmbed
      lang={lang}
      notebookId={notebook.id}
      notebookTitle={notebook.title}
      chart={chart}
      query={source}
      parameters={parameters}
      initialValues={values}
      options={options}
      initial={initial}
      controls={param(sp, 'controls') === '1'}
      embedToken={embed}
      locked={Object.keys(locked)}
      years={asOfData ? [...asOfData.status.years].sort((a, b) => a - b) : []}
      source={sourceLine(asOfData, lang, m.notebooks.embed)}
      labels={{
        parameter: m.notebooks.parameter,
        notebook: m.notebooks.embed.notebook,
        untitled: m.notebooks.chart.untitled,
        syntheticNote: m.notebooks.syntheticNote,
      }}
      chartLabels={notebookChartLabels(lang)}
    />
  );
}
