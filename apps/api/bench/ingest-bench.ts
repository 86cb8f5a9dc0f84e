// npm run bench (apps/api), part 1: end-to-end ingest of generated reports (files on disk → parsed →
// stored), the re-ingest of the same unchanged files, and the database bytes per report.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport, TEXT_LAYOUTS } from '@gongkai/parser/generator';
import { runIngest } from '../src/commands/ingest.ts';
import { openDatabase } from '../src/db/client.ts';
import { tempDir } from '../src/test-support.ts';

const COUNT = Number(process.env.BENCH_INGEST_REPORTS ?? 10_000);
const dir = tempDir('gongkai-bench-files-');
for (let i = 0; i < COUNT; i++) {
  const g = generateReport({ seed: 1_000_000 + i, layout: TEXT_LAYOUTS[i % TEXT_LAYOUTS.length]!, year: 2019 + (i % 7) });
  writeFileSync(join(dir, `${String(i).padStart(5, '0')}-${g.fileName}`), g.bytes);
}
const file = join(tempDir('gongkai-bench-db-'), 'bench.db');
const db = openDatabase(file);
const quiet = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
const mute = process.stdout.write.bind(process.stdout);
process.stdout.write = (() => true) as typeof process.stdout.write;
const first = await runIngest(db, [dir], { json: true, dryRun: false, synthetic: true, progress: quiet });
const again = await runIngest(db, [dir], { json: true, dryRun: false, synthetic: true, progress: quiet });
process.stdout.write = mute;
db.$client.pragma('wal_checkpoint(TRUNCATE)');
db.$client.close();
const bytes = statSync(file).size;
const reports = first.summary.ingested;
console.log('\nIngest (one process, one transaction per report):');
console.table([
  { run: 'first ingest', files: first.summary.files, ingested: first.summary.ingested, failed: first.summary.failed.length, seconds: first.summary.seconds, reportsPerSecond: first.summary.filesPerSecond },
  { run: 're-ingest (unchanged)', files: again.summary.files, ingested: again.summary.ingested, failed: again.summary.failed.length, seconds: again.summary.seconds, reportsPerSecond: again.summary.filesPerSecond },
]);
console.log(`re-ingest is ${(first.summary.seconds / again.summary.seconds).toFixed(1)}× faster than the first ingest (aim ≥ 10×)`);
console.log(`database: ${(bytes / 1048576).toFixed(1)} MB for ${reports} reports = ${Math.round(bytes / Math.max(1, reports))} bytes per report (source text included)`);
console.log(`first ingest: ${first.summary.filesPerSecond} reports/s end to end (aim ≥ 500)`);
