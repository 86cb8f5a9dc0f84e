// First-load JavaScript per route of the last `next build` (Next 16 no longer prints it): the root
// chunks every page loads plus the route's entry chunks (layouts, error boundaries, page), gzip-compressed.
// Usage: npm run size [-- --json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const NEXT = join(import.meta.dirname, '../.next');

export interface RouteSize {
  route: string;
  files: number;
  gzipBytes: number;
  brotliBytes: number;
  rawBytes: number;
  /** Chunks the route's client components import lazily (the charts), loaded after the first paint. */
  lazyGzipBytes: number;
}

function manifests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...manifests(path));
    else if (entry === 'page_client-reference-manifest.js') out.push(path);
  }
  return out;
}

export function firstLoadJs(nextDir = NEXT): RouteSize[] {
  const build = JSON.parse(readFileSync(join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const sizes = new Map<string, [number, number, number]>();
  const size = (file: string): [number, number, number] => {
    let s = sizes.get(file);
    if (!s) {
      const bytes = readFileSync(join(nextDir, decodeURIComponent(file)));
      s = [gzipSync(bytes, { level: 9 }).length, brotliCompressSync(bytes).length, bytes.length];
      sizes.set(file, s);
    }
    return s;
  };
  const appDir = join(nextDir, 'server/app');
  return manifests(appDir)
    .map((file) => {
      const text = readFileSync(file, 'utf8');
      const files = new Set(build.rootMainFiles);
      const entries = [...text.matchAll(/"entryJSFiles":(\{[^}]*\})/g)];
      // Turbopack names each entry's chunks; webpack only lists the chunks of every client module.
      if (entries.length > 0)
        for (const m of entries) for (const list of Object.values(JSON.parse(m[1]!) as Record<string, string[]>)) list.forEach((f) => files.add(f));
      else for (const m of text.matchAll(/"(static\/chunks\/[^"]+\.js)"/g)) files.add(m[1]!);
      const route = `/${relative(appDir, file).replace(/\/?page_client-reference-manifest\.js$/, '')}`.replace(/\/$/, '') || '/';
      const [gzipBytes, brotliBytes, rawBytes] = [...files].reduce(
        ([g, b, r], f) => {
          const [fg, fb, fr] = size(f);
          return [g + fg, b + fb, r + fr];
        },
        [0, 0, 0],
      );
      // Lazy chunks: those the route's own chunks load with import() (Turbopack names them in a loader).
      const lazy = new Set<string>();
      for (const f of files)
        for (const m of readFileSync(join(nextDir, decodeURIComponent(f)), 'utf8').matchAll(/Promise\.all\(\[((?:"static\/chunks\/[^"]+\.js",?)+)\]/g))
          for (const c of m[1]!.match(/static\/chunks\/[^"]+\.js/g) ?? []) if (!files.has(c)) lazy.add(c);
      const lazyGzipBytes = [...lazy].reduce((a, f) => a + size(f)[0], 0);
      return { route: route === '' ? '/' : route, files: files.size, gzipBytes, brotliBytes, rawBytes, lazyGzipBytes };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = firstLoadJs();
  if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
  else {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log('Route'.padEnd(26), 'first load: gzip'.padStart(17), 'brotli'.padStart(10), 'raw'.padStart(10), '+ lazy (gzip)'.padStart(14));
    for (const s of sizes)
      console.log(
        s.route.padEnd(26),
        kb(s.gzipBytes).padStart(17),
        kb(s.brotliBytes).padStart(10),
        kb(s.rawBytes).padStart(10),
        (s.lazyGzipBytes ? kb(s.lazyGzipBytes) : '—').padStart(14),
      );
  }
}
