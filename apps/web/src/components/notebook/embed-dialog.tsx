'use client';

import { useEffect, useRef, useState } from 'react';
import { publishEmbedAction } from '../../app/notebooks/actions';
import type { Lang, Messages } from '../../i18n/messages';
import { fill } from '../../i18n/fill';
import type { NotebookDocument } from '@gongkai/schema/notebook';
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

export function EmbedDialog({
  open,
  onClose,
  notebookId,
  cellId,
  title,
  doc,
  values,
  lang,
  labels,
  canSign,
  signedOnly,
}: {
  open: boolean;
  onClose: () => void;
  notebookId: string;
  cellId: string;
  title: string;
  doc: NotebookDocument;
  values: ParamValues;
  lang: Lang;
  labels: Messages['notebooks']['embed'];
  canSign: boolean;
  signedOnly: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [controls, setControls] = useState(false);
  const [copied, setCopied] = useState(false);
  const [signed, setSigned] = useState(signedOnly);
  const [days, setDays] = useState('');
  const [signedPath, setSignedPath] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const [signError, setSignError] = useState<string | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const params = chartParameters(doc, cellId);
  // Signed: the parameters are locked at their current values unless readers may change them.
  const locked = controls ? {} : Object.fromEntries(params.filter((p) => values[p.name] !== undefined).map((p) => [p.name, values[p.name]]));
  const sign = async () => {
    setSigning(true);
    setSignError(null);
    const n = days.trim() ? Number(days) : null;
    const r = await publishEmbedAction(notebookId, cellId, locked, n);
    setSigning(false);
    if (!r.ok) setSignError(`${r.code}: ${r.message}`);
    else setSignedPath(`${r.data.path}${controls && params.length > 0 ? '&controls=1' : ''}${lang === 'en' ? '&lang=en' : ''}`);
  };
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const url = signed ? (signedPath ? `${origin}${signedPath}` : '') : `${origin}${embedPath(notebookId, cellId, doc, values, { controls, lang })}`;
  const code = url ? iframeCode(url, title) : '';
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
            <input
              type="checkbox"
              checked={controls}
              onChange={(e) => {
                setControls(e.target.checked);
                setSignedPath(null);
              }}
              data-testid="embed-controls"
            />{' '}
            {labels.controls}
          </label>
          {!controls ? (
            <p className="small muted">
              {fill(labels.fixed, { values: params.map((p) => `${p.label || p.name} = ${formatParamValue(values[p.name], p.control) || '—'}`).join('；') })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="small muted">{labels.noParams}</p>
      )}
      {signedOnly ? <p className="small">{labels.signedOnly}</p> : null}
      {canSign ? (
        <fieldset className="embed-sign">
          {!signedOnly ? (
            <label className="checkbox">
              <input
                type="checkbox"
                checked={signed}
                onChange={(e) => {
                  setSigned(e.target.checked);
                  setSignedPath(null);
                }}
                data-testid="embed-signed"
              />{' '}
              {labels.signed}
            </label>
          ) : null}
          {signed ? (
            <>
              <p className="small muted">
                {Object.keys(locked).length > 0
                  ? fill(labels.signedLocked, {
                      values: Object.entries(locked)
                        .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
                        .join('；'),
                    })
                  : labels.signedOpen}
              </p>
              <label>
                {labels.expiresDays} <input type="number" min={1} max={3650} value={days} onChange={(e) => setDays(e.target.value)} data-testid="embed-days" />
              </label>{' '}
              <button type="button" className="primary" onClick={() => void sign()} disabled={signing} data-testid="embed-sign">
                {signing ? labels.signing : labels.generate}
              </button>
              {signError ? <p className="error-inline small">{signError}</p> : null}
            </>
          ) : null}
        </fieldset>
      ) : signedOnly ? (
        <p className="small muted">{labels.needEditor}</p>
      ) : null}
      <textarea
        readOnly
        value={code}
        rows={4}
        className="embed-code"
        onFocus={(e) => e.currentTarget.select()}
        data-testid="embed-code"
        aria-label={labels.title}
      />
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {copied ? labels.copied : labels.copy}
        </button>
        {url ? (
          <a href={url} target="_blank" rel="noopener" data-testid="embed-url">
            {labels.preview}
          </a>
        ) : null}
        <button type="button" className="chip" onClick={onClose}>
          {labels.close}
        </button>
      </div>
    </dialog>
  );
}
