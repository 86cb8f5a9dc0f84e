import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Db } from '../db/client.ts';
import type { ExportFilter, WideTable } from '../services/export.ts';
import { countSynthetic, csvLine, LONG_COLUMNS, LONG_LABELS_ZH, longRows, wideCsv } from '../services/export.ts';

export interface ExportOptions extends ExportFilter {
  format: 'csv' | 'jsonl';
  out?: string;
  /** Wide: one CSV per table, written into the folder `out`. */
  wide: boolean;
  labels: 'en' | 'zh';
}

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
}

async function finish(stream: Writable): Promise<void> {
  if (stream === process.stdout) return;
  await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

export async function runExport(db: Db, options: ExportOptions): Promise<number> {
  const { reports, synthetic } = countSynthetic(db, options);
  // Generated sample reports are flagged in every row; say so where a person will read it too.
  if (synthetic > 0)
    process.stderr.write(`note: ${synthetic} of ${reports} reports are synthetic sample data (column “synthetic” = true), not published figures\n`);
  if (options.wide) {
    if (!options.out) throw new Error('--wide writes one CSV per table: give a folder with --out');
    mkdirSync(options.out, { recursive: true });
    for (const table of ['active', 'applications', 'review'] as WideTable[]) {
      const stream = createWriteStream(join(options.out, `${table}.csv`));
      await write(stream, '\uFEFF'); // Excel reads UTF-8 Chinese only with a BOM
      for (const line of wideCsv(db, table, options, options.labels)) await write(stream, line);
      await finish(stream);
    }
    process.stderr.write(`wrote active.csv, applications.csv, review.csv to ${options.out}\n`);
    return 0;
  }
  const stream: Writable = options.out ? createWriteStream(options.out) : process.stdout;
  if (options.format === 'csv') {
    if (options.out) await write(stream, '\uFEFF');
    await write(stream, csvLine(LONG_COLUMNS));
    if (options.labels === 'zh') await write(stream, csvLine(LONG_COLUMNS.map((c) => LONG_LABELS_ZH[c])));
    for (const row of longRows(db, options)) await write(stream, csvLine(LONG_COLUMNS.map((c) => row[c])));
  } else {
    for (const row of longRows(db, options)) await write(stream, `${JSON.stringify(row)}\n`);
  }
  await finish(stream);
  return 0;
}
