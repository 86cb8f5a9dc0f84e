import { parentPort } from 'node:worker_threads';
import { parseReportWithSource } from '@gongkai/parser/parse';

// Parses files off the main thread: the pool gives each worker a memory limit and each file a time
// limit, and replaces a worker that runs over either.
parentPort?.on('message', async (job: { id: number; fileName: string; bytes: Uint8Array }) => {
  try {
    const parsed = await parseReportWithSource(job.bytes, { fileName: job.fileName });
    parentPort?.postMessage({ id: job.id, parsed });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
