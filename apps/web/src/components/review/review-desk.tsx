'use client';

import type { DiagnosticReviewStatus } from '@gongkai/schema/graphql';
import Link from 'next/link';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { correctCellAction, reviewDiagnosticAction } from '../../app/review/actions';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import type { FormTable } from '../../lib/report-form';
import { FormHeadCell } from '../report/form-table';
import type { ReviewItem } from '../../lib/review-items';
import { sourceWindow } from '../../lib/review-items';

// The review desk: the official form on the left with a field in every cell to check, the source on the
// right at the line of the cell in hand. Keyboard first: type, Enter saves and goes on; Esc goes to the
// diagnostics, where C confirms, D dismisses and O reopens.

export interface DeskCell {
  label: string;
  display: string;
  state: string;
  stateLabel: string;
  parsed: string;
  raw: string | null;
}

export interface DeskDiagnostic {
  id: string;
  title: string;
  code: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  message: string;
  where: string | null;
  status: DiagnosticReviewStatus;
}

type SaveState = { kind: 'saving' } | { kind: 'saved'; value: string } | { kind: 'failed'; message: string };

export function ReviewDesk({
  reportId,
  lang,
  sourceText,
  tables,
  cells,
  items,
  diagnostics,
  queueHref,
  reportHref,
}: {
  reportId: string;
  lang: Lang;
  sourceText: string | null;
  tables: { title: string; table: FormTable }[];
  cells: Record<string, DeskCell>;
  items: ReviewItem[];
  diagnostics: DeskDiagnostic[];
  queueHref: string;
  reportHref: string;
}) {
  const m = t(lang);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(items.map((i) => [i.path, i.initial])));
  const [saves, setSaves] = useState<Record<string, SaveState>>({});
  const [statuses, setStatuses] = useState<Record<string, DiagnosticReviewStatus>>(() => Object.fromEntries(diagnostics.map((d) => [d.id, d.status])));
  const [problem, setProblem] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(items[0]?.path ?? null);
  const [reason, setReason] = useState<string>(m.review.defaultReason);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const diagnosticRows = useRef(new Map<string, HTMLLIElement>());
  const itemByPath = new Map(items.map((i) => [i.path, i]));

  useEffect(() => {
    // The desk opens with the first cell to check in hand.
    if (items[0]) inputs.current.get(items[0].path)?.focus();
    else if (diagnostics[0]) diagnosticRows.current.get(diagnostics[0].id)?.focus();
    // Only on arrival: later focus follows the keyboard.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const focusItem = (index: number) => {
    const item = items[Math.max(0, Math.min(items.length - 1, index))];
    if (item) inputs.current.get(item.path)?.focus();
  };
  const focusDiagnostic = (from = -1, step = 1) => {
    // The next diagnostic still open, else the next one at all.
    const open = diagnostics.findIndex((d, i) => (step > 0 ? i > from : i < from) && statuses[d.id] === 'OPEN');
    const index = open >= 0 ? open : Math.max(0, Math.min(diagnostics.length - 1, from + step));
    const d = diagnostics[index];
    if (d) diagnosticRows.current.get(d.id)?.focus();
  };

  const save = async (path: string) => {
    const typed = (values[path] ?? '').replace(/[,，\s]/g, '');
    setSaves((s) => ({ ...s, [path]: { kind: 'saving' } }));
    const result = await correctCellAction(reportId, path, typed === '' ? null : typed, reason);
    if (!result.ok) {
      setSaves((s) => ({ ...s, [path]: { kind: 'failed', message: result.message } }));
      setProblem(m.review.failed(result.message));
      return;
    }
    setProblem(null);
    setSaves((s) => ({ ...s, [path]: { kind: 'saved', value: typed } }));
    const index = items.findIndex((i) => i.path === path);
    const next = items.slice(index + 1).find((i) => saves[i.path]?.kind !== 'saved');
    if (next) inputs.current.get(next.path)?.focus();
    else focusDiagnostic();
  };

  const onItemKey = (e: KeyboardEvent<HTMLInputElement>, path: string) => {
    const index = items.findIndex((i) => i.path === path);
    if (e.key === 'Enter') {
      e.preventDefault();
      void save(path);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusItem(index + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusItem(index - 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      focusDiagnostic();
    }
  };

  const review = async (id: string, status: DiagnosticReviewStatus) => {
    const result = await reviewDiagnosticAction(id, status, null);
    if (!result.ok) {
      setProblem(m.review.failed(result.message));
      return;
    }
    setProblem(null);
    setStatuses((s) => ({ ...s, [id]: result.data.reviewStatus }));
    const index = diagnostics.findIndex((d) => d.id === id);
    const next = diagnostics.slice(index + 1).find((d) => statuses[d.id] === 'OPEN');
    if (next) diagnosticRows.current.get(next.id)?.focus();
  };

  const onDiagnosticKey = (e: KeyboardEvent<HTMLLIElement>, id: string) => {
    if (e.target !== e.currentTarget) return;
    const index = diagnostics.findIndex((d) => d.id === id);
    const key = e.key.toLowerCase();
    if (key === 'c' || key === 'd' || key === 'o') {
      e.preventDefault();
      void review(id, key === 'c' ? 'CONFIRMED' : key === 'd' ? 'DISMISSED' : 'OPEN');
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const d = diagnostics[index + (e.key === 'ArrowDown' ? 1 : -1)];
      if (d) diagnosticRows.current.get(d.id)?.focus();
      else if (e.key === 'ArrowUp') focusItem(items.length - 1);
    }
  };

  const open =
    items.filter((i) => saves[i.path]?.kind !== 'saved').length + diagnostics.filter((d) => statuses[d.id] === 'OPEN' && d.severity !== 'INFO').length;
  const item = current ? itemByPath.get(current) : undefined;
  const cell = current ? cells[current] : undefined;
  const lines = sourceWindow(sourceText, item?.line ?? null);

  return (
    <div className="review-desk" data-testid="review-desk">
      <p className="muted small" id="review-keys">
        {m.review.keys}
      </p>
      <label className="review-reason">
        <span>{m.review.reason}</span>
        <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} data-testid="review-reason" />
      </label>
      <p role="status" className="small" data-testid="review-open">
        {open === 0 ? m.review.done : m.review.counts(String(open), String(Object.values(saves).filter((s) => s.kind === 'saved').length))}
      </p>
      {problem ? (
        <p role="alert" className="error-box" data-testid="review-problem">
          {problem}
        </p>
      ) : null}
      <div className="report-layout">
        <div className="report-tables">
          <section className="card report-form" aria-labelledby="review-items-title">
            <h2 id="review-items-title">{m.review.items}</h2>
            {items.length === 0 ? <p className="muted">{m.review.noItems}</p> : null}
            {tables.map(({ title, table }) => (
              <div key={table.section}>
                <h3>{title}</h3>
                <div className="table-wrap">
                  {table.blocks.map((block, b) => (
                    <table key={b} className={`form-table form-${table.section}`} style={{ minWidth: `${table.width * 3.6}em` }} data-section={table.section}>
                      <caption className={block.caption ? 'form-caption' : 'visually-hidden'}>{block.caption ?? title}</caption>
                      <tbody>
                        {block.rows.map((row, r) => (
                          <tr key={r}>
                            {row.map((c, k) => {
                              if (c.kind !== 'value') return <FormHeadCell key={k} cell={c} />;
                              const info = cells[c.path];
                              const it = itemByPath.get(c.path);
                              if (!it)
                                return (
                                  <td key={k} className={`cell cell-${(info?.state ?? 'absent').toLowerCase()}`}>
                                    {info?.display ?? ''}
                                  </td>
                                );
                              const s = saves[c.path];
                              return (
                                <td key={k} className={`cell cell-review cell-review-${it.kind}`} data-saved={s?.kind === 'saved' ? 'true' : undefined}>
                                  <input
                                    ref={(el) => {
                                      if (el) inputs.current.set(c.path, el);
                                      else inputs.current.delete(c.path);
                                    }}
                                    className="review-input"
                                    inputMode="decimal"
                                    data-testid="review-input"
                                    data-path={c.path}
                                    aria-label={`${info?.label ?? c.path} · ${m.review.kinds[it.kind]} · ${m.review.parsed} ${info?.parsed ?? '—'}`}
                                    aria-describedby="review-keys"
                                    aria-invalid={s?.kind === 'failed' ? true : undefined}
                                    value={values[c.path] ?? ''}
                                    onChange={(e) => setValues((v) => ({ ...v, [c.path]: e.target.value }))}
                                    onFocus={() => setCurrent(c.path)}
                                    onKeyDown={(e) => onItemKey(e, c.path)}
                                  />
                                  {s?.kind === 'saved' ? (
                                    <span className="review-saved" aria-label={m.review.saved}>
                                      ✓
                                    </span>
                                  ) : null}
                                  {s?.kind === 'saving' ? <span className="muted small">…</span> : null}
                                </td>
                              );
                            })}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  ))}
                </div>
              </div>
            ))}
          </section>
          <section className="card" aria-labelledby="review-diagnostics-title">
            <h2 id="review-diagnostics-title">{m.review.diagnostics}</h2>
            {diagnostics.length === 0 ? <p className="muted">{m.report.noDiagnostics}</p> : null}
            <ul className="diag-list review-diagnostics" data-testid="review-diagnostics">
              {diagnostics.map((d) => (
                <li
                  key={d.id}
                  ref={(el) => {
                    if (el) diagnosticRows.current.set(d.id, el);
                    else diagnosticRows.current.delete(d.id);
                  }}
                  tabIndex={0}
                  data-diagnostic-id={d.id}
                  data-review-status={statuses[d.id]}
                  aria-describedby="review-keys"
                  onKeyDown={(e) => onDiagnosticKey(e, d.id)}
                >
                  <span className={`badge badge-${d.severity.toLowerCase()}`}>{m.report.severity[d.severity]}</span>
                  <div>
                    <div>
                      <strong>{d.title}</strong>{' '}
                      <span className={`badge review-state review-state-${statuses[d.id]?.toLowerCase()}`}>
                        {m.review.reviewStates[statuses[d.id] ?? 'OPEN']}
                      </span>
                    </div>
                    <div className="small">{d.message}</div>
                    <div className="diag-meta">
                      <code>{d.code}</code>
                      {d.where ? <> · {d.where}</> : null}
                      {' · '}
                      <button type="button" className="link" tabIndex={-1} onClick={() => void review(d.id, 'CONFIRMED')}>
                        {m.review.confirm} (C)
                      </button>
                      {' · '}
                      <button type="button" className="link" tabIndex={-1} onClick={() => void review(d.id, 'DISMISSED')}>
                        {m.review.dismiss} (D)
                      </button>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </section>
          <p>
            <Link href={queueHref}>{m.review.backToQueue}</Link> · <Link href={reportHref}>{m.review.openReport}</Link>
          </p>
        </div>
        <aside className="card source-panel" aria-labelledby="review-source-title" data-testid="review-source">
          <h2 id="review-source-title">{m.review.source}</h2>
          {cell ? (
            <div className="source-cell" aria-live="polite">
              <strong>{cell.label}</strong>
              <dl>
                <dt>{m.review.parsed}</dt>
                <dd>
                  {cell.parsed} <span className="muted small">({cell.stateLabel})</span>
                </dd>
                <dt>{m.report.cellRaw}</dt>
                <dd>
                  <code>{cell.raw ?? m.report.cellBlank}</code>
                </dd>
              </dl>
            </div>
          ) : null}
          {lines.length ? (
            <pre className="source-text review-source-text" data-testid="review-source-lines">
              {lines.map((l) => (
                <span key={l.number} className={l.hit ? 'source-line-hit' : undefined} data-hit={l.hit ? 'true' : undefined}>
                  <span className="line-number">{String(l.number).padStart(4, ' ')} </span>
                  {l.text}
                  {'\n'}
                </span>
              ))}
            </pre>
          ) : (
            <p className="muted small">{m.review.noSourceLine}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
