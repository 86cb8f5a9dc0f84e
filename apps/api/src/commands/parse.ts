import { readFile } from 'node:fs/promises';
import { parseWithOcr, stopOcr } from '../services/ocr.ts';

/** A report is unusable when the parser says it is not one or could not read it. */
const FATAL = new Set(['NOT_A_REPORT', 'INPUT_UNREADABLE', 'PARSE_FAILED']);

export async function runParse(files: string[], options: { pretty: boolean }): Promise<number> {
  let failed = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      console.error(`gongkai parse: ${file}: cannot read: ${reason}`);
      failed++;
      continue;
    }
    // A scanned PDF is read by OCR here, in this process (the ingest does it in its parse workers).
    const { report } = await parseWithOcr(bytes, file, (page, of) => {
      if (process.stderr.isTTY) process.stderr.write(`\rgongkai parse: ${file}: OCR page ${page}/${of}${page === of ? '\n' : ''}`);
    });
    const fatal = report.diagnostics.find((d) => FATAL.has(d.code));
    if (fatal) {
      console.error(`gongkai parse: ${file}: ${fatal.code}: ${fatal.message}`);
      failed++;
      continue;
    }
    process.stdout.write(`${JSON.stringify(report, null, options.pretty ? 2 : undefined)}\n`);
  }
  await stopOcr();
  return failed > 0 ? 1 : 0;
}
