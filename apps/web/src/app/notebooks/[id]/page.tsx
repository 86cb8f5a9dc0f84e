import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { notebookChartLabels } from '../../../components/notebook/labels';
import { NotebookEditor } from '../../../components/notebook/notebook-editor';
import { ErrorBox } from '../../../components/ui/widget-states';
import { DataAsOfDocument, NotebookDocument } from '../../../graphql/generated';
import { langOf, t } from '../../../i18n/messages';
import type { SearchParams } from '../../../lib/filters';
import { href, langParam } from '../../../lib/filters';
import { getAccess } from '../../../lib/access';
import { attempt, query } from '../../../lib/graphql';
import { asDocument } from '../../../lib/notebook/stored-document';
import { readParams } from '../../../lib/notebook/params';
import { sourceLine } from '../../../lib/notebook/source';

// The notebook editor. This page fetches the notebook on the server and hands it to the editor (the one
// large client component); the parameter values come from the URL, so a view of a notebook is a link.

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const r = await attempt(() => query(NotebookDocument, { id }));
  return { title: r.ok && r.data.notebook ? r.data.notebook.title : t(langOf(sp.lang)).notebooks.title };
}

export default async function NotebookPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const lang = langOf(sp.lang);
  const m = t(lang);
  const [r, asOf, access] = await Promise.all([attempt(() => query(NotebookDocument, { id })), attempt(() => query(DataAsOfDocument, {})), getAccess()]);
  const back = (
    <p className="breadcrumbs">
      <Link href={href('/notebooks', langParam(lang))}>{m.notebooks.back}</Link>
    </p>
  );
  if (!r.ok)
    return (
      <>
        {back}
        <ErrorBox error={r.error} lang={lang} />
      </>
    );
  const n = r.data.notebook;
  if (!n) notFound();
  const doc = asDocument(n.document);
  const asOfData = asOf.ok ? asOf.data : null;
  return (
    <>
      {back}
      <NotebookEditor
        // A restored revision is a new notebook to edit: the editor starts afresh.
        key={`${n.id}:${n.revision}`}
        lang={lang}
        notebook={{
          id: n.id,
          title: n.title,
          description: n.description,
          revision: n.revision,
          shipped: n.shipped,
          updatedAt: n.updatedAt,
          revisions: n.revisions,
        }}
        document={doc}
        initialParams={readParams(doc, sp)}
        years={asOfData ? [...asOfData.status.years].sort((a, b) => a - b) : []}
        canWrite={access.canWrite}
        signedEmbeds={access.embeds === 'SIGNED'}
        labels={m.notebooks}
        chartLabels={notebookChartLabels(lang)}
        note={sourceLine(asOfData, lang, m.notebooks.embed)}
        syntheticNote={m.notebooks.syntheticNote}
      />
    </>
  );
}
