'use client';

import { useRouter } from 'next/navigation';
import type { KeyboardEvent } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ActionResult } from '../../lib/server-action';
import { deleteNotebookAction, duplicateNotebookAction, restoreRevisionAction, saveNotebookAction } from '../../app/notebooks/actions';
import type { Lang, Messages } from '../../i18n/messages';
import { fill } from '../../i18n/fill';
import { formatDateTime } from '../../lib/format';
import type { NotebookCell, NotebookCellKind, NotebookDocument, ParameterCell } from '@gongkai/schema/notebook';
import { findCell, insertCell, moveCell, newCell, parameterCells, queryCells, removeCell, replaceCell } from '../../lib/notebook/document';
import type { ParamValue, ParamValues } from '../../lib/notebook/params';
import { affectedBy, defaultValue, dependencyMap, normaliseValue, substituteVariables, writeParams } from '../../lib/notebook/params';
import { optionList } from '../../lib/notebook/result';
import { runGraphQL } from '../../lib/notebook/run';
import type { NotebookChartLabels } from '../charts/notebook-chart';
import type { QueryOutput } from './cells';
import { ChartCellView, MarkdownCellView, ParameterCellView, QueryCellView } from './cells';
import { EmbedDialog } from './embed-dialog';
import type { OptionsState } from './parameter-control';

// The notebook editor: the one large client component. It holds the draft (title, cells), the
// parameter values (mirrored in the URL), and each query cell's last result. Queries run from the
// browser against the same-origin /graphql; saving and the other changes go through server actions,
// which hold the API token.

export interface NotebookMeta {
  id: string;
  title: string;
  description: string | null;
  revision: number;
  shipped: boolean;
  updatedAt: string;
  revisions: { revision: number; title: string; savedAt: string }[];
}

export interface NotebookEditorProps {
  lang: Lang;
  notebook: NotebookMeta;
  document: NotebookDocument;
  initialParams: ParamValues;
  years: number[];
  canWrite: boolean;
  /** The server shows signed embed links only (GONGKAI_EMBED=signed). */
  signedEmbeds: boolean;
  labels: Messages['notebooks'];
  chartLabels: NotebookChartLabels;
  /** The source line under exported charts. */
  note: string;
  /** “含合成样例 {synthetic}/{total} 份”. */
  syntheticNote: string;
}

type Status = { kind: 'ok' | 'error' | 'info'; text: string } | null;

const KIND_KEYS: Record<string, NotebookCellKind> = { KeyM: 'markdown', KeyQ: 'query', KeyC: 'chart', KeyP: 'parameter' };

function snapshot(title: string, description: string | null, doc: NotebookDocument): string {
  return JSON.stringify([title, description ?? '', doc]);
}

export function NotebookEditor(props: NotebookEditorProps) {
  const { lang, notebook, labels, canWrite } = props;
  const router = useRouter();
  const [title, setTitle] = useState(notebook.title);
  const [description, setDescription] = useState(notebook.description ?? '');
  const [doc, setDocState] = useState(props.document);
  const [params, setParamsState] = useState<ParamValues>(props.initialParams);
  const [outputs, setOutputs] = useState<Record<string, QueryOutput>>({});
  const [runs, setRuns] = useState<Record<string, number>>({});
  const [options, setOptions] = useState<Record<string, OptionsState>>({});
  const [editing, setEditing] = useState<Record<string, boolean>>({});
  const [revision, setRevision] = useState(notebook.revision);
  const [revisions, setRevisions] = useState(notebook.revisions);
  const [saved, setSaved] = useState(() => snapshot(notebook.title, notebook.description, props.document));
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [embedFor, setEmbedFor] = useState<string | null>(null);
  // The cell to focus once the next render has put it in the page (a ref: focusing needs no render).
  const focusCell = useRef<string | null>(null);

  // The latest draft and values, for runs started from callbacks made earlier.
  const docRef = useRef(doc);
  const paramsRef = useRef(params);
  const seqs = useRef<Record<string, number>>({});

  const setDoc = useCallback((next: NotebookDocument) => {
    docRef.current = next;
    setDocState(next);
  }, []);

  const dirty = snapshot(title, description || null, doc) !== saved;
  const deps = useMemo(() => dependencyMap(doc), [doc]);

  const replaceUrl = useCallback((values: ParamValues) => {
    const search = writeParams(docRef.current, values, new URLSearchParams(window.location.search)).toString();
    // The history API, not a navigation: the page (a server component) has nothing new to render.
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  }, []);

  const runQuery = useCallback(async (id: string, values: ParamValues = paramsRef.current) => {
    const cell = findCell(docRef.current, id, 'query');
    if (!cell) return;
    const known = new Set(parameterCells(docRef.current).map((p) => p.name));
    const sub = substituteVariables(cell.variables, values, known);
    if (!sub.ok) {
      setOutputs((o) => ({ ...o, [id]: { status: 'error', error: sub.error, code: 'BAD_VARIABLES' } }));
      return;
    }
    if (sub.missing.length > 0) {
      const names = parameterCells(docRef.current)
        .filter((p) => sub.missing.includes(p.name))
        .map((p) => p.label || p.name);
      setOutputs((o) => ({ ...o, [id]: { status: 'waiting', missing: names } }));
      return;
    }
    const seq = (seqs.current[id] ?? 0) + 1;
    seqs.current[id] = seq;
    setOutputs((o) => {
      const prev = o[id];
      return { ...o, [id]: { status: 'running', data: prev && (prev.status === 'done' || prev.status === 'running') ? prev.data : undefined } };
    });
    const r = await runGraphQL(cell.source, sub.variables);
    if (seqs.current[id] !== seq) return; // a newer run of this cell has started
    setRuns((n) => ({ ...n, [id]: (n[id] ?? 0) + 1 }));
    setOutputs((o) => ({ ...o, [id]: r.ok ? { status: 'done', data: r.data, ms: r.ms } : { status: 'error', error: r.error, code: r.code } }));
  }, []);

  const setParam = useCallback(
    (name: string, value: ParamValue | undefined, options: { url?: boolean } = {}) => {
      const next = { ...paramsRef.current, [name]: value };
      paramsRef.current = next;
      setParamsState(next);
      if (options.url !== false) replaceUrl(next);
      // Only the queries that read this parameter run again; their charts redraw with them.
      for (const id of affectedBy(docRef.current, name).queries) void runQuery(id, next);
    },
    [replaceUrl, runQuery],
  );

  const loadOptions = useCallback(
    async (id: string) => {
      const cell = findCell(docRef.current, id, 'parameter');
      if (!cell) return;
      if (!cell.options?.source.trim()) {
        setOptions((o) => {
          const { [id]: _, ...rest } = o;
          return rest;
        });
        return;
      }
      setOptions((o) => ({ ...o, [id]: { status: 'loading' } }));
      const r = await runGraphQL(cell.options.source, {});
      if (!r.ok) {
        setOptions((o) => ({ ...o, [id]: { status: 'error', error: r.error } }));
        return;
      }
      const list = optionList(r.data, cell.options.values, cell.options.labels);
      setOptions((o) => ({ ...o, [id]: { status: 'ready', options: list } }));
      // A select without a value takes the first option (not written to the URL: it is the default).
      if (cell.control === 'select' && paramsRef.current[cell.name] === undefined && list[0]) setParam(cell.name, list[0].value, { url: false });
    },
    [setParam],
  );

  const runAll = useCallback(() => {
    for (const p of parameterCells(docRef.current)) void loadOptions(p.id);
    for (const q of queryCells(docRef.current)) void runQuery(q.id);
  }, [loadOptions, runQuery]);

  // First render: options and every query.
  useEffect(() => {
    runAll();
  }, [runAll]);

  const runCell = useCallback(
    (id: string) => {
      const cell = findCell(docRef.current, id);
      if (!cell) return;
      if (cell.kind === 'query') void runQuery(id);
      else if (cell.kind === 'chart') void runQuery(cell.queryCell);
      else if (cell.kind === 'parameter') void loadOptions(id);
      else setEditing((e) => ({ ...e, [id]: false }));
    },
    [runQuery, loadOptions],
  );

  const updateCell = useCallback(
    (next: NotebookCell) => {
      const prev = findCell(docRef.current, next.id);
      setDoc(replaceCell(docRef.current, next));
      // A parameter renamed or given another control keeps what value it can.
      if (
        prev?.kind === 'parameter' &&
        next.kind === 'parameter' &&
        (prev.name !== next.name || prev.control !== next.control || JSON.stringify(prev.default) !== JSON.stringify(next.default))
      ) {
        const value = normaliseValue(next.control, paramsRef.current[prev.name]) ?? defaultValue(next);
        const values = { ...paramsRef.current };
        if (prev.name !== next.name) delete values[prev.name];
        values[next.name] = value;
        paramsRef.current = values;
        setParamsState(values);
      }
    },
    [setDoc],
  );

  const addCell = useCallback(
    (kind: NotebookCellKind, after?: string | null) => {
      const cell = newCell(docRef.current, kind, after ?? undefined);
      setDoc(insertCell(docRef.current, cell, after));
      if (kind === 'markdown') setEditing((e) => ({ ...e, [cell.id]: true }));
      if (cell.kind === 'parameter') {
        const values = { ...paramsRef.current, [cell.name]: defaultValue(cell) };
        paramsRef.current = values;
        setParamsState(values);
      }
      focusCell.current = cell.id;
    },
    [setDoc],
  );

  const move = useCallback(
    (id: string, delta: -1 | 1) => {
      setDoc(moveCell(docRef.current, id, delta));
      focusCell.current = id;
    },
    [setDoc],
  );

  const remove = useCallback(
    (id: string) => {
      const cells = docRef.current.cells;
      const at = cells.findIndex((c) => c.id === id);
      setDoc(removeCell(docRef.current, id));
      const neighbour = cells[at + 1] ?? cells[at - 1];
      focusCell.current = neighbour?.id ?? null;
    },
    [setDoc],
  );

  // After a move, an add or a delete, the keyboard stays with the cell.
  useEffect(() => {
    if (!focusCell.current) return;
    document.querySelector<HTMLElement>(`[data-cell-id="${CSS.escape(focusCell.current)}"]`)?.focus({ preventScroll: false });
    focusCell.current = null;
  }, [doc]);

  const save = useCallback(async () => {
    if (!canWrite || busy) return;
    setBusy('save');
    setStatus({ kind: 'info', text: labels.editor.saving });
    const input = { title: title.trim() || labels.untitled, description: description.trim() || null, document: docRef.current };
    const r = await saveNotebookAction(notebook.id, input, revision).catch((e: unknown) => ({
      ok: false as const,
      code: 'NETWORK',
      message: String((e as Error).message ?? e),
    }));
    setBusy(null);
    if (r.ok) {
      setRevision(r.data.revision);
      setRevisions(r.data.revisions);
      setSaved(snapshot(input.title, input.description, input.document));
      setTitle(input.title);
      setStatus({ kind: 'ok', text: fill(labels.editor.saved, { n: r.data.revision }) });
    } else if (r.code === 'CONFLICT') {
      setStatus({ kind: 'error', text: fill(labels.editor.conflict, { n: /revision (\d+)/.exec(r.message)?.[1] ?? '?' }) });
    } else setStatus({ kind: 'error', text: `${labels.editor.saveFailed}: ${r.code} · ${r.message}` });
  }, [busy, canWrite, description, labels, notebook.id, revision, title]);

  // Ctrl+S / ⌘S saves.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  const act = async <T,>(name: string, work: () => Promise<ActionResult<T>>, done: (data: T) => void, failed: string) => {
    setBusy(name);
    const r = await work().catch((e: unknown) => ({ ok: false as const, code: 'NETWORK', message: String((e as Error).message ?? e) }));
    setBusy(null);
    if (r.ok) done(r.data);
    else setStatus({ kind: 'error', text: `${failed}: ${r.code} · ${r.message}` });
  };
  const langSuffix = lang === 'en' ? '?lang=en' : '';
  // A restore saves the old revision as the newest; the page then renders it, and the editor starts afresh.
  const restore = (rev: number) => {
    if (dirty && !window.confirm(fill(labels.editor.confirmRestore, { n: rev }))) return;
    void act(
      'restore',
      () => restoreRevisionAction(notebook.id, rev),
      () => router.refresh(),
      labels.editor.restoreFailed,
    );
  };
  const duplicate = () =>
    act(
      'duplicate',
      () => duplicateNotebookAction(notebook.id),
      (d) => router.push(`/notebooks/${encodeURIComponent(d.id)}${langSuffix}`),
      labels.editor.saveFailed,
    );
  const destroy = () => {
    if (!window.confirm(fill(labels.editor.confirmDelete, { title }))) return;
    void act(
      'delete',
      () => deleteNotebookAction(notebook.id),
      () => router.push(`/notebooks${langSuffix}`),
      labels.editor.saveFailed,
    );
  };

  const onCellKey = (e: KeyboardEvent<HTMLElement>, id: string) => {
    if (e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (target.tagName === 'TEXTAREA') return;
      e.preventDefault();
      runCell(id);
      return;
    }
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    // A select's own Alt+↓ opens it.
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && !e.shiftKey && target.tagName !== 'SELECT') {
      e.preventDefault();
      move(id, e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.shiftKey && (e.key === 'Backspace' || e.key === 'Delete')) {
      e.preventDefault();
      remove(id);
    } else if (e.shiftKey && KIND_KEYS[e.code]) {
      e.preventDefault();
      addCell(KIND_KEYS[e.code]!, id);
    }
  };

  const embedCell = embedFor ? findCell(doc, embedFor, 'chart') : undefined;

  return (
    <div className="notebook" data-testid="notebook" data-revision={revision} data-dirty={dirty || undefined}>
      <h1 className="visually-hidden">{title}</h1>
      <div className="notebook-head">
        <input
          className="notebook-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-label={labels.editor.title}
          maxLength={200}
          data-testid="notebook-title"
        />
        <input
          className="notebook-description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-label={labels.editor.description}
          placeholder={labels.editor.description}
          maxLength={2000}
        />
      </div>
      <div className="notebook-toolbar" role="toolbar" aria-label={labels.title}>
        {canWrite ? (
          <button type="button" className="primary" onClick={() => void save()} disabled={busy !== null} data-testid="notebook-save">
            {busy === 'save' ? labels.editor.saving : labels.editor.save}
          </button>
        ) : null}
        <button type="button" className="chip" onClick={runAll} data-testid="notebook-run-all">
          {labels.editor.runAll}
        </button>
        {canWrite ? (
          <button type="button" className="chip" onClick={() => void duplicate()} disabled={busy !== null} data-testid="notebook-duplicate">
            {labels.editor.duplicate}
          </button>
        ) : null}
        <a className="chip" href={`/notebooks/${encodeURIComponent(notebook.id)}/export`} download data-testid="notebook-export">
          {labels.editor.export}
        </a>
        {canWrite ? (
          <button type="button" className="chip chip-danger" onClick={destroy} disabled={busy !== null} data-testid="notebook-delete">
            {labels.editor.delete}
          </button>
        ) : null}
        <span className={`notebook-status${status?.kind === 'error' ? ' error-inline' : ''}`} role="status" data-testid="notebook-status">
          {status?.text ?? (dirty ? labels.editor.unsaved : '')}
          {status && dirty && status.kind === 'ok' ? ` · ${labels.editor.unsaved}` : ''}
        </span>
      </div>
      {!canWrite ? <p className="banner">{labels.noToken}</p> : notebook.shipped ? <p className="small muted">{labels.editor.shipped}</p> : null}
      <p className="small muted notebook-help">{labels.editor.help}</p>

      {doc.cells.length === 0 ? <p className="empty card">{labels.editor.empty}</p> : null}
      <ol className="cells">
        {doc.cells.map((cell, i) => (
          <li
            key={cell.id}
            className={`nb-cell nb-cell-${cell.kind}`}
            data-cell-id={cell.id}
            data-cell-kind={cell.kind}
            data-runs={cell.kind === 'query' ? (runs[cell.id] ?? 0) : undefined}
            tabIndex={-1}
            onKeyDown={(e) => onCellKey(e, cell.id)}
            aria-label={`${labels.editor.kinds[cell.kind]} ${i + 1}`}
          >
            <div className="cell-bar">
              <span className="cell-kind">
                {labels.editor.kinds[cell.kind]} <code className="muted">{cell.id}</code>
              </span>
              <span className="cell-buttons">
                {cell.kind === 'markdown' ? (
                  <button
                    type="button"
                    className="chip"
                    onClick={() => setEditing((e) => ({ ...e, [cell.id]: !e[cell.id] }))}
                    aria-pressed={Boolean(editing[cell.id])}
                    data-testid={`edit-${cell.id}`}
                  >
                    {editing[cell.id] ? labels.editor.done : labels.editor.edit}
                  </button>
                ) : null}
                {cell.kind === 'query' || cell.kind === 'chart' ? (
                  <button type="button" className="chip" onClick={() => runCell(cell.id)} data-testid={`run-${cell.id}`}>
                    {labels.editor.run}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => move(cell.id, -1)}
                  disabled={i === 0}
                  aria-label={labels.editor.moveUp}
                  title={`${labels.editor.moveUp} (Alt+↑)`}
                  data-testid={`up-${cell.id}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => move(cell.id, 1)}
                  disabled={i === doc.cells.length - 1}
                  aria-label={labels.editor.moveDown}
                  title={`${labels.editor.moveDown} (Alt+↓)`}
                  data-testid={`down-${cell.id}`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => remove(cell.id)}
                  aria-label={labels.editor.deleteCell}
                  title={`${labels.editor.deleteCell} (Alt+Shift+Backspace)`}
                  data-testid={`delete-${cell.id}`}
                >
                  ×
                </button>
              </span>
            </div>
            {cell.kind === 'markdown' ? (
              <MarkdownCellView
                cell={cell}
                doc={doc}
                values={params}
                editing={Boolean(editing[cell.id])}
                onEdit={(on) => setEditing((e) => ({ ...e, [cell.id]: on }))}
                onChange={updateCell}
                labels={labels}
              />
            ) : cell.kind === 'query' ? (
              <QueryCellView
                cell={cell}
                output={outputs[cell.id] ?? { status: 'idle' }}
                lang={lang}
                onChange={updateCell}
                onRun={() => void runQuery(cell.id)}
                labels={labels}
                chartLabels={props.chartLabels}
              />
            ) : cell.kind === 'chart' ? (
              <ChartCellView
                cell={cell}
                doc={doc}
                output={outputs[cell.queryCell]}
                lang={lang}
                onChange={updateCell}
                onEmbed={() => setEmbedFor(cell.id)}
                labels={labels}
                chartLabels={props.chartLabels}
                note={props.note}
                syntheticNote={props.syntheticNote}
              />
            ) : (
              <ParameterCellView
                cell={cell}
                value={params[cell.name]}
                options={options[cell.id]}
                years={props.years}
                usedBy={deps.get(cell.name)?.length ?? 0}
                onChange={updateCell}
                onValue={(v) => setParam((cell as ParameterCell).name, v)}
                onRun={() => void loadOptions(cell.id)}
                labels={labels}
              />
            )}
            <AddCell labels={labels} onAdd={(kind) => addCell(kind, cell.id)} compact />
          </li>
        ))}
      </ol>
      {doc.cells.length === 0 ? <AddCell labels={labels} onAdd={(kind) => addCell(kind, null)} /> : null}

      <section className="card notebook-revisions" aria-labelledby="revisions-title">
        <details>
          <summary id="revisions-title">
            {labels.editor.revisions} ({revisions.length})
          </summary>
          <ol className="revision-list" data-testid="revisions">
            {revisions.map((r) => (
              <li key={r.revision} data-revision={r.revision}>
                <span>
                  <strong>{fill(labels.editor.revisionLabel, { n: r.revision })}</strong> · {formatDateTime(r.savedAt, lang)} · {r.title}
                </span>
                {r.revision === revision ? (
                  <span className="badge">{labels.editor.current}</span>
                ) : canWrite ? (
                  <button type="button" className="chip" onClick={() => restore(r.revision)} disabled={busy !== null} data-testid={`restore-${r.revision}`}>
                    {labels.editor.restore}
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        </details>
      </section>

      {embedCell ? (
        <EmbedDialog
          open
          onClose={() => setEmbedFor(null)}
          notebookId={notebook.id}
          cellId={embedCell.id}
          title={embedCell.title || labels.chart.untitled}
          doc={doc}
          values={params}
          lang={lang}
          labels={labels.embed}
          canSign={canWrite}
          signedOnly={props.signedEmbeds}
        />
      ) : null}
    </div>
  );
}

function AddCell({ labels, onAdd, compact }: { labels: Messages['notebooks']; onAdd: (kind: NotebookCellKind) => void; compact?: boolean }) {
  return (
    <div className={compact ? 'add-cell add-cell-compact' : 'add-cell'} role="group" aria-label={labels.editor.addBelow}>
      <span className="small muted">{labels.editor.addBelow}:</span>
      {(Object.keys(labels.editor.kinds) as NotebookCellKind[]).map((k) => (
        <button key={k} type="button" className="chip" onClick={() => onAdd(k)} data-testid={`add-${k}`}>
          + {labels.editor.kinds[k]}
        </button>
      ))}
    </div>
  );
}
