import type { SectionSignature } from './shingles.ts';
import type { ScanReading } from './ocr-reading.ts';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedReport } from '@gongkai/schema/report';

// Files are parsed in worker threads, never on the thread that serves requests or writes the store:
// each worker has a memory limit and each file a time limit. A file over either fails with the reason,
// its worker is replaced, and the other files go on.

export interface Parsed {
  report: ParsedReport;
  sourceText: string | null;
  /** A scan's OCR reading: its cells' places in the text, boxes and confidence, and its pages (grey PNGs). */
  scan?: ScanReading;
  /** The narratives' similarity signatures, computed beside the parse (off the main thread). */
  signatures?: SectionSignature[];
}

export interface ParsePoolOptions {
  /** Worker threads (default: one per core). */
  size?: number;
  /** Heap of one worker, in MB. */
  memoryMb?: number;
  /** Time for one file, in ms. */
  timeoutMs?: number;
  /** Let the process exit while workers are idle (for a server's shared pool). */
  unref?: boolean;
}

export const PARSE_LIMITS = { memoryMb: 512, timeoutMs: 30_000 };

/** A file the worker could not finish: too slow, out of memory, or the worker died. */
export class ParseFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'memory' | 'crashed' | 'cancelled',
    message: string,
  ) {
    super(message);
    this.name = 'ParseFailure';
  }
}

interface Job {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  resolve: (p: Parsed) => void;
  reject: (e: Error) => void;
  onPage?: (page: number, of: number) => void;
  scan?: ScanReading;
}

interface Slot {
  worker: Worker;
  /** Files posted to the worker, in order: the first is being parsed, the next waits its turn there. */
  jobs: Job[];
  timer: ReturnType<typeof setTimeout> | null;
  /** Loaded and waiting for files. */
  ready: boolean;
}

/**
 * Files in a worker's own queue: one parsed, one waiting, so that the worker never idles while the main
 * thread is busy writing. The time limit of a file counts from the worker's "started" message.
 */
const IN_FLIGHT = 2;

export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;
  /** Workers that died before finishing any file in a row: past a few, the pool gives up. */
  private failedStarts = 0;
  private readonly memoryMb: number;
  private readonly timeoutMs: number;
  private readonly unref: boolean;

  constructor(options: ParsePoolOptions | number = {}) {
    const o = typeof options === 'number' ? { size: options } : options;
    this.memoryMb = o.memoryMb ?? PARSE_LIMITS.memoryMb;
    this.timeoutMs = o.timeoutMs ?? PARSE_LIMITS.timeoutMs;
    this.unref = o.unref ?? false;
    const size = Math.max(1, o.size ?? availableParallelism());
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Parses in a worker; `signal` cancels it (waiting: dropped; being parsed: its worker is replaced). */
  parse(
    fileName: string,
    bytes: Uint8Array,
    signal?: AbortSignal,
    onPage?: (page: number, of: number) => void,
    /** The OCR reading stored for these bytes, reused instead of reading the pages again. */
    scan?: ScanReading,
  ): Promise<Parsed> {
    if (this.closed) return Promise.reject(new Error('the parse pool is closed'));
    if (signal?.aborted) return Promise.reject(new ParseFailure('cancelled', 'the request was cancelled before parsing began'));
    return new Promise<Parsed>((resolve, reject) => {
      const job: Job = { id: this.nextId++, fileName, bytes, resolve, reject, onPage, scan };
      signal?.addEventListener('abort', () => this.cancel(job), { once: true });
      this.queue.push(job);
      this.dispatch();
    });
  }

  private cancel(job: Job): void {
    const failure = new ParseFailure('cancelled', 'the request was cancelled (its deadline passed) and parsing stopped');
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      job.reject(failure);
      return;
    }
    const slot = this.slots.find((s) => s.jobs.includes(job));
    if (!slot) return;
    if (slot.jobs[0] === job) this.replace(slot, failure);
    else {
      slot.jobs.splice(slot.jobs.indexOf(job), 1);
      job.reject(failure);
      // The worker still has it queued: it will parse it and its answer will find no job.
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the parse pool was closed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        for (const job of slot.jobs.splice(0)) job.reject(new Error('the parse pool was closed'));
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, this.memoryMb / 8)) },
    });
    const slot: Slot = { worker, jobs: [], timer: null, ready: false };
    if (this.unref) worker.unref();
    worker.on('message', (m: { id?: number; parsed?: Parsed; error?: string; ready?: true; started?: number; page?: number; of?: number }) => {
      if (m.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      if (m.started !== undefined) {
        if (slot.jobs[0]?.id !== m.started) return;
        // A scan's page read: each page restarts the time limit, and whoever waits hears of it.
        if (m.page !== undefined && m.of !== undefined) slot.jobs[0].onPage?.(m.page, m.of);
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = setTimeout(() => {
          this.replace(slot, new ParseFailure('timeout', `parsing took longer than ${this.timeoutMs / 1000} s (the limit per file) and was stopped`));
        }, this.timeoutMs);
        return;
      }
      const at = slot.jobs.findIndex((j) => j.id === m.id);
      if (at < 0) return;
      const job = slot.jobs[at]!;
      if (at === 0 && slot.timer) {
        clearTimeout(slot.timer);
        slot.timer = null;
      }
      slot.jobs.splice(at, 1);
      if (this.unref && slot.jobs.length === 0) slot.worker.unref();
      this.failedStarts = 0;
      if (m.parsed) job.resolve(m.parsed);
      else job.reject(new ParseFailure('crashed', `the parser failed: ${m.error ?? 'unknown error'}`));
      this.dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap limit/i.test(error.message);
      this.replace(
        slot,
        memory
          ? new ParseFailure('memory', `parsing ran out of memory (limit ${this.memoryMb} MB per file)`)
          : new ParseFailure('crashed', `the parser stopped: ${error.message.split('\n')[0]}`),
      );
    });
    worker.on('exit', (code) => {
      // An exit without an error event (killed from outside): the file in hand fails, a new worker takes over.
      if (this.closed || !this.slots.includes(slot)) return;
      this.replace(slot, new ParseFailure('crashed', `the parser exited with code ${code}`));
    });
    return slot;
  }

  private dispatch(): void {
    for (let round = 0; round < IN_FLIGHT; round++) {
      for (const slot of this.slots) {
        if (!slot.ready || slot.jobs.length > round || this.queue.length === 0) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        if (this.unref) slot.worker.ref();
        slot.worker.postMessage({ id: job.id, fileName: job.fileName, bytes: job.bytes, scan: job.scan });
      }
    }
  }

  /**
   * The worker is done for: the file it was parsing fails (if it had started one), files waiting in its
   * queue go back to the pool's, a new worker takes its place.
   */
  private replace(slot: Slot, failure: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    if (slot.timer) clearTimeout(slot.timer);
    this.slots.splice(at, 1);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
    const [current, ...waiting] = slot.jobs;
    slot.jobs = [];
    this.queue.unshift(...waiting);
    if (current) current.reject(failure);
    if (this.closed) return;
    // A worker that cannot even start (its limits below what loading the parser needs) is not
    // started again and again: after three such deaths, queued files fail with the reason.
    if (!slot.ready && ++this.failedStarts >= 3) {
      this.closed = true;
      for (const queued of this.queue.splice(0))
        queued.reject(new ParseFailure('crashed', `parse workers cannot start (limit ${this.memoryMb} MB per worker)`));
      return;
    }
    this.slots.push(this.spawn());
    this.dispatch();
  }
}

let shared: ParsePool | null = null;

/** One pool per process for imports and single files; its idle workers never keep the process alive. */
export function sharedParsePool(): ParsePool {
  shared ??= new ParsePool({ unref: true });
  return shared;
}

export async function closeSharedParsePool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
