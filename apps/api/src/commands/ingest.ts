import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { Db } from '../db/client.ts';
import { collectFiles } from '../services/collect-files.ts';
import type { IngestOutcome } from '../services/ingest.ts';
import { checkFile, PARSE_FAILURE_CODES, storedScanReading, storeParsed } from '../services/ingest.ts';
import type { Parsed } from '../services/parse-pool.ts';
import { ParseFailure, ParsePool } from '../services/parse-pool.ts';

export interface IngestSummary {
  files: number;
  ingested: number;
  unchanged: number;
  updated: number;
  failed: { file: string; reason: string }[];
  warningsByCode: Record<string, number>;
  seconds: number;
  filesPerSecond: number;
  dryRun: boolean;
}

export interface IngestRunOptions {
  json: boolean;
  dryRun: boolean;
  synthetic: boolean;
  maxBytes?: number;
  /** false: signatures later, by the server (IngestOptions.similarity). */
  similarity?: boolean;
  /** Where progress goes (stderr by default). */
  progress?: NodeJS.WriteStream;
  /** Worker threads that parse (default: one per core, at least one); the main thread only writes. */
  workers?: number;
  /** Time limit per file, in ms. */
  timeoutMs?: number;
  /** Heap limit per parsing worker, in MB. */
  memoryMb?: number;
}

interface Job {
  file: string;
  outcome?: IngestOutcome;
  bytes?: Uint8Array;
  hash?: string;
  parsed?: Promise<Parsed>;
  /** Set once the parse has finished (or failed). */
  settled?: { value: Parsed | Error };
}

/** Reports written in one transaction at most. */
const BATCH = 64;

function settle(p: Promise<Parsed>): Promise<Parsed | Error> {
  return p.then(
    (v) => v,
    (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
  );
}

/** How many files may be read and parsed ahead of the one being written. */
const WINDOW = 16;

const display = (file: string) => {
  const r = relative(process.cwd(), file);
  return r.startsWith('..') ? file : r;
};

/** A progress bar on a terminal; a plain line per file otherwise (logs, CI). */
function progressReporter(out: NodeJS.WriteStream, total: number, started: number) {
  const tty = Boolean(out.isTTY);
  let last = 0;
  return {
    step(done: number, failed: number, outcome: IngestOutcome) {
      const rate = done / Math.max(0.001, (performance.now() - started) / 1000);
      if (!tty) {
        const what =
          outcome.status === 'failed'
            ? `failed: ${outcome.reason}`
            : `${outcome.status}${outcome.agency ? ` ${outcome.agency}` : ''}${outcome.year ? ` ${outcome.year}` : ''}${outcome.version && outcome.version > 1 ? ` (version ${outcome.version})` : ''}`;
        out.write(`[${done}/${total}] ${display(outcome.file)}: ${what}\n`);
        return;
      }
      const now = performance.now();
      if (now - last < 80 && done < total) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files · ${rate.toFixed(1)}/s · ${failed} failed `);
      if (done === total) out.write('\n');
    },
    /** A scan's page read by OCR (seconds a page): said as it happens. */
    page(file: string, page: number, of: number) {
      if (tty) out.write(`\r${display(file)}: OCR page ${page}/${of} `.padEnd(60));
      else out.write(`  ${display(file)}: OCR page ${page}/${of}\n`);
    },
  };
}

export async function runIngest(db: Db, paths: string[], options: IngestRunOptions): Promise<{ code: number; summary: IngestSummary }> {
  const started = performance.now();
  const { files, problems } = await collectFiles(paths);
  const summary: IngestSummary = {
    files: files.length,
    ingested: 0,
    unchanged: 0,
    updated: 0,
    failed: [...problems],
    warningsByCode: {},
    seconds: 0,
    filesPerSecond: 0,
    dryRun: options.dryRun,
  };
  const progress = progressReporter(options.progress ?? process.stderr, files.length, started);
  // Files are read and parsed ahead (in worker threads) while this thread writes them, in order, one
  // transaction per report: parsing and writing overlap on two cores.
  // Every file is parsed in a worker with a memory and a time limit: a file over either fails with the
  // reason, its worker is replaced, and the run goes on.
  const pool = new ParsePool({
    size: Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length || 1)),
    timeoutMs: options.timeoutMs,
    memoryMb: options.memoryMb,
  });
  const parse = (name: string, bytes: Uint8Array, hash: string) =>
    pool.parse(name, bytes, undefined, (page, of) => progress.page(name, page, of), storedScanReading(db, hash));
  const ingestOptions = { synthetic: options.synthetic, dryRun: options.dryRun, maxBytes: options.maxBytes, similarity: options.similarity };
  const queue: Job[] = [];
  let next = 0;
  const enqueue = () => {
    const file = files[next++]!;
    const name = display(file);
    try {
      const bytes = readFileSync(file);
      const checked = checkFile(db, name, bytes, options.maxBytes);
      if (checked.outcome) queue.push({ file, outcome: checked.outcome });
      else {
        const job: Job = { file, bytes, hash: checked.hash, parsed: parse(name, bytes, checked.hash) };
        void settle(job.parsed!).then((value) => (job.settled = { value }));
        queue.push(job);
      }
    } catch (error) {
      // One bad file never stops the run; what is stored stays as it was.
      const e = error as NodeJS.ErrnoException;
      queue.push({
        file,
        outcome: { file, status: 'failed', reason: e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a folder' : e.message },
      });
    }
  };
  let done = 0;
  const failureReason = (error: unknown) => (error instanceof ParseFailure ? `${PARSE_FAILURE_CODES[error.kind]}: ${error.message}` : (error as Error).message);
  const report = (outcome: IngestOutcome) => {
    done++;
    if (outcome.status === 'failed') summary.failed.push({ file: display(outcome.file), reason: outcome.reason ?? 'unknown error' });
    else summary[outcome.status]++;
    for (const [code, n] of Object.entries(outcome.codes ?? {})) summary.warningsByCode[code] = (summary.warningsByCode[code] ?? 0) + n;
    progress.step(done, summary.failed.length - problems.length, outcome);
  };
  // Reports already parsed are written together, up to BATCH in one transaction (each report still whole
  // or absent after a crash): a commit costs more than a report's rows.
  const batch = db.$client.transaction((jobs: { job: Job; parsed: Parsed | Error }[]) =>
    jobs.map(({ job, parsed }): IngestOutcome => {
      if (parsed instanceof Error) return { file: job.file, status: 'failed', reason: failureReason(parsed) };
      try {
        return storeParsed(db, display(job.file), job.bytes!, job.hash!, parsed, ingestOptions);
      } catch (error) {
        return { file: job.file, status: 'failed', reason: failureReason(error) };
      }
    }),
  );
  while (next < files.length || queue.length > 0) {
    while (queue.length < WINDOW && next < files.length) enqueue();
    const job = queue.shift()!;
    if (job.outcome) {
      report(job.outcome);
      continue;
    }
    const ready: { job: Job; parsed: Parsed | Error }[] = [{ job, parsed: await settle(job.parsed!) }];
    // Then every following job whose parse is already done, in order.
    while (ready.length < BATCH && queue.length > 0 && !queue[0]!.outcome && queue[0]!.settled) {
      const more = queue.shift()!;
      ready.push({ job: more, parsed: more.settled!.value });
    }
    const outcomes = options.dryRun
      ? ready.map(({ job: j, parsed }) =>
          parsed instanceof Error
            ? { file: j.file, status: 'failed' as const, reason: failureReason(parsed) }
            : storeParsed(db, display(j.file), j.bytes!, j.hash!, parsed, ingestOptions),
        )
      : batch.immediate(ready);
    outcomes.forEach(report);
  }
  await pool.close();
  summary.seconds = Number(((performance.now() - started) / 1000).toFixed(3));
  summary.filesPerSecond = Number((files.length / Math.max(0.001, summary.seconds)).toFixed(1));
  if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else process.stdout.write(formatSummary(summary));
  return { code: summary.failed.length > 0 ? 1 : 0, summary };
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `${s.dryRun ? 'dry run (nothing written): ' : ''}${s.ingested} ingested, ${s.unchanged} unchanged (same file), ${s.updated} updated (newer parser), ${s.failed.length} failed — ${s.files} files in ${s.seconds} s (${s.filesPerSecond} files/s)`,
  ];
  if (s.failed.length > 0) lines.push('failed:', ...s.failed.map((f) => `  ${f.file}: ${f.reason}`));
  const codes = Object.entries(s.warningsByCode).sort((a, b) => b[1] - a[1]);
  if (codes.length > 0) lines.push('diagnostics by code:', ...codes.map(([c, n]) => `  ${c.padEnd(28)} ${n}`));
  return `${lines.join('\n')}\n`;
}
