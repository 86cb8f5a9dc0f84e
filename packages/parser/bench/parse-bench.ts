// npm run bench (packages/parser): reports parsed per second, per layout, on one core.
// Reports are generated first (not timed), then parsed in a loop; the figure is reports / second.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReportAsync, TEXT_LAYOUTS } from '@gongkai/samples/generator';
import { digitText } from '@gongkai/samples/generator';
import { parseReport, parseText } from '../src/parse.ts';
import { SHARED_SAMPLES } from '../src/test-support/shared.ts';

const COUNT = Number(process.env.BENCH_REPORTS ?? 400);
const rows: { layout: string; reports: number; perSecond: number; msPerReport: number }[] = [];

/** Steady state: one pass to warm the JIT, then the mean of three passes. */
async function measure(layout: string, inputs: Uint8Array[], parse: (b: Uint8Array) => unknown | Promise<unknown>, passes = 3) {
  for (const b of inputs) await parse(b);
  const started = performance.now();
  for (let p = 0; p < passes; p++) for (const b of inputs) await parse(b);
  const ms = (performance.now() - started) / passes;
  rows.push({ layout, reports: inputs.length, perSecond: Math.round((inputs.length / ms) * 1000), msPerReport: Number((ms / inputs.length).toFixed(3)) });
}

for (const layout of TEXT_LAYOUTS) {
  const inputs: Uint8Array[] = [];
  for (let seed = 1; seed <= COUNT; seed++)
    inputs.push((await generateReportAsync({ seed, layout, template: (['2019', '2021', 'mixed'] as const)[seed % 3] })).bytes);
  await measure(layout, inputs, (b) => parseText(b));
}
const docx: Uint8Array[] = [];
for (let seed = 1; seed <= Math.min(COUNT, 100); seed++) docx.push((await generateReportAsync({ seed, layout: 'docx' })).bytes);
await measure('docx', docx, (b) => parseReport(b, { fileName: 'x.docx' }), 1);

try {
  const pdfs = readdirSync(SHARED_SAMPLES)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => new Uint8Array(readFileSync(join(SHARED_SAMPLES, f))));
  if (pdfs.length > 0)
    await measure('pdf (real samples, 5-6 pages)', Array.from({ length: 5 }, () => pdfs).flat(), (b) => parseReport(b, { fileName: 'x.pdf' }), 1);
} catch {
  // ../shared/samples is optional
}

console.log('\nParser throughput (one core):');
console.table(rows);
// Plain-text layouts (txt/md as published or converted); HTML, DOCX and PDF carry their own extraction.
const text = rows.filter((r) => ['tabs', 'cell-lines', 'pipes', 'spaces', 'ocr', 'flat'].includes(r.layout));
const total = text.reduce((a, r) => a + r.reports, 0);
const ms = text.reduce((a, r) => a + r.reports * r.msPerReport, 0);
console.log(`text layouts: ${Math.round((total / ms) * 1000)} reports/s over the mix, slowest ${Math.min(...text.map((r) => r.perSecond))}/s (aim: ≥ 1,000/s)`);

// Cost grows with the input linearly (the limits stop anything past 32 MB): a report padded to 1, 2, 4
// and 8 MB of narrative, a report printed over and over to that size, and digits shaped like a table.
const seed = new TextDecoder().decode((await generateReportAsync({ seed: 7, layout: 'tabs' })).bytes);
const paragraph = seed
  .split('\n')
  .filter((l) => l.length > 60)
  .join('\n');
const sizes = [1, 2, 4, 8];
const scaling: Record<string, string | number>[] = [];
for (const mb of sizes) {
  const target = mb * 1024 * 1024;
  const padded: string[] = [];
  for (let size = 0; size < target; size += Buffer.byteLength(paragraph)) padded.push(paragraph);
  const inputs = {
    'narrative padded': new TextEncoder().encode(seed.replace(/(五、存在的主要问题)/, `${padded.join('\n')}\n$1`)),
    'report repeated': new TextEncoder().encode(seed.repeat(Math.ceil(target / Buffer.byteLength(seed)))),
    'digits and tabs': digitText(mb),
  };
  const row: Record<string, string | number> = { MB: mb };
  for (const [name, bytes] of Object.entries(inputs)) {
    const started = performance.now();
    parseText(bytes);
    row[`${name} (ms)`] = Math.round(performance.now() - started);
  }
  scaling.push(row);
}
console.log('\nParse time by input size (linear is the aim: each doubling about doubles the time):');
console.table(scaling);
