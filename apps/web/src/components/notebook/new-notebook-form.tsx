import { createNotebookAction } from '../../app/notebooks/actions';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import { LangField } from '../ui/lang-field';

/** A title and Create: the notebook list's form, and the whole of /notebooks/new (as a card, focused). */
export function NewNotebookForm({ lang, standalone = false }: { lang: Lang; standalone?: boolean }) {
  const m = t(lang);
  return (
    <form action={createNotebookAction} className={standalone ? 'filters notebook-create card' : 'filters notebook-create'}>
      <label>
        {m.notebooks.newTitle}
        <input name="title" placeholder={m.notebooks.untitled} maxLength={200} autoFocus={standalone} data-testid="notebook-new-title" />
      </label>
      <LangField lang={lang} />
      <span className="filters-actions">
        <button type="submit" className="primary" data-testid="notebook-create">
          {m.notebooks.create}
        </button>
      </span>
    </form>
  );
}
