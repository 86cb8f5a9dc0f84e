import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportNotebook } from '../../components/notebook/import-notebook';
import { NewNotebookForm } from '../../components/notebook/new-notebook-form';
import { LangField } from '../../components/ui/lang-field';
import { ErrorBox } from '../../components/ui/widget-states';
import { NotebooksDocument } from '../../graphql/generated';
import { fill } from '../../i18n/fill';
import { langOf, t } from '../../i18n/messages';
import type { SearchParams } from '../../lib/filters';
import { href, langParam, param } from '../../lib/filters';
import { formatDateTime } from '../../lib/format';
import { getAccess } from '../../lib/access';
import { attempt, query } from '../../lib/graphql';
import { asDocument } from '../../lib/notebook/stored-document';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).notebooks.title };
}

export default async function NotebooksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const search = param(sp, 'search') ?? '';
  const result = await attempt(() => query(NotebooksDocument, { search: search || null }));
  const canWrite = (await getAccess()).canWrite;
  return (
    <>
      <div className="page-head">
        <h1>{m.notebooks.title}</h1>
        <p>{m.notebooks.intro}</p>
      </div>
      <div className="notebook-actions">
        <form action="/notebooks" method="get" className="filters" role="search" aria-label={m.notebooks.search}>
          <label className="filter-search">
            {m.notebooks.search}
            <input type="search" name="search" defaultValue={search} placeholder={m.notebooks.searchPlaceholder} data-testid="notebook-search" />
          </label>
          <LangField lang={lang} />
          <span className="filters-actions">
            <button type="submit" className="primary">
              {m.notebooks.search}
            </button>
          </span>
        </form>
        {canWrite ? (
          <>
            <NewNotebookForm lang={lang} />
            <ImportNotebook lang={lang} labels={{ import: m.notebooks.import, importHint: m.notebooks.importHint, importing: m.notebooks.importing }} />
            <Link className="chip" href={href('/notebooks/bin', langParam(lang))} data-testid="notebook-bin-link">
              {m.notebooks.bin}
            </Link>
          </>
        ) : (
          <p className="banner">{m.notebooks.noToken}</p>
        )}
      </div>
      {!result.ok ? (
        <ErrorBox error={result.error} lang={lang} />
      ) : result.data.notebooks.length === 0 ? (
        <p className="empty card">{m.notebooks.none}</p>
      ) : (
        <ul className="notebook-list" data-testid="notebook-list">
          {result.data.notebooks.map((n) => {
            const cells = asDocument(n.document).cells;
            return (
              <li key={n.id} className="card" data-notebook-id={n.id}>
                <h2>
                  <Link href={href(`/notebooks/${encodeURIComponent(n.id)}`, langParam(lang))}>{n.title}</Link>{' '}
                  {n.shipped ? <span className="badge badge-info">{m.notebooks.shipped}</span> : null}
                </h2>
                {n.description ? <p>{n.description}</p> : null}
                <p className="small muted">
                  {fill(m.notebooks.cells, { n: cells.length })} · {fill(m.notebooks.charts, { n: cells.filter((c) => c.kind === 'chart').length })} ·{' '}
                  {fill(m.notebooks.updated, { date: formatDateTime(n.updatedAt, lang) })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
