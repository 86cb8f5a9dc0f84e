import { parentPort } from 'node:worker_threads';
import { parseWithOcr } from './ocr.ts';
import type { ScanReading } from './ocr-reading.ts';
import { signatures } from './shingles.ts';

// Parses files off the main thread: the pool gives each worker a memory limit and each file a time
// limit, and replaces a worker that runs over either. Files are parsed one after another, in the order
// they came (a PDF awaits inside the parser; the next file must not start meanwhile), each announced
// as started so that its time limit counts from there.
let chain: Promise<void> = Promise.resolve();

parentPort?.on('message', (job: { id: number; fileName: string; bytes: Uint8Array; scan?: ScanReading }) => {
  chain = chain.then(async () => {
    parentPort?.postMessage({ started: job.id });
    try {
      // A scan is read page by page by OCR; each page restarts the time limit (it is per page then).
      const parsed = await parseWithOcr(job.bytes, job.fileName, (page, of) => parentPort?.postMessage({ started: job.id, page, of }), job.scan);
      // The similarity signatures are CPU work too: done here, in parallel, not in the ingest's transaction.
      parentPort?.postMessage({ id: job.id, parsed: { ...parsed, signatures: signatures(parsed.report.narratives) } });
    } catch (error) {
      parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
parentPort?.postMessage({ ready: true });
