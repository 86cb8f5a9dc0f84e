import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReportWithSource } from '@gongkai/parser/parse';
import { afterEach, describe, expect, it } from 'vitest';
import { ParseFailure, ParsePool } from './parse-pool.ts';
import { SEED_DIR } from '../test-support.ts';

// The worker pool: files parse off the main thread; a file over the time or memory limit fails with a
// reason naming the limit, its worker is replaced, and the next file still parses.

const seed = readFileSync(join(SEED_DIR, '000_0c7f3b5150447c9e.txt'));

/** A real report whose narrative is padded to `mb` megabytes: legal and linear, but slow. */
function padded(mb: number): Uint8Array {
  const text = seed.toString('utf8');
  const paragraph = text
    .split('\n')
    .filter((l) => l.length > 60)
    .join('\n');
  const parts: string[] = [];
  let size = 0;
  while (size < mb * 1024 * 1024) {
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return new TextEncoder().encode(text.replace('五、存在的主要问题', `${parts.join('\n')}\n五、存在的主要问题`));
}

let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('ParsePool', () => {
  it('parses in a worker exactly as in this thread', async () => {
    pool = new ParsePool({ size: 1 });
    const inWorker = await pool.parse('000.txt', seed);
    const here = await parseReportWithSource(seed, { fileName: '000.txt' });
    expect(inWorker.report.applications).toEqual(here.report.applications);
    expect(inWorker.report.agency).toBe(here.report.agency);
  }, 60_000);

  it('stops a file over the time limit, names the limit, and goes on with a new worker', async () => {
    pool = new ParsePool({ size: 1, timeoutMs: 300 });
    const slow = pool.parse('slow.txt', padded(24));
    const next = pool.parse('000.txt', seed);
    const failure = await slow.then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ParseFailure);
    expect((failure as ParseFailure).kind).toBe('timeout');
    expect((failure as Error).message).toMatch(/longer than 0.3 s \(the limit per file\)/);
    expect((await next).report.agency).toBe('大刘庄镇人民政府');
  }, 120_000);

  it('stops a file over the memory limit, names the limit, and goes on with a new worker', async () => {
    pool = new ParsePool({ size: 1, memoryMb: 96, timeoutMs: 120_000 });
    // A page of 30 MB whose table has a million cells: within the input limits, beyond 96 MB of heap.
    const cells = '<tr>' + '<td>1</td>'.repeat(20) + '</tr>';
    const html = `<html><body><h1>某县人民政府2024年政府信息公开工作年度报告</h1><table>${cells.repeat(140_000)}</table></body></html>`;
    const big = pool.parse('big.html', new TextEncoder().encode(html));
    const next = pool.parse('000.txt', seed);
    const failure = await big.then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ParseFailure);
    expect((failure as ParseFailure).kind).toBe('memory');
    expect((failure as Error).message).toMatch(/ran out of memory \(limit 96 MB per file\)/);
    expect((await next).report.agency).toBe('大刘庄镇人民政府');
  }, 120_000);

  it('cancels a file when its request is cancelled: waiting, it is dropped; being parsed, its worker is replaced', async () => {
    pool = new ParsePool({ size: 1, timeoutMs: 120_000 });
    await pool.parse('warm-up.txt', seed); // the worker is loaded and idle
    const running = new AbortController();
    const waiting = new AbortController();
    const slow = pool.parse('slow.txt', padded(24), running.signal);
    const queued = pool.parse('queued.txt', padded(24), waiting.signal);
    const third = pool.parse('third.txt', padded(24), AbortSignal.abort());
    waiting.abort();
    running.abort();
    for (const p of [slow, queued, third]) await expect(p).rejects.toMatchObject({ kind: 'cancelled' });
    expect((await pool.parse('000.txt', seed)).report.agency).toBe('大刘庄镇人民政府');
  }, 120_000);
});
