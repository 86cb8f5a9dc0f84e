'use client';

import { useRouter } from 'next/navigation';
import type { ChangeEvent } from 'react';
import { useState } from 'react';
import { importNotebookAction } from '../../app/notebooks/actions';

/** A file input: the chosen export file goes to the import action, then its editor opens. */
export function ImportNotebook({ lang, labels }: { lang: 'zh' | 'en'; labels: { import: string; importHint: string; importing: string } }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await importNotebookAction(await file.text()).catch((err: unknown) => ({
      ok: false as const,
      code: 'NETWORK',
      message: String((err as Error).message ?? err),
    }));
    setBusy(false);
    if (!result.ok) setError(`${result.code}: ${result.message}`);
    else router.push(`/notebooks/${encodeURIComponent(result.data.id)}${lang === 'en' ? '?lang=en' : ''}`);
  };
  return (
    <div className="notebook-import">
      <label className="button button-secondary">
        {busy ? labels.importing : labels.import}
        <input type="file" accept=".json,application/json" className="visually-hidden" onChange={onChange} disabled={busy} data-testid="notebook-import" />
      </label>
      <span className="small muted">{labels.importHint}</span>
      {error ? (
        <p className="error-box small" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
