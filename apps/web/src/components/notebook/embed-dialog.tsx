'use client';

import { useEffect, useRef, useState } from 'react';
import type { Lang, Messages } from '../../i18n/messages';
import { fill } from '../../i18n/fill';
import type { NotebookDocument } from '../../lib/notebook/document';
import { escapeXml } from '../../lib/notebook/downloads';
import type { ParamValues } from '../../lib/notebook/params';
import { chartParameters, formatParamValue, writeParams } from '../../lib/notebook/params';

// The Embed dialog of a chart cell: the embed URL with the chart's parameters at their current values,
// fixed or (with ?controls=1) adjustable by the reader, and the <iframe> code to paste.

export function embedPath(notebookId: string, cellId: string, doc: NotebookDocument, values: ParamValues, options: { controls: boolean; lang: Lang }): string {
  const params = chartParameters(doc, cellId);
  const search = writeParams({ version: 1, cells: params }, values);
  if (options.controls && params.length > 0) search.set('controls', '1');
  if (options.lang === 'en') search.set('lang', 'en');
  const q = search.toString();
  return `/embed/notebooks/${encodeURIComponent(notebookId)}/cells/${encodeURIComponent(cellId)}${q ? `?${q}` : ''}`;
}

export function iframeCode(url: string, title: string): string {
  return `<iframe src="${escapeXml(url)}" title="${escapeXml(title)}" width="100%" height="420" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export function EmbedDialog({ open, onClose, notebookId, cellId, title, doc, values, lang, labels }: { open: boolean; onClose: () => void; notebookId: string; cellId: string; title: string; doc: NotebookDocument; values: ParamValues; lang: Lang; labels: Messages['notebooks']['embed'] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [controls, setControls] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const params = chartParameters(doc, cellId);
  const url = `${typeof window === 'undefined' ? '' : window.location.origin}${embedPath(notebookId, cellId, doc, values, { controls, lang })}`;
  const code = iframeCode(url, title);
  const copy = async () => {
    await navigator.clipboard?.writeText(code).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <dialog ref={dialog} className="embed-dialog" onClose={onClose} aria-labelledby={`embed-${cellId}-title`} data-testid="embed-dialog">
      <h2 id={`embed-${cellId}-title`}>{labels.title}</h2>
      <p className="small">{labels.intro}</p>
      {params.length > 0 ? (
        <>
          <label className="checkbox">
            <input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} data-testid="embed-controls" /> {labels.controls}
          </label>
          {!controls ? <p className="small muted">{fill(labels.fixed, { values: params.map((p) => `${p.label || p.name} = ${formatParamValue(values[p.name], p.control) || '—'}`).join('；') })}</p> : null}
        </>
      ) : (
        <p className="small muted">{labels.noParams}</p>
      )}
      <textarea readOnly value={code} rows={4} className="embed-code" onFocus={(e) => e.currentTarget.select()} data-testid="embed-code" aria-label={labels.title} />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {copied ? labels.copied : labels.copy}
        </button>
        <a href={url} target="_blank" rel="noopener" data-testid="embed-url">
          {labels.preview}
        </a>
        <button type="button" className="chip" onClick={onClose}>
          {labels.close}
        </button>
      </div>
    </dialog>
  );
}
