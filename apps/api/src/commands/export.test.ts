import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateReport } from '@gongkai/samples/generator';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, seedFiles, tempDir } from '../test-support.ts';

// The verbs as a user runs them: gongkai ingest into a fresh file, then gongkai export.
const run = promisify(execFile);
const gongkai = (...args: string[]) => run(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

let db: string;
let dir: string;

beforeAll(async () => {
  dir = tempDir('gongkai-export-');
  for (const s of seedFiles()) writeFileSync(join(dir, s.name), s.bytes);
  db = join(tempDir('gongkai-export-db-'), 'e.db');
  const { stdout } = await gongkai('ingest', dir, '--db', db, '--json');
  expect(JSON.parse(stdout)).toMatchObject({ ingested: 5, failed: [] });
  const generated = tempDir('gongkai-export-gen-');
  const g = generateReport({ seed: 4242, layout: 'html', template: '2019' });
  writeFileSync(join(generated, g.fileName), g.bytes);
  const second = await gongkai('ingest', generated, '--db', db, '--json', '--synthetic');
  expect(JSON.parse(second.stdout)).toMatchObject({ ingested: 1, failed: [] });
}, 60_000);

describe('gongkai export', () => {
  it('writes the tidy long form as CSV with a BOM, English keys and an optional zh label row', async () => {
    const out = join(dir, 'cells.csv');
    await gongkai('export', '--db', db, '--format', 'csv', '--out', out, '--labels', 'zh');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, zh, ...rows] = text.slice(1).trim().split('\r\n');
    expect(header).toBe(
      'reportId,agency,provinceCode,cityCode,countyCode,level,year,template,version,latest,synthetic,section,row,column,value,state,parsedValue,correctedBy,correctedAt',
    );
    expect(zh).toContain('机关');
    const haitong = rows.filter((r) => r.includes('海通乡') && r.includes(',applications,newlyReceived,total,'));
    expect(haitong).toHaveLength(1);
    expect(haitong[0]).toMatch(/,applications,newlyReceived,total,0,printed,0,,$/);
    // 003: the blank 本年新收·自然人 is exported with its inferred value and says so.
    expect(rows.find((r) => r.includes('大封镇') && r.includes(',newlyReceived,naturalPerson,'))).toMatch(/,1,inferred,1,,$/);
  }, 30_000);

  it('writes JSON lines with exact money and says when synthetic reports are included', async () => {
    const { stdout, stderr } = await gongkai('export', '--db', db, '--format', 'jsonl');
    const rows = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const procurement = rows.find((r) => r.agency === '大峪镇人民政府' && r.row === 'procurement' && r.column === 'amount');
    expect(procurement.value).toBe('13.595');
    expect(rows.some((r) => r.synthetic === true)).toBe(true);
    expect(stderr).toMatch(/1 of 6 reports are synthetic/);
    const real = await gongkai('export', '--db', db, '--format', 'jsonl', '--real-only');
    expect(
      real.stdout
        .trim()
        .split('\n')
        .every((l) => JSON.parse(l).synthetic === false),
    ).toBe(true);
  }, 30_000);

  it('writes one wide CSV per table for spreadsheets', async () => {
    const out = join(dir, 'wide');
    await gongkai('export', '--db', db, '--wide', '--out', out);
    const applications = readFileSync(join(out, 'applications.csv'), 'utf8').slice(1).trim().split('\r\n');
    expect(applications[0]).toContain('newlyReceived.naturalPerson');
    expect(applications).toHaveLength(1 + 6);
    const review = readFileSync(join(out, 'review.csv'), 'utf8');
    expect(review).toContain('reconsideration.upheld');
  }, 30_000);

  it('fails with a clear message on a wrong option', async () => {
    await expect(gongkai('export', '--db', db, '--format', 'xlsx')).rejects.toMatchObject({ stderr: expect.stringContaining('--format must be csv or jsonl') });
  });
});
