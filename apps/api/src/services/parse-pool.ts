import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ParsedReport } from '@gongkai/schema/report';

export interface Parsed {
  report: ParsedReport;
  sourceText: string | null;
}

/** A few worker threads parsing in parallel; jobs go to whichever worker has the shortest queue. */
export class ParsePool {
  private readonly workers: { worker: Worker; pending: Map<number, { resolve: (p: Parsed) => void; reject: (e: Error) => void }> }[] = [];
  private nextId = 0;

  constructor(size = Math.max(1, availableParallelism())) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url));
      const pending = new Map<number, { resolve: (p: Parsed) => void; reject: (e: Error) => void }>();
      worker.on('message', (m: { id: number; parsed: Parsed }) => {
        pending.get(m.id)?.resolve(m.parsed);
        pending.delete(m.id);
      });
      worker.on('error', (error) => {
        for (const p of pending.values()) p.reject(error);
        pending.clear();
      });
      this.workers.push({ worker, pending });
    }
  }

  parse(fileName: string, bytes: Uint8Array): Promise<Parsed> {
    const target = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise<Parsed>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, fileName, bytes });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
