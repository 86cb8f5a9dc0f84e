'use client';

import type { MouseEvent, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { sourceParts } from '../../lib/source';

// The report's tables (server-rendered, passed as children) beside its source text. A click on any
// element with data-path (a table cell, a diagnostic's “locate” button) shows that cell's place in the
// source: the characters [start, end) marked, their line tinted, scrolled into view.

export interface SourceCell {
  label: string;
  display: string;
  state: string;
  stateLabel: string;
  raw: string | null;
  line: number | null;
  start: number | null;
  end: number | null;
  /** A cell read by OCR: its box on a kept page image (served at pageUrl(page)). */
  scanBox?: { page: number; x0: number; y0: number; x1: number; y1: number } | null;
  /** OCR confidence as shown (formatted), when the number was read by OCR. */
  confidence?: string | null;
}

export interface ScanPages {
  /** page → its size in pixels */
  sizes: Record<number, { width: number; height: number }>;
  /** The pages' address: page n is at `${base}/${n}`. */
  base: string;
}

export interface SourceLabels {
  title: string;
  hint: string;
  noSource: string;
  raw: string;
  blank: string;
  line: string;
  state: string;
  value: string;
  /** With {n} for the page number. */
  page: string;
  /** With {n} and {label}. */
  imageAlt: string;
  confidence: string;
}

export function SourceViewer({
  children,
  sourceText,
  cells,
  labels,
  scanPages,
}: {
  children: ReactNode;
  sourceText: string | null;
  cells: Record<string, SourceCell>;
  labels: SourceLabels;
  scanPages?: ScanPages;
}) {
  const [selected, setSelected] = useState<string | null>(null);
  const tablesRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const preRef = useRef<HTMLPreElement>(null);
  const markRef = useRef<HTMLElement>(null);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('[data-path]');
    const path = target?.dataset.path;
    if (path && cells[path]) setSelected(path);
  };

  useEffect(() => {
    // The cells are server-rendered children: mark the pressed one directly rather than re-render them.
    for (const b of tablesRef.current?.querySelectorAll('.cell-button[aria-pressed="true"]') ?? []) b.setAttribute('aria-pressed', 'false');
    if (!selected) return;
    tablesRef.current?.querySelector(`.cell-button[data-path="${CSS.escape(selected)}"]`)?.setAttribute('aria-pressed', 'true');
    const pre = preRef.current;
    const mark = markRef.current;
    if (pre && mark) pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - pre.clientHeight / 2);
    const panel = panelRef.current;
    if (panel) {
      const box = panel.getBoundingClientRect();
      if (box.top > window.innerHeight || box.bottom < 0) panel.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }
  }, [selected]);

  const cell = selected ? cells[selected] : undefined;
  const hasPlace = cell && sourceText && cell.start !== null && cell.end !== null;
  const parts = hasPlace ? sourceParts(sourceText, cell.start!, cell.end!) : null;
  return (
    <div className="report-layout">
      <div className="report-tables" ref={tablesRef} onClick={onClick}>
        {children}
      </div>
      <aside className="card source-panel" ref={panelRef} aria-labelledby="source-title" data-testid="source-panel">
        <h2 id="source-title">{labels.title}</h2>
        <div aria-live="polite">
          {cell ? (
            <div className="source-cell" data-testid="source-cell">
              <strong>{cell.label}</strong>
              <dl>
                <dt>{labels.value}</dt>
                <dd data-testid="source-cell-value">{cell.display}</dd>
                <dt>{labels.state}</dt>
                <dd>{cell.stateLabel}</dd>
                <dt>{labels.raw}</dt>
                <dd>
                  <code>{cell.raw ? cell.raw : labels.blank}</code>
                </dd>
                {cell.line !== null ? (
                  <>
                    <dt>{labels.line}</dt>
                    <dd>{cell.line}</dd>
                  </>
                ) : null}
                {cell.confidence ? (
                  <>
                    <dt>{labels.confidence}</dt>
                    <dd data-testid="source-cell-confidence">{cell.confidence}</dd>
                  </>
                ) : null}
              </dl>
              {cell.scanBox && scanPages?.sizes[cell.scanBox.page] ? (
                <ScanCrop
                  box={cell.scanBox}
                  size={scanPages.sizes[cell.scanBox.page]!}
                  src={`${scanPages.base}/${cell.scanBox.page}`}
                  label={cell.label}
                  labels={labels}
                />
              ) : null}
            </div>
          ) : (
            <p className="muted small">{labels.hint}</p>
          )}
        </div>
        {sourceText ? (
          <pre className="source-text" ref={preRef} tabIndex={0} data-testid="source-text">
            {parts ? (
              <>
                {parts.before}
                <span className="source-line-hit">
                  {parts.lineBefore}
                  <mark ref={markRef} className={parts.marked ? undefined : 'caret'} data-testid="source-mark">
                    {parts.marked}
                  </mark>
                  {parts.lineAfter}
                </span>
                {parts.after}
              </>
            ) : (
              sourceText
            )}
          </pre>
        ) : (
          <p className="muted">{labels.noSource}</p>
        )}
      </aside>
    </div>
  );
}

/**
 * The scanned page around a cell read by OCR, the cell outlined: a window of the page a few cells wide,
 * enlarged to the panel's width, so that the digits can be read and the row's neighbours are in view.
 */
function ScanCrop({
  box,
  size,
  src,
  label,
  labels,
}: {
  box: { page: number; x0: number; y0: number; x1: number; y1: number };
  size: { width: number; height: number };
  src: string;
  label: string;
  labels: SourceLabels;
}) {
  const windowWidth = Math.min(size.width, Math.max(480, (box.x1 - box.x0) * 5));
  const windowHeight = Math.min(size.height, Math.round(windowWidth * 0.5));
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, Math.round(v)));
  const left = clamp((box.x0 + box.x1) / 2 - windowWidth / 2, size.width - windowWidth);
  const top = clamp((box.y0 + box.y1) / 2 - windowHeight / 2, size.height - windowHeight);
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(3)}%`;
  return (
    <figure className="scan-crop" data-testid="scan-crop" data-page={box.page}>
      <div className="scan-crop-window" style={{ aspectRatio: `${windowWidth} / ${windowHeight}` }}>
        <img
          src={src}
          alt={labels.imageAlt.replace('{n}', String(box.page)).replace('{label}', label)}
          style={{ left: pct(-left, windowWidth), top: pct(-top, windowHeight), width: pct(size.width, windowWidth) }}
          data-testid="scan-image"
        />
        <span
          className="scan-box"
          data-testid="scan-box"
          style={{
            left: pct(box.x0 - left, windowWidth),
            width: pct(box.x1 - box.x0, windowWidth),
            top: pct(box.y0 - top, windowHeight),
            height: pct(box.y1 - box.y0, windowHeight),
          }}
        />
      </div>
      <figcaption className="muted small">{labels.page.replace('{n}', String(box.page))}</figcaption>
    </figure>
  );
}
