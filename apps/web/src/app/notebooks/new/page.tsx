import type { Metadata } from 'next';
import { NewNotebookForm } from '../../../components/notebook/new-notebook-form';
import { langOf, t } from '../../../i18n/messages';
import { requirePageRole } from '../../../lib/access';
import type { SearchParams } from '../../../lib/filters';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).notebooks.newTitle2 };
}

// A new notebook: editors only (anonymous visitors are sent to sign in, viewers get 403).
export default async function NewNotebookPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole('editor');
  const lang = langOf((await searchParams).lang);
  const m = t(lang);
  return (
    <>
      <div className="page-head">
        <h1>{m.notebooks.newTitle2}</h1>
      </div>
      <NewNotebookForm lang={lang} standalone />
    </>
  );
}
