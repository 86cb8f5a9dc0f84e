// Writes the sample corpus's reports that carry the planted insight patterns (copied sections, whole-area
// counties, outliers) into a folder, for the dashboard's browser tests to ingest with the real CLI:
//   tsx scripts/write-planted.ts <folder>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReportAsync } from '@gongkai/samples/generator';
import { plantedPlan } from '../src/services/samples.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/write-planted.ts <folder>');
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
let n = 0;
for (const p of plantedPlan()) {
  const g = await generateReportAsync(p.options);
  writeFileSync(join(dir, `${p.year}-${String(++n).padStart(3, '0')}-${g.fileName}`), g.bytes);
}
console.log(`wrote ${n} reports to ${dir}`);
