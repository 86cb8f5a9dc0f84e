import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import type { StoredReport } from '../test-support.ts';
import { filledDatabase, storedReports } from '../test-support.ts';
import type { FilterTarget, ReportFilter } from './filter-sql.ts';
import { compileFilter, regionPrefix, unanswerable } from './filter-sql.ts';

// The filter compiler against a store filled by the real ingest: every target answers exactly what a
// plain reading of the stored reports says, for hundreds of filters; values only ever travel as
// parameters.

let db: Db;
let stored: StoredReport[];
let word: string;
let code: string;

beforeAll(async () => {
  ({ db } = await filledDatabase(30));
  stored = storedReports(db);
  // A word that is in some narratives and not in others, and a diagnostic code that some reports have.
  word = [...stored.find((r) => r.narratives.some((t) => t.length > 20))!.narratives[0]!].slice(6, 10).join('');
  code = stored.flatMap((r) => r.diagnosticCodes)[0]!;
}, 120_000);
afterAll(() => db.$client.close());

const PREFIX: Record<string, string> = { '41': '41', '410000': '41', '4108': '4108', '410800': '4108', '410823': '410823', '410': '410', '3': '3', '32': '32' };

/** What a filter selects, read from the stored reports without any SQL of the compiler's. */
function selects(r: StoredReport, f: ReportFilter, target: 'reports' | 'facts'): boolean {
  const search = f.search?.trim();
  return (
    (f.latestOnly === false || r.isLatest) &&
    (target === 'reports' || f.includeIncomplete === true || r.complete) &&
    (target === 'reports' || r.year !== null) &&
    (f.yearFrom == null || (r.year !== null && r.year >= f.yearFrom)) &&
    (f.yearTo == null || (r.year !== null && r.year <= f.yearTo)) &&
    (f.agencyId == null || r.agencyId === Number(f.agencyId)) &&
    (!f.regionCode || r.regionCode.startsWith(PREFIX[f.regionCode]!)) &&
    (!f.level || r.level === f.level.toLowerCase()) &&
    (!f.template || r.template === f.template) &&
    (f.hasDiagnostics == null || f.hasDiagnostics === r.warnings + r.errors > 0) &&
    (!f.diagnosticCode || r.diagnosticCodes.includes(f.diagnosticCode)) &&
    (!search || r.narratives.some((t) => t.toLowerCase().includes(search.toLowerCase()))) &&
    (f.synthetic == null || f.synthetic === 'INCLUDE' || (f.synthetic === 'ONLY') === r.synthetic)
  );
}

function agencySelected(r: StoredReport, f: ReportFilter): boolean {
  const search = f.search?.trim();
  return (
    (f.agencyId == null || r.agencyId === Number(f.agencyId)) &&
    (!f.regionCode || r.regionCode.startsWith(PREFIX[f.regionCode]!)) &&
    (!f.level || r.level === f.level.toLowerCase()) &&
    (f.synthetic == null || f.synthetic === 'INCLUDE' || (f.synthetic === 'ONLY') === r.agencySynthetic) &&
    (!search || r.agencyNames.some((n) => n.includes(search)))
  );
}

const ids = (sql: string, params: unknown[]) => (db.$client.prepare(sql).all(...params) as { id: number }[]).map((r) => r.id).sort((a, b) => a - b);
const sorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

/** What the compiled SQL selects on each target: report ids, agency ids, or the rollups' report count. */
function run(f: ReportFilter, target: FilterTarget): number[] | number {
  const w = compileFilter(f, target);
  switch (target) {
    case 'reports':
      return ids(`SELECT r.id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE ${w.sql}`, w.params);
    case 'facts':
      return ids(`SELECT f.report_id AS id FROM report_facts f WHERE ${w.sql}`, w.params);
    case 'agencies':
      return ids(`SELECT a.id FROM agencies a WHERE ${w.sql}`, w.params);
    default:
      return (db.$client.prepare(`SELECT coalesce(sum(reports), 0) AS n FROM ${target} WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
  }
}

function expected(f: ReportFilter, target: FilterTarget): number[] | number {
  if (target === 'reports' || target === 'facts') return sorted(stored.filter((r) => selects(r, f, target)).map((r) => r.id));
  if (target === 'agencies') return sorted(stored.filter((r) => agencySelected(r, f)).map((r) => r.agencyId));
  return stored.filter((r) => selects(r, f, 'facts')).length;
}

/** A small random generator with a seed, so a failure names a filter that can be run again. */
function generator(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
}

function randomFilters(count: number, seed: number): ReportFilter[] {
  const pick = generator(seed);
  return Array.from({ length: count }, () => {
    const f: ReportFilter = {
      yearFrom: pick([null, null, 2019, 2021, 2024]),
      yearTo: pick([null, null, 2020, 2022, 2030]),
      agencyId: pick([null, null, null, '5', '6', '999']),
      regionCode: pick([null, null, '', ...Object.keys(PREFIX)]),
      level: pick([null, null, 'COUNTY', 'CITY', 'TOWNSHIP', 'DEPARTMENT', 'PROVINCE'] as const),
      template: pick([null, null, '2019', '2021', '1999']),
      hasDiagnostics: pick([null, null, true, false]),
      diagnosticCode: pick([null, null, null, code, 'NO_SUCH_CODE']),
      search: pick([null, null, null, '', '  ', word, word.slice(0, 2), "'; DROP TABLE reports; --", '%', '_', '"']),
      latestOnly: pick([null, true, false]),
      synthetic: pick([null, 'INCLUDE', 'EXCLUDE', 'ONLY'] as const),
      includeIncomplete: pick([null, false, true]),
    };
    return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== null));
  });
}

const TARGETS: FilterTarget[] = ['reports', 'facts', 'rollup_county', 'rollup_province', 'agencies'];

describe('compileFilter', () => {
  it('the fixture has what the filters need: several years, regions, levels, synthetic and real, versions, diagnostics', () => {
    expect(new Set(stored.map((r) => r.year)).size).toBeGreaterThan(4);
    expect(new Set(stored.map((r) => r.level)).size).toBeGreaterThan(2);
    expect(stored.some((r) => r.synthetic) && stored.some((r) => !r.synthetic)).toBe(true);
    expect(stored.some((r) => !r.isLatest)).toBe(true);
    expect(stored.some((r) => r.warnings + r.errors > 0)).toBe(true);
    expect(stored.filter((r) => r.narratives.some((t) => t.includes(word))).length).toBeGreaterThan(0);
  });

  it.each([
    ['no filter: the latest version of every report', {}],
    ['province and years', { regionCode: '41', yearFrom: 2020, yearTo: 2022 }],
    ['a city written as its full code', { regionCode: '410800' }],
    ['a county', { regionCode: '410823' }],
    ['a prefix that is not a whole level', { regionCode: '410' }],
    ['every version', { latestOnly: false }],
    ['real reports only', { synthetic: 'EXCLUDE' }],
    ['synthetic reports only, one format', { synthetic: 'ONLY', template: '2021' }],
    ['reports with warnings', { hasDiagnostics: true }],
    ['one agency', { agencyId: '6' }],
    ['a level', { level: 'COUNTY' }],
  ] satisfies [string, ReportFilter][])('%s: each target selects exactly the matching reports', (_, f) => {
    for (const target of TARGETS) {
      if (unanswerable(f, target).length) continue;
      expect(run(f, target), target).toEqual(expected(f, target));
    }
  });

  it('300 random filters: every one a target can answer compiles, runs, and selects what the stored reports say', () => {
    let answered = 0;
    for (const f of randomFilters(300, 7)) {
      for (const target of TARGETS) {
        if (target === 'agencies') {
          // Agencies answer the agency fields only.
          const { agencyId, regionCode, level, synthetic, search } = f;
          const g = Object.fromEntries(Object.entries({ agencyId, regionCode, level, synthetic, search }).filter(([, v]) => v !== undefined));
          expect(run(g, target), JSON.stringify(g)).toEqual(expected(g, target));
          continue;
        }
        if (unanswerable(f, target).length) continue;
        answered++;
        expect(run(f, target), `${target} ${JSON.stringify(f)}`).toEqual(expected(f, target));
      }
    }
    // Not a vacuous pass: the rollups answered some of them too.
    expect(answered).toBeGreaterThan(400);
  });

  it('the rollups and the facts agree on every filter both answer', () => {
    for (const f of randomFilters(200, 11)) {
      const facts = run(f, 'facts') as number[];
      for (const rollup of ['rollup_county', 'rollup_province'] as const)
        if (!unanswerable(f, rollup).length) expect(run(f, rollup), JSON.stringify(f)).toBe(facts.length);
    }
  });

  it.each([
    ['rollup_province', { regionCode: '4108' }, ['regionCode']],
    ['rollup_province', { agencyId: '5', search: 'x', hasDiagnostics: true }, ['agencyId', 'hasDiagnostics', 'search']],
    ['rollup_county', { latestOnly: false, includeIncomplete: true }, ['latestOnly', 'includeIncomplete']],
    ['rollup_county', { diagnosticCode: 'X' }, ['diagnosticCode']],
    ['agencies', { yearFrom: 2020, template: '2021' }, ['yearFrom', 'template']],
    ['facts', { search: 'x', latestOnly: false, includeIncomplete: true, regionCode: '410823' }, []],
    ['rollup_county', { regionCode: '410823', yearFrom: 2019, level: 'COUNTY', synthetic: 'ONLY', template: '2019' }, []],
  ] satisfies [FilterTarget, ReportFilter, string[]][])('%s cannot answer %j: %j, and refuses rather than drops them', (target, f, fields) => {
    expect(unanswerable(f, target).sort()).toEqual([...fields].sort());
    if (fields.length)
      expect(() => compileFilter(f, target)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringContaining(fields[0]!) }));
    else expect(() => compileFilter(f, target)).not.toThrow();
  });

  it.each([
    ['a region code with SQL in it', { regionCode: "' OR '1'='1" }],
    ['a region code with words in it', { regionCode: '41 河南' }],
    ['an agency id that is not a number', { agencyId: '1 OR 1=1' }],
  ] satisfies [string, ReportFilter][])('refuses %s as input', (_, f) => {
    for (const target of TARGETS) expect(() => compileFilter(f, target)).toThrow(DomainError);
    expect(() => compileFilter(f, 'reports')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it.each(["'; DROP TABLE reports; --", '" OR 1=1 --', '%', '_', '\\', "41' UNION SELECT password FROM account --"])(
    'binds %j as a value: never part of the SQL text',
    (payload) => {
      for (const f of [{ search: payload }, { template: payload }, { diagnosticCode: payload }, { search: `${payload}长一点` }] satisfies ReportFilter[]) {
        for (const target of TARGETS) {
          if (unanswerable(f, target).length) continue;
          const w = compileFilter(f, target);
          // (One character such as _ or \ is in any SQL; longer payloads must not be.)
          if (payload.length > 2) expect(w.sql).not.toContain(payload);
          expect(w.params.some((p) => String(p).includes(payload.slice(0, 1)))).toBe(true);
          expect(w.sql.split('?').length - 1).toBe(w.params.length);
          expect(() =>
            db.$client
              .prepare(
                `SELECT 1 FROM ${target === 'reports' ? 'reports r JOIN agencies a ON a.id = r.agency_id' : target === 'facts' ? 'report_facts f' : target === 'agencies' ? 'agencies a' : target} WHERE ${w.sql}`,
              )
              .all(...w.params),
          ).not.toThrow();
        }
      }
      // Found only where the text is: a search for the payload finds no report, a search with % in it is not a wildcard.
      expect(run({ search: payload, latestOnly: false }, 'reports')).toEqual(
        sorted(stored.filter((r) => r.narratives.some((t) => t.toLowerCase().includes(payload.toLowerCase()))).map((r) => r.id)),
      );
    },
  );

  it.each([
    ['41', '41'],
    ['410000', '41'],
    ['410800', '4108'],
    ['410823', '410823'],
    ['4108231234', '410823'],
  ])('reads the region code %s as the prefix %s', (code, prefix) => {
    expect(regionPrefix(code)).toBe(prefix);
  });
});
