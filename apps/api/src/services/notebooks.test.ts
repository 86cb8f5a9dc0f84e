import { notebookDocument } from '@gongkai/schema/notebook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createContext, OPERATOR } from '../context.ts';
import type { Db } from '../db/client.ts';
import type { App } from '../server.ts';
import { createApp } from '../server.ts';
import { tempDatabase, testEnv } from '../test-support.ts';
import { ensureShippedNotebooks, KEEP_REVISIONS, SHIPPED } from './notebooks.ts';

// Notebook storage through the real server: create, update (revisions), list, get, duplicate, delete,
// restore, export and import; validation and the token.

let db: Db;
let app: App;
const env = testEnv();

beforeAll(async () => {
  ({ db } = tempDatabase());
  ensureShippedNotebooks(db);
  app = await createApp({ db, env });
});
afterAll(async () => {
  await app.stop();
  db.$client.close();
});

async function run(
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = 'test-operator-token',
): Promise<{ data: any; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const res = await app.apollo.executeOperation({ query, variables }, { contextValue: createContext(db, env, token ? OPERATOR : ANONYMOUS) });
  if (res.body.kind !== 'single') throw new Error('incremental');
  return res.body.singleResult as never;
}

const FIELDS = 'id title description revision shipped document revisions { revision title } exportJson';
const doc = (n: number) => ({
  version: 1,
  cells: [
    { id: 'md', kind: 'markdown', source: `# 第${n}版` },
    { id: 'q', kind: 'query', source: '{ status { reports } }', variables: '{}' },
    { id: 'c', kind: 'chart', queryCell: 'q', chartType: 'bar', x: 'YEAR', y: ['reports'], title: '报告数' },
    { id: 'p', kind: 'parameter', name: 'years', label: '年度', control: 'yearRange', default: [2019, 2025] },
  ],
});

describe('notebooks', () => {
  it('ships the overview, agency deep-dive and data-quality notebooks', async () => {
    const { data } = await run('{ notebooks { id shipped title } }');
    expect(data.notebooks.filter((n: any) => n.shipped).map((n: any) => n.id)).toEqual(SHIPPED.map((n) => n.id));
  });

  it.each(SHIPPED)('ships “$id” as a document the schema accepts unchanged', ({ document }) => {
    expect(notebookDocument.parse(document)).toEqual(document);
  });

  it('creates, saves revisions, keeps the last 20 and restores an earlier one', async () => {
    const created = await run(`mutation ($input: NotebookInput!) { createNotebook(input: $input) { ${FIELDS} } }`, {
      input: { title: '我的分析', document: doc(1) },
    });
    const nb = created.data.createNotebook;
    expect(nb).toMatchObject({ title: '我的分析', revision: 1, shipped: false });
    for (let i = 2; i <= 25; i++) {
      const saved = await run(
        `mutation ($id: ID!, $input: NotebookInput!, $r: Int) { updateNotebook(id: $id, input: $input, expectedRevision: $r) { revision } }`,
        { id: nb.id, input: { title: `我的分析 v${i}`, document: doc(i) }, r: i - 1 },
      );
      expect(saved.data.updateNotebook.revision).toBe(i);
    }
    const got = (await run(`query ($id: ID!) { notebook(id: $id) { ${FIELDS} } }`, { id: nb.id })).data.notebook;
    expect(got.revision).toBe(25);
    expect(got.revisions.map((r: any) => r.revision)).toEqual(Array.from({ length: KEEP_REVISIONS }, (_, i) => 25 - i));
    const restored = (
      await run('mutation ($id: ID!, $r: Int!) { restoreNotebookRevision(id: $id, revision: $r) { revision title document } }', { id: nb.id, r: 10 })
    ).data.restoreNotebookRevision;
    expect(restored).toMatchObject({ revision: 26, title: '我的分析 v10' });
    expect(restored.document.cells[0].source).toBe('# 第10版');
    const gone = await run('mutation ($id: ID!) { restoreNotebookRevision(id: $id, revision: 3) { revision } }', { id: nb.id });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to overwrite a newer save', async () => {
    const nb = (await run(`mutation ($input: NotebookInput!) { createNotebook(input: $input) { id } }`, { input: { title: 'A', document: doc(1) } })).data
      .createNotebook;
    await run('mutation ($id: ID!, $input: NotebookInput!) { updateNotebook(id: $id, input: $input, expectedRevision: 1) { revision } }', {
      id: nb.id,
      input: { title: 'B', document: doc(2) },
    });
    const stale = await run('mutation ($id: ID!, $input: NotebookInput!) { updateNotebook(id: $id, input: $input, expectedRevision: 1) { revision } }', {
      id: nb.id,
      input: { title: 'C', document: doc(3) },
    });
    expect(stale.errors?.[0]?.message).toMatch(/saved elsewhere/);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('duplicates, exports and imports a notebook as a file, and deletes it', async () => {
    const nb = (
      await run(`mutation ($input: NotebookInput!) { createNotebook(input: $input) { ${FIELDS} } }`, {
        input: { title: '原件', description: '说明', document: doc(1) },
      })
    ).data.createNotebook;
    const copy = (await run('mutation ($id: ID!) { duplicateNotebook(id: $id) { id title document } }', { id: nb.id })).data.duplicateNotebook;
    expect(copy.id).not.toBe(nb.id);
    expect(copy.title).toBe('原件（副本）');
    expect(copy.document).toEqual(nb.document);
    const imported = (await run('mutation ($f: String!) { importNotebook(file: $f) { id title description document revision } }', { f: nb.exportJson })).data
      .importNotebook;
    expect(imported).toMatchObject({ title: '原件', description: '说明', revision: 1, document: nb.document });
    expect((await run('mutation ($id: ID!) { deleteNotebook(id: $id) }', { id: nb.id })).data.deleteNotebook).toBe(true);
    expect((await run('query ($id: ID!) { notebook(id: $id) { id } }', { id: nb.id })).data.notebook).toBeNull();
    const notAFile = await run('mutation { importNotebook(file: "{\\"x\\": 1}") { id } }');
    expect(notAFile.errors?.[0]?.message).toMatch(/not a Gongkai notebook/);
  });

  it.each([
    [{ version: 1, cells: [{ id: 'x', kind: 'script', source: 'alert(1)' }] }, /kind/],
    [{ version: 1, cells: [{ id: 'c', kind: 'chart', queryCell: 'nope', chartType: 'bar', x: 'a', y: ['b'], title: 't' }] }, /not a query cell/],
    [
      {
        version: 1,
        cells: [
          { id: 'a', kind: 'markdown', source: '' },
          { id: 'a', kind: 'markdown', source: '' },
        ],
      },
      /share the id/,
    ],
    [{ version: 2, cells: [] }, /version/],
  ])('refuses an invalid document %#', async (document, message) => {
    const res = await run('mutation ($input: NotebookInput!) { createNotebook(input: $input) { id } }', { input: { title: 'x', document } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it('needs the API token to save', async () => {
    const res = await run('mutation ($input: NotebookInput!) { createNotebook(input: $input) { id } }', { input: { title: 'x', document: doc(1) } }, null);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
