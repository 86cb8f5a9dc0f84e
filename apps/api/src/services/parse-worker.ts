import { parentPort } from 'node:worker_threads';
import { parseReportWithSource } from '@gongkai/parser/parse';

// Parses files for the ingest on another core; the main thread only writes.
parentPort?.on('message', async (job: { id: number; fileName: string; bytes: Uint8Array }) => {
  const parsed = await parseReportWithSource(job.bytes, { fileName: job.fileName });
  parentPort?.postMessage({ id: job.id, parsed });
});
