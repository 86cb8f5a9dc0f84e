'use client';

import { useRouter } from 'next/navigation';
import type { ChangeEvent, DragEvent } from 'react';
import { useRef, useState } from 'react';
import type { ImportOutcome } from '../../app/import/actions';
import { importFile } from '../../app/import/actions';

// Files go one by one to the server action (which holds the API token). When all are done, the page is
// reloaded with the imported report ids so the server renders their parsed tables.

export interface DropZoneLabels {
  drop: string;
  choose: string;
  uploading: string;
  results: string;
  status: Record<string, string>;
  noToken: string;
  tooLarge: string;
  severity: Record<string, string>;
  /** With {page} and {pages}: a scan being read by OCR. */
  ocrPage: string;
}

const ACCEPT =
  '.txt,.md,.markdown,.html,.htm,.docx,.doc,.wps,.pdf,.png,.jpg,.jpeg,.tif,.tiff,image/png,image/jpeg,image/tiff,text/plain,text/markdown,text/html,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_BYTES = 20 * 1024 * 1024;

type Row = { name: string; pending: true; page?: number; pages?: number } | ({ name: string; pending: false } & ImportOutcome);

/** A version 4 UUID from getRandomValues (randomUUID needs a secure context; a server on a LAN may have none). */
function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** How often the page asks how far a running import has got. */
const PROGRESS_EVERY_MS = 1000;

export function DropZone({ labels, enabled, lang }: { labels: DropZoneLabels; enabled: boolean; lang: 'zh' | 'en' }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);
  const [busy, setBusy] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);

  const run = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setRows(files.map((f) => ({ name: f.name, pending: true })));
    const ids: string[] = [];
    for (const [i, file] of files.entries()) {
      let outcome: ImportOutcome;
      if (file.size > MAX_BYTES) outcome = { ok: false, fileName: file.name, code: 'PAYLOAD_TOO_LARGE', message: labels.tooLarge };
      else {
        const form = new FormData();
        form.set('file', file);
        // A scan is read page by page (seconds a page): its pages are shown as they are read.
        const progressKey = randomUuid();
        form.set('progressKey', progressKey);
        const follow = setInterval(() => {
          void fetch(`/import/progress?key=${progressKey}`, { cache: 'no-store' })
            .then((r) => (r.ok ? (r.json() as Promise<{ page: number; pages: number } | null>) : null))
            .then((p) => {
              if (p && typeof p.page === 'number') setRows((prev) => prev.map((r, j) => (j === i && r.pending ? { ...r, page: p.page, pages: p.pages } : r)));
            })
            .catch(() => undefined);
        }, PROGRESS_EVERY_MS);
        try {
          outcome = await importFile(form);
        } catch (error) {
          outcome = { ok: false, fileName: file.name, code: 'NETWORK', message: String((error as Error).message ?? error) };
        } finally {
          clearInterval(follow);
        }
      }
      if (outcome.ok && outcome.result.report) ids.push(outcome.result.report.id);
      setRows((prev) => prev.map((r, j) => (j === i ? { name: file.name, pending: false, ...outcome } : r)));
    }
    setBusy(false);
    if (ids.length > 0) router.push(`/import?imported=${ids.join(',')}${lang === 'en' ? '&lang=en' : ''}`, { scroll: false });
  };

  const onDrop = (e: DragEvent<HTMLLabelElement>) => {
    e.preventDefault();
    setActive(false);
    void run([...e.dataTransfer.files]);
  };
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    void run([...(e.target.files ?? [])]);
    e.target.value = '';
  };

  if (!enabled) return <p className="error-box">{labels.noToken}</p>;
  return (
    <div>
      <label
        className="drop-zone"
        data-active={active}
        onDragOver={(e) => {
          e.preventDefault();
          setActive(true);
        }}
        onDragLeave={() => setActive(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <span aria-hidden="true" style={{ fontSize: 32 }}>
          ⇪
        </span>
        <span>{busy ? labels.uploading : labels.drop}</span>
        <span className="button button-secondary">{labels.choose}</span>
        <input ref={input} type="file" multiple accept={ACCEPT} onChange={onChange} disabled={busy} className="visually-hidden" data-testid="file-input" />
      </label>
      {rows.length > 0 ? (
        <section aria-live="polite" aria-labelledby="import-results-title">
          <h2 id="import-results-title" className="section">
            {labels.results}
          </h2>
          <ul className="import-results" data-testid="import-results">
            {rows.map((r, i) => (
              <li key={i} data-status={r.pending ? 'PENDING' : r.ok ? r.result.status : 'ERROR'}>
                <strong>{r.name}</strong>{' '}
                {r.pending ? (
                  <span className="muted" data-testid="import-progress">
                    {r.page !== undefined && r.pages !== undefined
                      ? labels.ocrPage.replace('{page}', String(r.page)).replace('{pages}', String(r.pages))
                      : labels.uploading}
                  </span>
                ) : r.ok ? (
                  <>
                    <span className={`badge ${r.result.status === 'FAILED' ? 'badge-error' : 'badge-ok'}`}>
                      {labels.status[r.result.status] ?? r.result.status}
                    </span>
                    {r.result.report ? (
                      <span className="muted">
                        {' '}
                        {r.result.report.agency.name} · {r.result.report.year ?? '—'} · {r.result.report.template ?? '—'}
                      </span>
                    ) : null}
                    {r.result.reason ? <div className="small">{r.result.reason}</div> : null}
                    {!r.result.report && r.result.diagnostics.length > 0 ? (
                      <ul className="small">
                        {r.result.diagnostics.map((d, j) => (
                          <li key={j}>
                            <span className={`badge badge-${d.severity.toLowerCase()}`}>{labels.severity[d.severity] ?? d.severity}</span> <code>{d.code}</code>{' '}
                            {d.message}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                ) : (
                  <span className="error-box small" role="alert">
                    <code>{r.code}</code> {r.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
