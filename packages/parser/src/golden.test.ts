import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEEDS_DIR } from '@gongkai/samples/seeds';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse.ts';
import { SHARED_SAMPLES } from './test-support/shared.ts';

// Whole reports against their expected output. Seeds live in @gongkai/samples; the real PDF samples'
// text is read from ../shared/samples (never copied into the project), their expected JSON is ours.

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '__fixtures__');

const pick = (r: Record<string, unknown>) => ({
  agency: r.agency,
  year: r.year,
  template: r.template,
  publishedOn: r.publishedOn,
  active: r.active,
  applications: r.applications,
  review: r.review,
});

describe('seed reports parse to their expected JSON', () => {
  const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));
  it.each(seeds)('%s', async (file) => {
    const bytes = readFileSync(join(SEEDS_DIR, file));
    const expected = JSON.parse(readFileSync(join(SEEDS_DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'));
    const report = await parseReport(bytes, { fileName: file });
    expect(pick(report as unknown as Record<string, unknown>)).toEqual(expected);
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe.skipIf(!existsSync(SHARED_SAMPLES))('pdftotext layout of real reports', () => {
  const names = readdirSync(join(fixtures, 'samples')).map((f) => f.replace(/\.expected\.json$/, ''));
  it.each(names)('%s', async (name) => {
    const bytes = readFileSync(join(SHARED_SAMPLES, `${name}.txt`));
    const expected = JSON.parse(readFileSync(join(fixtures, 'samples', `${name}.expected.json`), 'utf8'));
    const report = await parseReport(bytes, { fileName: `${name}.txt` });
    expect(pick(report as unknown as Record<string, unknown>)).toEqual(expected);
  });
});

describe('provenance', () => {
  it('points every printed number at its source text', async () => {
    const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith('003') && f.endsWith('.txt'))!;
    const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
    const report = await parseReport(new TextEncoder().encode(text), { fileName: file });
    const printed = Object.entries(report.provenance).filter(([, p]) => p.state === 'printed');
    expect(printed.length).toBeGreaterThan(150);
    for (const [path, p] of printed) {
      expect(text.slice(p.start!, p.end!), path).toBe(p.raw);
      expect(text.split('\n')[p.line! - 1], path).toContain(p.raw!);
    }
    // 003 leaves the natural-person cell of 本年新收 blank; the rules fix it at 1.
    expect(report.provenance['applications.newlyReceived.naturalPerson']?.state).toBe('inferred');
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'CELL_INFERRED', path: 'applications.newlyReceived.naturalPerson' }));
  });

  it('reports a broken rule and keeps the printed numbers', async () => {
    const name = '008_hongze_district_gov_2023';
    if (!existsSync(join(SHARED_SAMPLES, `${name}.txt`))) return;
    const report = await parseReport(readFileSync(join(SHARED_SAMPLES, `${name}.txt`)));
    expect(report.review.reconsideration).toEqual({ upheld: 10, corrected: 1, other: 0, pending: 0, total: 0 });
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'RULE_REVIEW_TOTAL_MISMATCH', path: 'review.reconsideration', rule: 4 }));
  });
});
