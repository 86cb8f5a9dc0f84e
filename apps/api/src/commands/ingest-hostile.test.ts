import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deepHtml, digitText, docxZipBomb, generateReport, pdfStreamBomb } from '@gongkai/samples/generator';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { BIN, count, rollupDisagreements, tempDir } from '../test-support.ts';

// The folder of the parser issue, through the real CLI: a DOCX zip bomb, a PDF stream bomb, an 8 MB
// text that is no report, a page of 200,000 nested <div>s, truncated copies and four good reports.
// Every bad file is named with its reason, the good ones are stored, the run ends with exit 1 and no
// signal. (Its time and peak memory are measured by `npm run bench`.)

function runCli(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('gongkai ingest on hostile files', () => {
  it('names every bad file with its reason, stores the good ones and goes on', async () => {
    const dir = tempDir('gongkai-hostile-');
    writeFileSync(join(dir, 'bomb.docx'), docxZipBomb(512));
    writeFileSync(join(dir, 'bomb.pdf'), pdfStreamBomb(512));
    writeFileSync(join(dir, 'not-a-report.txt'), digitText(8));
    writeFileSync(join(dir, 'deep.html'), deepHtml(200_000));
    const good = [1, 2, 3, 4].map((i) => generateReport({ seed: 70 + i, layout: (['tabs', 'html', 'pipes', 'spaces'] as const)[i - 1]!, year: 2020 + i }));
    good.forEach((g, i) => writeFileSync(join(dir, `good-${i}-${g.fileName}`), g.bytes));
    const cut = [1, 2].map((i) => generateReport({ seed: 80 + i, layout: 'tabs', truncate: true }));
    cut.forEach((g, i) => writeFileSync(join(dir, `cut-${i}-${g.fileName}`), g.bytes));
    const db = join(tempDir('gongkai-hostile-db-'), 'h.db');

    const run = await runCli(['ingest', dir, '--db', db, '--json']);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as { ingested: number; failed: { file: string; reason: string }[] };
    const reasons = Object.fromEntries(summary.failed.map((f) => [f.file.split('/').pop(), f.reason]));
    expect(reasons).toEqual({
      'bomb.docx': expect.stringMatching(/INPUT_TOO_LARGE: .*inflates to over the 32 MB limit/),
      'bomb.pdf': expect.stringMatching(/INPUT_TOO_LARGE: .*decodes to over the 32 MB limit/),
      'deep.html': expect.stringMatching(/INPUT_TOO_LARGE: .*nested over 256 deep/),
      'not-a-report.txt': expect.stringMatching(/NOT_A_REPORT/),
    });
    // The four good reports and the two cut copies (kept, flagged incomplete).
    expect(summary.ingested).toBe(6);
    const store = openDatabase(db);
    try {
      expect(count(store, 'reports')).toBe(6);
      const incomplete = store.$client.prepare('SELECT source_name AS name FROM reports WHERE complete = 0 ORDER BY source_name').all() as { name: string }[];
      expect(incomplete.map((r) => r.name.split('/').pop())).toEqual(cut.map((g, i) => `cut-${i}-${g.fileName}`));
      expect(rollupDisagreements(store)).toEqual([]);
    } finally {
      store.$client.close();
    }
  }, 180_000);
});
