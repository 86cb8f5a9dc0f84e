'use server';

import { forbidden, redirect } from 'next/navigation';
import type { UpdateNotebookMutation } from '../../graphql/generated';
import {
  CreateNotebookDocument,
  DeleteNotebookDocument,
  DuplicateNotebookDocument,
  ImportNotebookDocument,
  PublishEmbedDocument,
  RestoreNotebookDocument,
  RestoreNotebookRevisionDocument,
  UpdateNotebookDocument,
} from '../../graphql/generated';
import { actionRole } from '../../lib/access';
import { ApiError, mutate } from '../../lib/graphql';
import type { ActionFailure, ActionResult } from '../../lib/server-action';
import { actionAs } from '../../lib/server-action';
import type { NotebookDocument } from '@gongkai/schema/notebook';

// Every change to a notebook goes through the API's mutations as the signed-in user. Each action checks
// on this server that the user is an editor (a forged call by a viewer or a stranger is refused here),
// and the API checks again.

const MAX_FILE = 2 * 1024 * 1024;

/** A notebook action's failure; the API reports a stale save as BAD_USER_INPUT, its message says so (see the report's API gaps). */
function notebookFailure(error: unknown): ActionFailure {
  const e = error instanceof ApiError ? error : new ApiError(String((error as Error)?.message ?? error), 'UNKNOWN', { cause: error });
  const code = e.code === 'CONFLICT' || /saved elsewhere/.test(e.message) ? 'CONFLICT' : e.code;
  return { ok: false, code, message: e.message };
}

function attemptAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  return actionAs('editor', work, notebookFailure);
}

function editorPath(id: string, lang: string | null): string {
  return `/notebooks/${encodeURIComponent(id)}${lang === 'en' ? '?lang=en' : ''}`;
}

const STARTER: NotebookDocument = {
  version: 1,
  cells: [
    { id: 'intro', kind: 'markdown', source: '# 新笔记本\n\n在下方添加查询、图表和参数。' },
    {
      id: 'query-1',
      kind: 'query',
      title: '按年度',
      source:
        'query ($filter: ReportFilter) {\n  analytics(query: { measures: ["reports", "applications.newlyReceived.total"], groupBy: [YEAR], filter: $filter }) {\n    columns { key labelZh labelEn unit values }\n    syntheticReports\n    totalReports\n  }\n}',
      variables: '{}',
    },
  ],
};

/** The list page's form: a new notebook with a starter query, then its editor. */
export async function createNotebookAction(form: FormData): Promise<void> {
  const allowed = await actionRole('editor');
  if (!allowed.ok) {
    if (allowed.code === 'UNAUTHENTICATED') redirect('/login?next=%2Fnotebooks%2Fnew');
    forbidden();
  }
  const lang = form.get('lang') === 'en' ? 'en' : null;
  const title = String(form.get('title') ?? '').trim() || (lang === 'en' ? 'Untitled notebook' : '未命名笔记本');
  const created = await mutate(CreateNotebookDocument, { input: { title, document: STARTER } });
  redirect(editorPath(created.createNotebook.id, lang));
}

export interface SaveInput {
  title: string;
  description: string | null;
  document: NotebookDocument;
}

/** Saves a new revision, refused when someone saved since `expectedRevision` (code CONFLICT). */
export async function saveNotebookAction(
  id: string,
  input: SaveInput,
  expectedRevision: number,
): Promise<ActionResult<UpdateNotebookMutation['updateNotebook']>> {
  return attemptAction(async () => (await mutate(UpdateNotebookDocument, { id, input, expectedRevision })).updateNotebook);
}

export async function duplicateNotebookAction(id: string): Promise<ActionResult<{ id: string }>> {
  return attemptAction(async () => ({ id: (await mutate(DuplicateNotebookDocument, { id })).duplicateNotebook.id }));
}

export async function restoreNotebookAction(id: string): Promise<ActionResult<{ id: string }>> {
  return attemptAction(async () => ({ id: (await mutate(RestoreNotebookDocument, { id })).restoreNotebook.id }));
}

/** A signed embed URL for a chart: locked parameters fixed at their values, an optional expiry. */
export async function publishEmbedAction(
  notebookId: string,
  cellId: string,
  locked: Record<string, unknown>,
  expiresInDays: number | null,
): Promise<ActionResult<{ path: string; expiresAt: string | null }>> {
  return attemptAction(async () => {
    const r = (await mutate(PublishEmbedDocument, { notebookId, cellId, locked, expiresInDays })).publishEmbed;
    return { path: r.path, expiresAt: r.expiresAt };
  });
}

export async function deleteNotebookAction(id: string): Promise<ActionResult<boolean>> {
  return attemptAction(async () => (await mutate(DeleteNotebookDocument, { id })).deleteNotebook);
}

export async function restoreRevisionAction(id: string, revision: number): Promise<ActionResult<{ revision: number }>> {
  return attemptAction(async () => ({ revision: (await mutate(RestoreNotebookRevisionDocument, { id, revision })).restoreNotebookRevision.revision }));
}

/** A file made by Export (the JSON of Notebook.exportJson) becomes a new notebook. */
export async function importNotebookAction(text: string): Promise<ActionResult<{ id: string }>> {
  if (text.length > MAX_FILE) return { ok: false, code: 'PAYLOAD_TOO_LARGE', message: 'the file is larger than 2 MB' };
  return attemptAction(async () => ({ id: (await mutate(ImportNotebookDocument, { file: text })).importNotebook.id }));
}
