import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { glob } from 'tinyglobby';

export const REPORT_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.doc', '.wps', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];

export interface Collected {
  files: string[];
  /** Paths that could not be read at all (missing, no permission). */
  problems: { file: string; reason: string }[];
}

const isReportFile = (name: string) => REPORT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

async function walk(dir: string, out: string[], problems: Collected['problems']): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ file: dir, reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out, problems);
    else if (e.isFile() && isReportFile(e.name)) out.push(path);
    else if (e.isSymbolicLink() && isReportFile(e.name)) {
      // A link is followed; a broken one is reported, not skipped.
      try {
        if ((await stat(path)).isFile()) out.push(path);
      } catch (error) {
        problems.push({ file: path, reason: `broken link: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      }
    }
  }
}

/** Files, folders (recursively, report extensions only) and globs → the list of files to read, in order. */
export async function collectFiles(paths: string[]): Promise<Collected> {
  const files: string[] = [];
  const problems: Collected['problems'] = [];
  for (const p of paths) {
    if (/[*?[\]{}]/.test(p)) {
      const matched = (await glob(p, { absolute: true, onlyFiles: true })).filter(isReportFile).sort();
      if (matched.length === 0) problems.push({ file: p, reason: 'no report files match this pattern' });
      files.push(...matched);
      continue;
    }
    const full = resolve(p);
    try {
      const s = await stat(full);
      if (s.isDirectory()) await walk(full, files, problems);
      else files.push(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ file: p, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${code ?? (error as Error).message}` });
    }
  }
  return { files: [...new Set(files)], problems };
}
