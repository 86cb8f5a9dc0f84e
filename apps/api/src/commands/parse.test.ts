import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SEEDS_DIR } from '@gongkai/samples/seeds';
import { describe, expect, it } from 'vitest';

// The real command, as a user runs it: the bin script, a child process, files on disk.
const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '../../bin/gongkai.mjs');
const seeds = SEEDS_DIR;

async function gongkai(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('gongkai parse', () => {
  it('prints one report as JSON with the model keys', async () => {
    const { code, stdout } = await gongkai('parse', join(seeds, '004_e582fca03554ba2c.txt'));
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ agency: '海通乡', year: 2022, template: '2021', publishedOn: null });
    expect(report.applications.newlyReceived.total).toBe(0);
    expect(report.provenance['applications.newlyReceived.total']).toMatchObject({ state: 'printed', raw: '0' });
  }, 30_000);

  it('indents with --pretty and prints JSON lines for several files', async () => {
    const pretty = await gongkai('parse', '--pretty', join(seeds, '000_0c7f3b5150447c9e.txt'));
    expect(pretty.stdout.split('\n')[1]).toMatch(/^ {2}"agency": "大刘庄镇人民政府",$/);
    const lines = await gongkai('parse', join(seeds, '000_0c7f3b5150447c9e.txt'), join(seeds, '001_85236c9e0b1ec5a3.txt'));
    const parsed = lines.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(parsed.map((r) => r.agency)).toEqual(['大刘庄镇人民政府', '桐柏县淮源镇人民政府']);
  }, 30_000);

  it('fails with one line naming the file when it is missing or not a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-parse-'));
    const notReport = join(dir, 'recipe.txt');
    writeFileSync(notReport, '西红柿炒鸡蛋：先炒蛋，再炒西红柿，加盐出锅。\n'.repeat(20));
    const missing = await gongkai('parse', join(dir, 'nope.txt'));
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.txt');
    const bad = await gongkai('parse', notReport);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/recipe\.txt: NOT_A_REPORT/);
    expect(bad.stdout).toBe('');
  }, 30_000);

  it('still prints the good reports when one file of several fails', async () => {
    const { code, stdout, stderr } = await gongkai('parse', join(seeds, '003_f13d2195483ea46f.txt'), '/nonexistent/x.txt');
    expect(code).toBe(1);
    expect(JSON.parse(stdout.trim()).agency).toBe('武陟县大封镇人民政府');
    expect(stderr).toContain('/nonexistent/x.txt');
  }, 30_000);
});
