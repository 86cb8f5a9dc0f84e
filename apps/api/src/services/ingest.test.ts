import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport } from '@gongkai/samples/generator';
import iconv from 'iconv-lite';
import { CELLS } from '@gongkai/schema/report';
import { afterEach, describe, expect, it } from 'vitest';
import { runIngest } from '../commands/ingest.ts';
import type { Db } from '../db/client.ts';
import { count, rollupDisagreements, seedFiles, tempDatabase, tempDir } from '../test-support.ts';
import { longRows } from './export.ts';
import { ingestBytes } from './ingest.ts';

const SAMPLES = join(import.meta.dirname, '../../../../../shared/samples');
const open: Db[] = [];
function freshDb() {
  const t = tempDatabase();
  open.push(t.db);
  return t;
}
afterEach(() => {
  while (open.length) open.pop()!.$client.close();
});

const silent = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
const quietly = async <T>(f: () => Promise<T>): Promise<T> => {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await f();
  } finally {
    process.stdout.write = write;
  }
};

describe('ingest', () => {
  it('stores every cell of the seeds with its state and provenance, and the rollups agree', async () => {
    const { db } = freshDb();
    for (const seed of seedFiles()) {
      const outcome = await ingestBytes(db, seed.name, seed.bytes);
      expect(outcome.status, seed.name).toBe('ingested');
    }
    expect(count(db, 'reports')).toBe(5);
    expect(count(db, 'agencies')).toBe(5);
    expect(rollupDisagreements(db)).toEqual([]);

    // 003 leaves 本年新收·自然人 blank; the rules fix it at 1, stored as inferred.
    const cellIndex = CELLS.findIndex((c) => c.path === 'applications.newlyReceived.naturalPerson');
    const inferred = db.$client
      .prepare("SELECT c.value, c.state FROM report_cells c JOIN reports r ON r.id = c.report_id WHERE r.source_name LIKE '003%' AND c.cell = ?")
      .get(cellIndex);
    expect(inferred).toEqual({ value: 1, state: 1 });
    // Every cell of 000 is printed, and each points at its line and raw text.
    const printed = db.$client
      .prepare(
        "SELECT count(*) AS n FROM report_cells c JOIN reports r ON r.id = c.report_id WHERE r.source_name LIKE '000%' AND c.state = 0 AND c.raw IS NOT NULL AND c.line > 0",
      )
      .get() as { n: number };
    const expected000 = seedFiles()[0]!.expected as Record<string, Record<string, Record<string, number>>>;
    const cellsIn000 = ['active', 'applications', 'review'].reduce(
      (n, t) => n + Object.values(expected000[t]!).reduce((m, row) => m + Object.keys(row).length, 0),
      0,
    );
    expect(printed.n).toBe(cellsIn000);
  });

  it('is idempotent: the same files again change nothing and say so', async () => {
    const { db } = freshDb();
    for (const seed of seedFiles()) await ingestBytes(db, seed.name, seed.bytes);
    const before = ['reports', 'report_cells', 'diagnostics', 'narratives', 'report_facts', 'rollup_county'].map((t) => count(db, t));
    for (const seed of seedFiles()) expect((await ingestBytes(db, seed.name, seed.bytes)).status).toBe('unchanged');
    expect(['reports', 'report_cells', 'diagnostics', 'narratives', 'report_facts', 'rollup_county'].map((t) => count(db, t))).toEqual(before);
  });

  it('keeps a second file of the same agency and year as a new version and moves the latest flag', async () => {
    const { db } = freshDb();
    const seed = seedFiles().find((s) => s.name.startsWith('003'))!;
    await ingestBytes(db, seed.name, seed.bytes);
    const revised = Buffer.from(seed.bytes.toString('utf8').replace('2024年伊始', '2024年初'), 'utf8');
    const second = await ingestBytes(db, 'revised.md', revised);
    expect(second).toMatchObject({ status: 'ingested', version: 2 });
    const rows = db.$client.prepare('SELECT version, is_latest FROM reports ORDER BY version').all();
    expect(rows).toEqual([
      { version: 1, is_latest: 0 },
      { version: 2, is_latest: 1 },
    ]);
    expect(count(db, 'agencies')).toBe(1);
    expect((db.$client.prepare('SELECT sum(reports) AS n FROM rollup_province').get() as { n: number }).n).toBe(1);
    expect(rollupDisagreements(db)).toEqual([]);
  });

  it.skipIf(!existsSync(SAMPLES))('knows 洪泽区人民政府 and 淮安市洪泽区人民政府 as one body (real reports of two years)', async () => {
    const { db } = freshDb();
    for (const name of ['008_hongze_district_gov_2023.txt', '009_hongze_district_gov_2024.txt']) await ingestBytes(db, name, readFileSync(join(SAMPLES, name)));
    const agencies = db.$client
      .prepare('SELECT a.id, a.region_code AS code, (SELECT group_concat(year) FROM reports r WHERE r.agency_id = a.id) AS years FROM agencies a')
      .all();
    expect(agencies).toEqual([{ id: expect.any(Number), code: '320813', years: '2023,2024' }]);
    expect(db.$client.prepare('SELECT name FROM agency_names ORDER BY name').all()).toEqual([{ name: '洪泽区人民政府' }, { name: '淮安市洪泽区人民政府' }]);
  });

  it('re-reads a file a newer parser has not seen and replaces it in place', async () => {
    const { db } = freshDb();
    const seed = seedFiles()[0]!;
    await ingestBytes(db, seed.name, seed.bytes);
    db.$client.prepare("UPDATE reports SET parser_version = '0.0.0-old'").run();
    const again = await ingestBytes(db, seed.name, seed.bytes);
    expect(again.status).toBe('updated');
    expect(count(db, 'reports')).toBe(1);
    expect(rollupDisagreements(db)).toEqual([]);
  });

  it('never stops on bad input, names each file and its problem, and loses nothing stored', async () => {
    const { db } = freshDb();
    for (const seed of seedFiles()) await ingestBytes(db, seed.name, seed.bytes);
    const stored = ['reports', 'report_cells', 'rollup_province'].map((t) => count(db, t));
    const dir = tempDir('gongkai-bad-');
    const seed = seedFiles()[4]!;
    writeFileSync(join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'recipe.md'), '# 西红柿炒鸡蛋\n先炒蛋，再炒西红柿。\n'.repeat(30));
    writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x30));
    writeFileSync(join(dir, 'broken.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]));
    writeFileSync(join(dir, 'fake.pdf'), '%PDF-1.7 not really');
    const ole = Buffer.alloc(2048, 0x41);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(join(dir, 'broken.doc'), ole);
    // A WPS Office document (the Word 97 format) is a report like any other.
    writeFileSync(join(dir, 'report.wps'), readFileSync(join(import.meta.dirname, '../../../../packages/parser/src/__fixtures__/legacy-word/gen-9107.wps')));
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'dangling.txt'));
    mkdirSync(join(dir, 'gbk'));
    writeFileSync(join(dir, 'gbk', 'report-gbk.txt'), iconv.encode(seed.bytes.toString('utf8').replace('海通乡', '王楼乡'), 'gbk'));
    writeFileSync(join(dir, 'truncated.txt'), seed.bytes.subarray(0, Math.floor(seed.bytes.length * 0.55)));

    const { code, summary } = await quietly(() =>
      runIngest(db, [dir, join(dir, 'no-such-file.txt')], { json: false, dryRun: false, synthetic: false, progress: silent }),
    );
    expect(code).toBe(1);
    const reasons = Object.fromEntries(summary.failed.map((f) => [f.file.replace(/^.*[\\/]/, ''), f.reason]));
    expect(reasons['garbage.txt']).toMatch(/NOT_A_REPORT/);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['recipe.md']).toMatch(/NOT_A_REPORT/);
    expect(reasons['huge.txt']).toMatch(/too large: 50\.0 MB/);
    expect(reasons['broken.docx']).toMatch(/INPUT_UNREADABLE|NOT_A_REPORT/);
    expect(reasons['fake.pdf']).toMatch(/INPUT_UNREADABLE/);
    expect(reasons['broken.doc']).toMatch(/INPUT_UNREADABLE: .*DOC could not be read/);
    expect(reasons['dangling.txt']).toMatch(/broken link: ENOENT/);
    expect(reasons['no-such-file.txt']).toMatch(/no such file/);
    // The GBK report, the truncated one (its tables cut mid-way) and the WPS one are reports.
    expect(summary.ingested).toBe(3);
    expect(count(db, 'reports')).toBe(stored[0]! + 3);
    expect((db.$client.prepare("SELECT source_format AS f FROM reports WHERE source_name LIKE '%report.wps'").get() as { f: string }).f).toBe('wps');
    expect(count(db, 'rollup_province')).toBeGreaterThanOrEqual(stored[2]!);
    expect(rollupDisagreements(db)).toEqual([]);
    const gbk = db.$client.prepare("SELECT encoding FROM reports WHERE source_name LIKE '%report-gbk.txt'").get() as { encoding: string };
    expect(gbk.encoding).toBe('gb18030');
  }, 60_000);

  it('writes nothing on --dry-run', async () => {
    const { db } = freshDb();
    const dir = tempDir();
    for (const seed of seedFiles()) writeFileSync(join(dir, seed.name), seed.bytes);
    const { summary } = await quietly(() => runIngest(db, [dir], { json: true, dryRun: true, synthetic: false, progress: silent }));
    expect(summary.ingested).toBe(5);
    expect(count(db, 'reports')).toBe(0);
  });

  it('finds Chinese words in the narratives (FTS5 trigram)', async () => {
    const { db } = freshDb();
    for (const seed of seedFiles()) await ingestBytes(db, seed.name, seed.bytes);
    const hits = db.$client
      .prepare(
        "SELECT r.source_name FROM narratives_fts f JOIN narratives n ON n.id = f.rowid JOIN reports r ON r.id = n.report_id WHERE narratives_fts MATCH '政务公开专区' GROUP BY r.id ORDER BY r.source_name",
      )
      .all() as { source_name: string }[];
    expect(hits.map((h) => h.source_name.slice(0, 3))).toEqual(['001', '004']);
  });

  it('exports every stored cell exactly (long form round trip)', async () => {
    const { db } = freshDb();
    const generated = Array.from({ length: 12 }, (_, i) => generateReport({ seed: 100 + i, layout: 'tabs', template: i % 2 ? '2021' : '2019' }));
    for (const g of generated) await ingestBytes(db, g.fileName, g.bytes, { synthetic: true });
    const rows = [...longRows(db)];
    expect(rows.length).toBe(count(db, 'report_cells'));
    expect(rows.every((r) => r.synthetic)).toBe(true);
    const byReport = new Map<number, Map<string, unknown>>();
    for (const r of rows) {
      const m = byReport.get(r.reportId) ?? new Map();
      m.set(`${r.section}.${r.row}.${r.column}`, r.value);
      byReport.set(r.reportId, m);
    }
    const reports = db.$client.prepare('SELECT id, source_name FROM reports').all() as { id: number; source_name: string }[];
    for (const { id, source_name } of reports) {
      const g = generated.find((x) => x.fileName === source_name)!;
      const cells = byReport.get(id)!;
      for (const section of ['active', 'applications', 'review'] as const) {
        for (const [row, cols] of Object.entries(g.truth[section] as Record<string, Record<string, number>>)) {
          for (const [col, v] of Object.entries(cols)) {
            const got = cells.get(`${section}.${row}.${col}`);
            expect(typeof got === 'string' ? Number(got) : got, `${source_name} ${section}.${row}.${col}`).toBe(v);
          }
        }
      }
    }
  });
});

describe('incomplete reports (a table missing or cut short)', () => {
  const sumOf = (db: Db, where = 'is_latest = 1') =>
    (
      db.$client
        .prepare(`SELECT coalesce(sum(${CELLS.find((c) => c.path === 'applications.newlyReceived.total')!.sqlName}), 0) AS n FROM report_facts WHERE ${where}`)
        .get() as { n: number }
    ).n;
  const reportRow = (db: Db, id: number) =>
    db.$client.prepare('SELECT is_latest AS latest, complete FROM reports WHERE id = ?').get(id) as { latest: number; complete: number };

  it('keeps a cut copy as a version that is never latest over the complete one, and out of the rollups', async () => {
    const { db } = freshDb();
    const whole = generateReport({ seed: 31, layout: 'tabs', agency: '洪泽区人民政府', year: 2023 });
    const cut = generateReport({ seed: 31, layout: 'tabs', agency: '洪泽区人民政府', year: 2023, truncate: true });
    const first = await ingestBytes(db, 'whole.txt', whole.bytes);
    const before = db.$client.prepare('SELECT * FROM rollup_province').all();
    const second = await ingestBytes(db, 'cut.txt', cut.bytes);
    expect(second.status).toBe('ingested');
    expect(second.report?.diagnostics.find((d) => d.code === 'REPORT_INCOMPLETE')?.message).toMatch(/报告不完整.*incomplete report/);
    expect(reportRow(db, first.reportId!)).toEqual({ latest: 1, complete: 1 });
    expect(reportRow(db, second.reportId!)).toEqual({ latest: 0, complete: 0 });
    expect(db.$client.prepare('SELECT * FROM rollup_province').all()).toEqual(before);
    expect(rollupDisagreements(db)).toEqual([]);
  });

  it('gives way to a complete report of the same agency and year, and stays out of the sums until then', async () => {
    const { db } = freshDb();
    const whole = generateReport({ seed: 32, layout: 'html', agency: '武陟县人民政府', year: 2022 });
    const cut = generateReport({ seed: 32, layout: 'html', agency: '武陟县人民政府', year: 2022, truncate: true });
    const first = await ingestBytes(db, 'cut.html', cut.bytes);
    // The only version is latest (a reader finds it, flagged), but the analytics do not sum it.
    expect(reportRow(db, first.reportId!)).toEqual({ latest: 1, complete: 0 });
    expect(count(db, 'rollup_province')).toBe(0);
    expect(rollupDisagreements(db)).toEqual([]);
    const second = await ingestBytes(db, 'whole.html', whole.bytes);
    expect(reportRow(db, second.reportId!)).toEqual({ latest: 1, complete: 1 });
    expect(reportRow(db, first.reportId!)).toEqual({ latest: 0, complete: 0 });
    expect(sumOf(db, 'is_latest = 1 AND complete = 1')).toBe(whole.truth.applications.newlyReceived!.total);
    expect(rollupDisagreements(db)).toEqual([]);
  });
});
