import { CELLS } from '@gongkai/schema/report';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createContext, OPERATOR } from './context.ts';
import type { Db } from './db/client.ts';
import type { App } from './server.ts';
import { createApp } from './server.ts';
import { countStatements, filledDatabase, seedFiles, testEnv } from './test-support.ts';

// The real server factory against a store filled by the real ingest; operations executed in-process.

let db: Db;
let app: App;
const env = testEnv();

beforeAll(async () => {
  ({ db } = await filledDatabase(70));
  app = await createApp({ db, env });
}, 120_000);
afterAll(async () => {
  await app.stop();
  db.$client.close();
});

async function run<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const res = await app.apollo.executeOperation({ query, variables }, { contextValue: createContext(db, env, token ? OPERATOR : ANONYMOUS) });
  if (res.body.kind !== 'single') throw new Error('incremental result');
  return res.body.singleResult as never;
}

describe('reports', () => {
  it('pages through every latest report with cursors and a total count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const { data }: { data: any } = await run<any>(
        'query ($after: String) { reports(first: 7, after: $after) { totalCount syntheticCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      total = data.reports.totalCount;
      seen.push(...data.reports.edges.map((e: any) => e.node.id));
      after = data.reports.pageInfo.hasNextPage ? data.reports.pageInfo.endCursor : null;
    } while (after);
    const latest = (db.$client.prepare('SELECT count(*) AS n FROM reports WHERE is_latest = 1').get() as { n: number }).n;
    expect(total).toBe(latest);
    expect(new Set(seen).size).toBe(latest);
  });

  it.each([
    [{ yearFrom: 2022, yearTo: 2022 }, 'r.year = 2022'],
    [{ regionCode: '410000' }, "a.region_code LIKE '41%'"],
    [{ regionCode: '4108' }, "a.region_code LIKE '4108%'"],
    [{ level: 'TOWNSHIP' }, "a.level = 'township'"],
    [{ template: '2019' }, "r.template = '2019'"],
    [{ hasDiagnostics: true }, '(r.warning_count + r.error_count) > 0'],
    [{ diagnosticCode: 'CELL_INFERRED' }, "EXISTS (SELECT 1 FROM diagnostics d WHERE d.report_id = r.id AND d.code = 'CELL_INFERRED')"],
    [{ synthetic: 'EXCLUDE' }, 'r.synthetic = 0'],
  ])('filters %j', async (filter, sql) => {
    const { data } = await run<any>('query ($f: ReportFilter) { reports(filter: $f, first: 100) { totalCount edges { node { id } } } }', { f: filter });
    const expected = db.$client.prepare(`SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.is_latest = 1 AND ${sql}`).all() as {
      id: number;
    }[];
    expect(data.reports.totalCount).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('finds reports by words of their narratives', async () => {
    // All versions: the generated 濮阳县海通乡 2022 report is a newer version of seed 004 (one body).
    const { data } = await run<any>('{ reports(filter: { search: "政务公开专区", synthetic: EXCLUDE, latestOnly: false }) { edges { node { sourceName } } } }');
    expect(data.reports.edges.map((e: any) => e.node.sourceName).sort()).toEqual(['seeds/001_85236c9e0b1ec5a3.txt', 'seeds/004_e582fca03554ba2c.txt']);
  });

  it('returns a seed report with the typed tables of the model, cells with provenance, narratives', async () => {
    const seed = seedFiles().find((s) => s.name.startsWith('003'))!;
    const id = (db.$client.prepare('SELECT id FROM reports WHERE source_name = ?').get(`seeds/${seed.name}`) as { id: number }).id;
    const { data } = await run<any>(
      `query ($id: ID!) { report(id: $id) { agencyTitle year template
        active { regulations { issued repealed inForce } fees { amount } }
        applications { newlyReceived { naturalPerson commercial research publicInterest legalService otherOrg total } otherMisc { total } }
        review { reconsideration { upheld corrected other pending total } }
        cell(path: "applications.newlyReceived.naturalPerson") { value state raw line }
        total: cell(path: "applications.otherMisc.total") { value state raw line start end }
        narratives { overview } sourceText versions { id } } }`,
      { id: String(id) },
    );
    const r = data.report;
    const expected = seed.expected as any;
    expect(r.year).toBe(expected.year);
    expect(r.applications.newlyReceived).toEqual(expected.applications.newlyReceived);
    expect(r.review.reconsideration).toEqual(expected.review.reconsideration);
    expect(r.active.fees.amount).toBe('0');
    // Inferred from the rules, but still placed: the blank cell it filled.
    expect(r.cell).toEqual({ value: 1, state: 'INFERRED', raw: '', line: expect.any(Number) });
    expect(r.total).toMatchObject({ value: 1, state: 'PRINTED', raw: '1' });
    expect(r.sourceText.slice(r.total.start, r.total.end)).toBe('1');
    expect(r.narratives.overview).toContain('大封镇');
    expect(r.versions).toEqual([{ id: String(id) }]);
  });

  it('answers a nested query (reports → agency → region → parent) in a bounded number of statements', async () => {
    const q = `query ($n: Int) { reports(first: $n) { edges { node { id year agency { name names region { name parent { name } } } applications { newlyReceived { total } } diagnostics { code } } } } }`;
    const small = await countStatements(db, () => run(q, { n: 5 }));
    const latest = (db.$client.prepare('SELECT count(*) AS n FROM reports WHERE is_latest = 1').get() as { n: number }).n;
    const large = await countStatements(db, () => run(q, { n: latest }));
    expect((large.result as any).data.reports.edges).toHaveLength(latest);
    expect(latest).toBeGreaterThan(30);
    expect(large.statements).toBeLessThanOrEqual(12);
    expect(large.statements).toBe(small.statements);
  });
});

describe('agencies and regions', () => {
  it('lists and finds agencies with their years, reports and cross-year checks', async () => {
    const { data } = await run<any>(
      '{ agencies(search: "武陟县人民政府") { totalCount edges { node { id name level region { code name } years reports { year } crossYearChecks { rule path year previousYear expected actual ok } } } } }',
    );
    const a = data.agencies.edges[0].node;
    expect(a).toMatchObject({ name: '武陟县人民政府', level: 'COUNTY', region: { code: '410823', name: '武陟县' } });
    expect(a.years.length).toBeGreaterThanOrEqual(5);
    expect(a.reports.map((r: any) => r.year)).toEqual(a.years);
    const rule6 = a.crossYearChecks.filter((c: any) => c.rule === 6 && c.path === 'applications.carriedOver.total');
    expect(rule6.length).toBe(a.years.length - 1);
    for (const c of rule6) expect(c.ok).toBe(c.expected === c.actual);
  });

  it('keeps ambiguous regions visible as candidates', async () => {
    const { data } = await run<any>(
      '{ agencies(search: "大峪镇") { edges { node { name region { code } regionConfidence regionCandidates { path confidence } } } } }',
    );
    const a = data.agencies.edges[0].node;
    expect(a.region).toBeNull();
    expect(a.regionCandidates.length).toBeGreaterThan(1);
  });

  it('finds a division by its full code or by the prefix the filters use', async () => {
    const { data } = await run<any>('{ a: region(code: "410800") { name } b: region(code: "4108") { name } c: region(code: "41") { name } }');
    expect([data.a.name, data.b.name, data.c.name]).toEqual(['焦作市', '焦作市', '河南省']);
  });

  it('counts a report’s diagnostics by severity without loading them', async () => {
    const { data } = await run<any>('{ reports(first: 100) { edges { node { errorCount warningCount infoCount diagnostics { severity } } } } }');
    for (const { node } of data.reports.edges) {
      const by = (s: string) => node.diagnostics.filter((d: any) => d.severity === s).length;
      expect([node.errorCount, node.warningCount, node.infoCount]).toEqual([by('ERROR'), by('WARNING'), by('INFO')]);
    }
  });

  it('walks the division tree with counts', async () => {
    const { data } = await run<any>(
      '{ regions { code name agencyCount } henan: region(code: "410000") { name agencyCount reportCount children { code name agencyCount } } }',
    );
    expect(data.regions.length).toBe(34);
    expect(data.henan.agencyCount).toBeGreaterThanOrEqual(5);
    const jiaozuo = data.henan.children.find((c: any) => c.code === '410800');
    expect(jiaozuo).toMatchObject({ name: '焦作市' });
    expect(jiaozuo.agencyCount).toBeGreaterThanOrEqual(2);
  });

  it('compares two years of one agency', async () => {
    const id = (db.$client.prepare("SELECT id FROM agencies WHERE name = '焦作市人民政府'").get() as { id: number }).id;
    const { data } = await run<any>(
      'query ($id: ID!) { compare(agencyId: $id, yearA: 2019, yearB: 2020) { a { year } b { year } differences { path a b change } } }',
      { id: String(id) },
    );
    expect(data.compare.a.year).toBe(2019);
    expect(data.compare.b.year).toBe(2020);
    for (const d of data.compare.differences) expect(d.change === null || d.change === d.b - d.a).toBe(true);
    expect(data.compare.differences.length).toBeGreaterThan(0);
  });
});

describe('analytics', () => {
  /** The same sums computed the slow way, from every stored cell of every latest report. */
  function slowSum(path: string, where = '1'): Map<number, number> {
    const cell = CELLS.findIndex((c) => c.path === path);
    const rows = db.$client
      .prepare(
        `SELECT r.year AS year, sum(coalesce(c.value, 0)) AS total FROM reports r JOIN agencies a ON a.id = r.agency_id LEFT JOIN report_cells c ON c.report_id = r.id AND c.cell = ? WHERE r.is_latest = 1 AND r.year IS NOT NULL AND ${where} GROUP BY r.year`,
      )
      .all(cell) as { year: number; total: number }[];
    return new Map(rows.map((r) => [r.year, r.total]));
  }

  it('sums any cell by year exactly as the stored cells add up', async () => {
    const { data } = await run<any>(
      '{ analytics(query: { measures: ["applications.newlyReceived.total", "active.penalties.decisions", "reports"], groupBy: [YEAR] }) { columns { key values } reports totalReports syntheticReports } }',
    );
    const col = (k: string) => data.analytics.columns.find((c: any) => c.key === k).values;
    const years = col('YEAR');
    const slow = slowSum('applications.newlyReceived.total');
    const slowPenalties = slowSum('active.penalties.decisions');
    years.forEach((y: number, i: number) => {
      expect(col('applications.newlyReceived.total')[i]).toBe(slow.get(y));
      expect(col('active.penalties.decisions')[i]).toBe(slowPenalties.get(y));
    });
    expect(data.analytics.totalReports).toBe(col('reports').reduce((a: number, b: number) => a + b, 0));
    const synthetic = db.$client.prepare('SELECT count(*) AS n FROM reports WHERE is_latest = 1 AND synthetic = 1').get() as { n: number };
    expect(data.analytics.syntheticReports).toBe(synthetic.n);
  });

  it('answers region, level and agency breakdowns from the matching table', async () => {
    const byCity = await run<any>(
      '{ analytics(query: { measures: ["applications.newlyReceived.total"], groupBy: [REGION], regionLevel: CITY, filter: { regionCode: "41" } }) { columns { key values } } }',
    );
    const labels = byCity.data.analytics.columns.find((c: any) => c.key === 'REGION.label').values;
    expect(labels).toContain('焦作市');
    const slow = [...slowSum('applications.newlyReceived.total', "a.region_code LIKE '41%'").values()].reduce((a, b) => a + b, 0);
    const values = byCity.data.analytics.columns.find((c: any) => c.key === 'applications.newlyReceived.total').values;
    expect(values.reduce((a: number, b: number) => a + b, 0)).toBe(slow);
    const byAgency = await run<any>(
      '{ analytics(query: { measures: ["reports"], groupBy: [AGENCY], sort: [{ key: "reports", desc: true }], limit: 3 }) { rowCount columns { key values } } }',
    );
    expect(byAgency.data.analytics.rowCount).toBe(3);
  });

  it('splits rows by applicant type and outcome group, and computes rates from sums', async () => {
    const applicants = await run<any>(
      '{ analytics(query: { measures: ["applications.newlyReceived"], groupBy: [YEAR, APPLICANT_TYPE], filter: { yearFrom: 2021, yearTo: 2021 } }) { columns { key values } } }',
    );
    const types = applicants.data.analytics.columns.find((c: any) => c.key === 'APPLICANT_TYPE').values;
    expect(types).toEqual(['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']);
    expect(applicants.data.analytics.columns.find((c: any) => c.key === 'APPLICANT_TYPE.label').values[0]).toBe('自然人');
    expect(applicants.data.analytics.columns.find((c: any) => c.key === 'APPLICANT_TYPE.labelEn').values[0]).toBe('Natural persons');
    const parts = applicants.data.analytics.columns.find((c: any) => c.key === 'applications.newlyReceived').values.reduce((a: number, b: number) => a + b, 0);
    expect(parts).toBe(slowSum('applications.newlyReceived.total').get(2021));
    const outcomes = await run<any>(
      '{ analytics(query: { measures: ["outcome"], groupBy: [OUTCOME_GROUP], filter: { yearFrom: 2022, yearTo: 2022 } }) { columns { key values } } }',
    );
    const sum = outcomes.data.analytics.columns.find((c: any) => c.key === 'outcome').values.reduce((a: number, b: number) => a + b, 0);
    expect(sum).toBe(slowSum('applications.totalProcessed.total').get(2022));
    const rate = await run<any>(
      '{ analytics(query: { measures: ["rate.granted", "applications.granted.total", "applications.totalProcessed.total"] }) { columns { key values } } }',
    );
    const [r, g, t] = ['rate.granted', 'applications.granted.total', 'applications.totalProcessed.total'].map(
      (k) => rate.data.analytics.columns.find((c: any) => c.key === k).values[0],
    );
    expect(r).toBeCloseTo((100 * g) / t, 2);
  });

  it('refuses an unknown measure with a clear error', async () => {
    const { errors } = await run('{ analytics(query: { measures: ["applications.nope.total"] }) { rowCount } }');
    expect(errors?.[0]).toMatchObject({ message: expect.stringContaining('unknown measure'), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('data quality and import', () => {
  it('counts diagnostics by code, rule and year', async () => {
    const { data } = await run<any>(
      '{ dataQuality { reports byCode { code reports diagnostics } byRule { rule reports examples { id } } byYear { year code reports } } }',
    );
    const inferred = data.dataQuality.byCode.find((c: any) => c.code === 'CELL_INFERRED');
    const slow = db.$client
      .prepare(
        "SELECT count(DISTINCT d.report_id) AS n FROM diagnostics d JOIN reports r ON r.id = d.report_id WHERE r.is_latest = 1 AND d.code = 'CELL_INFERRED'",
      )
      .get() as { n: number };
    expect(inferred.reports).toBe(slow.n);
    expect(data.dataQuality.byRule.map((r: any) => r.rule)).toEqual([1, 2, 3, 4, 5]);
  });

  it('imports a report only with the API token, and returns its parsed tables and diagnostics', async () => {
    const seed = seedFiles()[2]!;
    const query =
      'mutation ($name: String!, $content: String!) { importReport(fileName: $name, content: $content) { status reason report { year applications { newlyReceived { total } } } diagnostics { code severity } } }';
    const variables = {
      name: 'upload/002.txt',
      content: Buffer.from(seed.bytes.toString('utf8').replace('2020年度无收取', '2020年度未收取')).toString('base64'),
    };
    const refused = await run(query, variables);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await run<any>(query, variables, 'test-operator-token');
    expect(data.importReport.status).toBe('INGESTED');
    expect(data.importReport.report.year).toBe(2020);
    expect(data.importReport.diagnostics.map((d: any) => d.code)).toContain('CELL_REPAIRED');
    const bad = await run<any>(query, { name: 'x.txt', content: Buffer.from('not a report at all').toString('base64') }, 'test-operator-token');
    expect(bad.data.importReport).toMatchObject({ status: 'FAILED', report: null });
    expect(bad.data.importReport.reason).toMatch(/NOT_A_REPORT/);
  });
});
