import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SEEDS_DIR } from '@gongkai/samples/seeds';
import { describe, expect, it } from 'vitest';
import { parseReport, parseText } from './parse.ts';

// Whatever the bytes, the parser returns a report (possibly NOT_A_REPORT) and returns quickly.

const seedDir = SEEDS_DIR;
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));

// Local runs explore new inputs; CI replays a fixed seed (see roundtrip.property.test.ts).
const runs = (numRuns: number) => ({ numRuns, ...(process.env.CI ? { seed: 20261121 } : {}) });

const wellFormed = (r: ReturnType<typeof parseText>) => {
  expect(Array.isArray(r.diagnostics)).toBe(true);
  for (const d of r.diagnostics) expect(typeof d.code).toBe('string');
  for (const v of Object.values(r.applications)) for (const x of Object.values(v ?? {})) expect(x === null || Number.isFinite(x)).toBe(true);
};

describe('the parser never throws and never hangs', () => {
  it('on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const r = await parseReport(bytes);
        wellFormed(r);
      }),
      runs(300),
    );
  });

  it('on random text, flagged NOT_A_REPORT', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const r = parseText(text);
        wellFormed(r);
        expect(r.diagnostics.some((d) => d.code === 'NOT_A_REPORT')).toBe(true);
      }),
      runs(300),
    );
  });

  it('on mutated seed reports: cut, spliced, characters replaced or lines shuffled', () => {
    const mutation = fc.record({
      seed: fc.integer({ min: 0, max: seeds.length - 1 }),
      cutAt: fc.double({ min: 0, max: 1, noNaN: true }),
      edits: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 8 })), { maxLength: 30 }),
      shuffle: fc.boolean(),
    });
    fc.assert(
      fc.property(mutation, ({ seed, cutAt, edits, shuffle }) => {
        let text = seeds[seed]!;
        text = text.slice(0, Math.max(1, Math.floor(text.length * (0.2 + 0.8 * cutAt))));
        for (const [at, s] of edits) {
          const i = Math.floor(at * text.length);
          text = text.slice(0, i) + s + text.slice(i + s.length);
        }
        if (shuffle) text = text.split('\n').reverse().join('\n');
        const started = performance.now();
        wellFormed(parseText(text));
        expect(performance.now() - started).toBeLessThan(2000);
      }),
      runs(200),
    );
  });

  it('on a long flattened line of digits', () => {
    const started = performance.now();
    const r = parseText(
      `二、主动公开政府信息情况规章${'1'.repeat(5000)}三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量${'12'.repeat(3000)}`,
    );
    wellFormed(r);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
