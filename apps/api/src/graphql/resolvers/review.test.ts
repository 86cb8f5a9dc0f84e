import { CELLS } from '@gongkai/schema/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import { createApp } from '../../server.ts';
import { createAuth } from '../../services/auth.ts';
import { createToken } from '../../services/tokens.ts';
import { createUser } from '../../services/users.ts';
import { filledDatabase, testEnv } from '../../test-support.ts';

// Review over real HTTP: who may correct and review (checked on the server), what a reader sees.

type Json = any;
let db: Db;
let base: string;
let stop: () => Promise<void>;
const tokens: Record<string, string> = {};
const PATH = 'applications.newlyReceived.total';

beforeAll(async () => {
  ({ db } = await filledDatabase(5));
  const env = testEnv();
  const auth = createAuth(db, env);
  for (const [name, role] of [
    ['vera', 'viewer'],
    ['ed', 'editor'],
  ] as const) {
    const { user } = await createUser(auth, db, { username: name, role });
    tokens[name] = createToken(db, { id: user.id, role }, { name: 'test', role }).token;
  }
  const app = await createApp({ db, env });
  stop = () => app.stop();
  base = await app.listen(0);
}, 120_000);
afterAll(async () => {
  await stop();
  db.$client.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}, who?: string): Promise<Json> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const CORRECT = `mutation($id: ID!, $path: String!, $value: String, $reason: String!) {
  correctCell(reportId: $id, path: $path, value: $value, reason: $reason, source: { page: 2, line: 14 }) { id status value parsedValue by reason source { page line } }
}`;
const CELL = `query($id: ID!, $path: String!) { report(id: $id) {
  cell(path: $path) { value parsedValue state parsedState corrections { id status by at reason } }
  reviewStatus { state corrections openErrors openWarnings lastReviewedBy }
  reviewHistory { kind subject status value comment by }
} }`;
const TOTAL = `query($year: Int!, $parsed: Boolean) { analytics(query: { measures: ["${PATH}"], filter: { yearFrom: $year, yearTo: $year }, useParsed: $parsed }) { columns { key values } } }`;

function firstReport(): { id: number; year: number; value: number } {
  return db.$client
    .prepare(
      'SELECT r.id, r.year, c.value FROM reports r JOIN report_cells c ON c.report_id = r.id AND c.cell = ? WHERE r.is_latest = 1 AND r.complete = 1 AND c.value IS NOT NULL AND r.year IS NOT NULL ORDER BY r.id LIMIT 1',
    )
    .get(CELLS.findIndex((c) => c.path === PATH)) as { id: number; year: number; value: number };
}

const sumOf = (body: Json) => (body.data.analytics.columns.find((c: Json) => c.key === PATH).values as number[]).reduce((a, b) => a + (b ?? 0), 0);
const corrections = () => (db.$client.prepare('SELECT count(*) AS n FROM cell_corrections').get() as { n: number }).n;

describe('review over GraphQL', () => {
  it('refuses correctCell and reviewDiagnostic to nobody and to a viewer, storing nothing', async () => {
    const r = firstReport();
    const vars = { id: String(r.id), path: PATH, value: '1', reason: 'x' };
    expect((await gql(CORRECT, vars)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const viewer = await gql(CORRECT, vars, 'vera');
    expect(viewer.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(viewer.errors[0].message).toMatch(/editor role/);
    const d = db.$client.prepare('SELECT id FROM diagnostics LIMIT 1').get() as { id: number };
    const review = await gql('mutation($id: ID!) { reviewDiagnostic(id: $id, status: DISMISSED) { id } }', { id: String(d.id) }, 'vera');
    expect(review.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(corrections()).toBe(0);
    expect((db.$client.prepare('SELECT count(*) AS n FROM diagnostic_reviews').get() as { n: number }).n).toBe(0);
  });

  it('an editor corrects a cell: the report, its history and the analytics show it; useParsed shows the parsed sum; revert undoes it', async () => {
    const r = firstReport();
    const before = sumOf(await gql(TOTAL, { year: r.year }, 'vera'));
    const reason = '<img src=x onerror=alert(1)> 第2页第14行';
    const made = await gql(CORRECT, { id: String(r.id), path: PATH, value: String(r.value + 10), reason }, 'ed');
    expect(made.errors).toBeUndefined();
    expect(made.data.correctCell).toMatchObject({
      status: 'ACTIVE',
      value: r.value + 10,
      parsedValue: r.value,
      by: 'ed',
      reason,
      source: { page: 2, line: 14 },
    });

    const seen = await gql(CELL, { id: String(r.id), path: PATH }, 'vera');
    expect(seen.data.report.cell).toMatchObject({
      value: r.value + 10,
      parsedValue: r.value,
      state: 'CORRECTED',
      corrections: [{ status: 'ACTIVE', by: 'ed', reason }],
    });
    expect(seen.data.report.reviewStatus).toMatchObject({ corrections: 1, lastReviewedBy: 'ed' });
    expect(seen.data.report.reviewHistory[0]).toMatchObject({ kind: 'CORRECTION', subject: PATH, status: 'ACTIVE', value: String(r.value + 10), by: 'ed' });
    // A write clears the cached answers: the next read has the corrected sum.
    expect(sumOf(await gql(TOTAL, { year: r.year }, 'vera'))).toBe(before + 10);
    expect(sumOf(await gql(TOTAL, { year: r.year, parsed: true }, 'vera'))).toBe(before);

    const reverted = await gql('mutation($id: ID!) { revertCorrection(id: $id) { status revertedBy } }', { id: made.data.correctCell.id }, 'ed');
    expect(reverted.data.revertCorrection).toEqual({ status: 'REVERTED', revertedBy: 'ed' });
    expect(sumOf(await gql(TOTAL, { year: r.year }, 'vera'))).toBe(before);
    const after = await gql(CELL, { id: String(r.id), path: PATH }, 'vera');
    expect(after.data.report.cell).toMatchObject({ value: r.value, state: after.data.report.cell.parsedState });
  });

  it('an editor reviews a diagnostic; the queue lists reports that need a person, errors first', async () => {
    const d = db.$client.prepare("SELECT id, report_id AS reportId FROM diagnostics WHERE severity = 'warning' LIMIT 1").get() as {
      id: number;
      reportId: number;
    };
    const done = await gql(
      'mutation($id: ID!) { reviewDiagnostic(id: $id, status: CONFIRMED, comment: "原文如此") { id reviewStatus review { status comment by } } }',
      { id: String(d.id) },
      'ed',
    );
    expect(done.data.reviewDiagnostic).toEqual({ id: String(d.id), reviewStatus: 'CONFIRMED', review: { status: 'CONFIRMED', comment: '原文如此', by: 'ed' } });
    const report = await gql('query($id: ID!) { report(id: $id) { diagnostics { id reviewStatus } } }', { id: String(d.reportId) }, 'vera');
    expect(report.data.report.diagnostics.find((x: Json) => x.id === String(d.id)).reviewStatus).toBe('CONFIRMED');

    const queue = await gql(
      '{ reviewQueue(first: 50) { totalCount edges { node { openErrors emptyCells openWarnings report { id } } } pageInfo { hasNextPage } } }',
      {},
      'vera',
    );
    expect(queue.errors).toBeUndefined();
    const nodes = queue.data.reviewQueue.edges.map((e: Json) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.map((n: Json) => n.openErrors)).toEqual([...nodes.map((n: Json) => n.openErrors)].sort((a, b) => b - a));
  });

  it('bounds what a correction may carry: unknown ids and over-long reasons are refused by name', async () => {
    const r = firstReport();
    const long = await gql(CORRECT, { id: String(r.id), path: PATH, value: '1', reason: 'x'.repeat(1_001) }, 'ed');
    expect(long.errors[0].message).toMatch(/reason is 1001 characters long; the limit is 1000/);
    const bad = await gql(CORRECT, { id: '1 OR 1=1; DROP TABLE reports; --', path: PATH, value: '1', reason: 'x' }, 'ed');
    expect(bad.errors[0].message).toMatch(/reportId must be a numeric id/);
    const gone = await gql('mutation { revertCorrection(id: "424242") { id } }', {}, 'ed');
    expect(gone.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((db.$client.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n).toBeGreaterThan(0);
  });
});
