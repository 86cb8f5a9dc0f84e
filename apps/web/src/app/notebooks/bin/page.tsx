import type { Metadata } from 'next';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { ErrorBox } from '../../../components/ui/widget-states';
import { NotebookBinDocument } from '../../../graphql/generated';
import { fill } from '../../../i18n/fill';
import { langOf, t } from '../../../i18n/messages';
import { requirePageRole } from '../../../lib/access';
import type { SearchParams } from '../../../lib/filters';
import { formatDateTime } from '../../../lib/format';
import { attempt, query } from '../../../lib/graphql';
import { restoreNotebookAction } from '../actions';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).notebooks.bin };
}

async function restore(form: FormData): Promise<void> {
  'use server';
  const id = String(form.get('id') ?? '');
  const r = await restoreNotebookAction(id);
  revalidatePath('/notebooks/bin');
  if (r.ok) redirect(`/notebooks/${encodeURIComponent(r.data.id)}`);
}

// Deleted notebooks, restorable for 30 days (editors only).
export default async function NotebookBinPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole('editor');
  const lang = langOf((await searchParams).lang);
  const m = t(lang);
  const bin = await attempt(() => query(NotebookBinDocument, {}));
  return (
    <>
      <div className="page-head">
        <h1>{m.notebooks.bin}</h1>
        <p>{m.notebooks.binIntro}</p>
      </div>
      {!bin.ok ? (
        <ErrorBox error={bin.error} lang={lang} />
      ) : bin.data.notebookBin.length === 0 ? (
        <p className="empty card">{m.notebooks.binEmpty}</p>
      ) : (
        <ul className="notebook-list" data-testid="notebook-bin">
          {bin.data.notebookBin.map((n) => (
            <li key={n.id} className="card" data-notebook-id={n.id}>
              <h2>{n.title}</h2>
              <p className="small muted">{fill(m.notebooks.deletedAt, { date: n.deletedAt ? formatDateTime(n.deletedAt, lang) : '' })}</p>
              <form action={restore}>
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" className="chip" data-testid={`restore-notebook-${n.id}`}>
                  {m.notebooks.restoreNotebook}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
