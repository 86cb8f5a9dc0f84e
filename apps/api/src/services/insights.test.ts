import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { anomalies } from '../queries/anomalies.ts';
import { hierarchyChecks } from '../queries/hierarchy.ts';
import { copiedSections, similarity } from '../queries/similarity.ts';
import { createApp } from '../server.ts';
import { tempDatabase, testEnv } from '../test-support.ts';
import { SHIPPED } from './notebooks.ts';
import { loadSampleCorpus, PLANTED } from './samples.ts';
import { backfillSimilarity } from './similarity.ts';

// The insight queries on the sample corpus, which plants known patterns (copied sections, a county that
// adds up and one that does not, two outliers): each query finds exactly the planted ones.

let db: Db;
const agencyOf = (reportId: number) =>
  db.$client.prepare('SELECT a.name, r.year FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?').get(reportId) as {
    name: string;
    year: number;
  };
const reportOf = (agency: string, year: number) =>
  (
    db.$client
      .prepare('SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.name = ? AND r.year = ? AND r.is_latest = 1')
      .get(agency, year) as { id: number }
  ).id;

let base: string;
let stop: () => Promise<void>;

beforeAll(async () => {
  db = tempDatabase().db;
  await loadSampleCorpus(db);
  const app = await createApp({ db, env: testEnv() });
  stop = () => app.stop();
  base = await app.listen(0);
}, 600_000);
afterAll(async () => {
  await stop();
  db.$client.close();
});

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return res.json();
}

describe('planted patterns in the sample corpus', () => {
  it('copiedSections lists exactly the planted copies (score ≥ 0.9), the later report first', () => {
    const found = copiedSections(db, { first: 500 }).pairs.map((p) => {
      const a = agencyOf(p.reportId);
      const b = agencyOf(p.otherId);
      return `${a.name} ${a.year} ← ${b.name} ${b.year} ${p.section}`;
    });
    const planted = PLANTED.copies.flatMap((c) =>
      c.sections.map((s) => `${c.agency} ${c.year} ← ${c.from.agency} ${c.from.year} ${{ overview: 'OVERVIEW', problems: 'PROBLEMS' }[s]}`),
    );
    expect(found.sort()).toEqual(planted.sort());
  });

  it('similarity(report) names the copied earlier year with score 1 and highlights the shared text', () => {
    const copy = PLANTED.copies[0]!;
    const result = similarity(db, reportOf(copy.agency, copy.year));
    const overview = result.find((s) => s.section === 'OVERVIEW')!;
    expect(overview.earlierYear?.reportId).toBe(reportOf(copy.from.agency, copy.from.year));
    expect(overview.earlierYear?.score).toBe(1);
    expect(overview.earlierYear?.copied).toBe(true);
    // Another body's report of the same year is similar (the format's phrases) but not a copy.
    expect(overview.sameYear === null || overview.sameYear.score < 0.9).toBe(true);
    const other = PLANTED.copies[1]!;
    const crossed = similarity(db, reportOf(other.agency, other.year)).find((s) => s.section === 'OVERVIEW')!;
    expect(crossed.sameYear?.reportId).toBe(reportOf(other.from.agency, other.from.year));
    expect(crossed.sameYear?.score).toBe(1);
  });

  it('backfills the signatures of reports stored before they existed, finding the same copies', async () => {
    const before = copiedSections(db, { first: 500 }).pairs;
    db.$client.exec(
      'DELETE FROM narrative_signatures; DELETE FROM narrative_bands; DELETE FROM copied_sections; INSERT INTO similarity_backfill SELECT id FROM reports',
    );
    expect(copiedSections(db, {}).totalCount).toBe(0);
    await backfillSimilarity(db, 50);
    expect(copiedSections(db, { first: 500 }).pairs).toEqual(before);
  });

  it('an ingest told to leave similarity for later queues the report, and the background pass signs it', async () => {
    const { generateReport } = await import('@gongkai/samples/generator');
    const { ingestBytes } = await import('./ingest.ts');
    const g = generateReport({ seed: 4242, layout: 'tabs', year: 2024, agency: '开封市档案馆', province: '河南省' });
    const out = await ingestBytes(db, 'later/kaifeng-archives-2024.txt', g.bytes, { synthetic: true, similarity: false });
    const count = (sql: string) => (db.$client.prepare(sql).get(out.reportId) as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM narrative_signatures WHERE report_id = ?')).toBe(0);
    expect(count('SELECT count(*) AS n FROM similarity_backfill WHERE report_id = ?')).toBe(1);
    expect(await backfillSimilarity(db)).toBe(1);
    expect(count('SELECT count(*) AS n FROM narrative_signatures WHERE report_id = ?')).toBeGreaterThan(0);
  });

  it('hierarchyChecks: the planted counties add up or not as planted; no other whole-area report is compared', () => {
    for (const year of [2023, 2024]) {
      const checks = hierarchyChecks(db, { year });
      const compared = checks.filter((c) => c.status !== 'INCOMPLETE').map((c) => `${agencyOf(c.reportId).name} ${c.status}`);
      const planted = PLANTED.hierarchy.filter((h) => h.year === year).map((h) => `${h.county} ${h.addsUp ? 'ADDS_UP' : 'MISMATCH'}`);
      expect(compared.sort()).toEqual(planted.sort());
    }
    const [mismatch] = hierarchyChecks(db, { year: 2024 }).filter((c) => c.status === 'MISMATCH');
    expect(mismatch!.compared).toBeGreaterThan(20);
    const received = mismatch!.cells.find((c) => c.path === 'applications.newlyReceived.total');
    // One township was left out of the county's sum: the county reports less than its townships.
    if (received) expect(received.difference).toBeLessThan(0);
    expect(mismatch!.cells.every((c) => c.reported - c.childrenSum === c.difference)).toBe(true);
    // A county whose townships have not all reported says which are missing (tried in a transaction undone after).
    const county = PLANTED.hierarchy[0]!;
    const township = db.$client
      .prepare(
        `SELECT a.name, r.id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE a.level = 'township' AND a.name LIKE ? AND r.year = ? ORDER BY a.name LIMIT 1`,
      )
      .get(`${county.county.replace('人民政府', '')}%`, county.year) as { name: string; id: number };
    const undo = new Error('undo');
    expect(() =>
      db.$client.transaction(() => {
        db.$client.prepare('UPDATE reports SET is_latest = 0 WHERE id = ?').run(township.id);
        const [check] = hierarchyChecks(db, { year: county.year }).filter((c) => agencyOf(c.reportId).name === county.county);
        expect(check!.status).toBe('INCOMPLETE');
        expect(check!.missing).toEqual([township.name]);
        expect(check!.cells).toEqual([]);
        throw undo;
      })(),
    ).toThrow(undo);
    expect(hierarchyChecks(db, { year: county.year }).find((c) => agencyOf(c.reportId).name === county.county)!.status).toBe('ADDS_UP');
  });

  it('anomalies flags exactly the planted outliers against their history, with reasons in words', () => {
    const years = [...new Set(PLANTED.outliers.map((o) => o.year))];
    for (const year of years) {
      const found = anomalies(db, { year, kind: 'HISTORY' }).entries;
      const names = found.map((a) => `${agencyOf(a.reportId).name} ${a.measure.key}`);
      expect(names.sort()).toEqual(
        PLANTED.outliers
          .filter((o) => o.year === year)
          .map((o) => `${o.agency} applications.newlyReceived.total`)
          .sort(),
      );
      for (const a of found) {
        expect(a.z).toBeGreaterThan(3.5);
        expect(a.reasonZh).toMatch(/本机关其他\d+个年度的中位数/);
        expect(a.reasonEn).toMatch(/median of the body's other \d+ years/);
      }
    }
    for (const year of [2019, 2020, 2021, 2023, 2024, 2025])
      expect(anomalies(db, { year, kind: 'HISTORY' }).entries.map((a) => `${year} ${agencyOf(a.reportId).name} ${a.reasonZh}`)).toEqual([]);
  });
});

describe('the insight queries over HTTP', () => {
  it('Report.similarity gives the copied section side by side, shared passages marked in both', async () => {
    const copy = PLANTED.copies[0]!;
    const { data, errors } = await gql(
      `query($id: ID!) { report(id: $id) { similarity { section chars earlierYear { report { id year } score copied passages { sharedShare this { text shared } other { text shared } } } sameYear { score copied } } } }`,
      { id: String(reportOf(copy.agency, copy.year)) },
    );
    expect(errors).toBeUndefined();
    const overview = data.report.similarity.find((s: any) => s.section === 'OVERVIEW');
    expect(overview.earlierYear).toMatchObject({ report: { year: copy.from.year }, score: 1, copied: true });
    expect(overview.earlierYear.passages.sharedShare).toBeGreaterThan(0.95);
    // The years differ in the text, but digits count alike: shared segments cover almost all of it.
    const shared = (segs: any[]) => segs.filter((x) => x.shared).reduce((n, x) => n + x.text.length, 0);
    const all = (segs: any[]) => segs.reduce((n, x) => n + x.text.length, 0);
    expect(shared(overview.earlierYear.passages.this) / all(overview.earlierYear.passages.this)).toBeGreaterThan(0.9);
    expect(shared(overview.earlierYear.passages.other)).toBeGreaterThan(0);
  });

  it('copiedSections, hierarchyChecks and anomalies answer with the reports behind them', async () => {
    const { data, errors } = await gql(`{
      copiedSections { totalCount pairs { section score sameAgency report { id agency { name } } other { id } } }
      hierarchyChecks(year: 2024) { region { code name } status expected children { id } missing compared mismatches cells { path labelZh reported childrenSum difference } report { id } }
      anomalies(filter: { year: 2022 }) { judged totalCount entries { agency { name } report { id year } measure { key } kind value median z reasonZh reasonEn } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.copiedSections.totalCount).toBe(3);
    const mismatch = data.hierarchyChecks.find((h: any) => h.status === 'MISMATCH');
    expect(mismatch.region.name).toBe('顺河回族区');
    expect(mismatch.children.length).toBe(mismatch.expected);
    expect(data.anomalies.entries.map((a: any) => a.agency.name).sort()).toEqual(PLANTED.outliers.map((o) => o.agency).sort());
    expect(data.anomalies.entries.every((a: any) => a.report.year === 2022)).toBe(true);
  });

  it('refuses bad arguments by name', async () => {
    const bad = await gql(`{ copiedSections(minScore: 0.2) { totalCount } }`);
    expect(bad.errors[0].message).toMatch(/minScore/);
    const region = await gql(`{ hierarchyChecks(year: 2024, regionCode: "1' OR 1=1 --") { status } }`);
    expect(region.errors[0].message).toMatch(/regionCode/);
    const threshold = await gql(`{ anomalies(filter: { year: 2022, threshold: 0 }) { totalCount } }`);
    expect(threshold.errors[0].message).toMatch(/threshold/);
  });

  it.each(SHIPPED.filter((n) => ['peers', 'hierarchy', 'copies', 'anomalies'].includes(n.id)))(
    'the shipped notebook “$id” runs its queries with its defaults, each with rows to chart',
    async ({ document }) => {
      const defaults = Object.fromEntries(document.cells.flatMap((c) => (c.kind === 'parameter' ? [[c.name, c.default]] : [])));
      for (const cell of document.cells) {
        if (cell.kind !== 'query') continue;
        const variables = JSON.parse(cell.variables ?? '{}', (_, v) => {
          const m = typeof v === 'string' ? /^\$(\w+)(?:\.(\d+))?$/.exec(v) : null;
          if (!m) return v;
          const value = defaults[m[1]!];
          return m[2] === undefined ? value : (value as unknown[])[Number(m[2])];
        });
        const { data, errors } = await gql(cell.source, variables);
        expect(errors, cell.id).toBeUndefined();
        const rows = JSON.stringify(data);
        expect(rows.length, cell.id).toBeGreaterThan(100);
      }
    },
  );
});
