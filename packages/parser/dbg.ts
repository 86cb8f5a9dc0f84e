import { readFileSync } from 'node:fs';
import { tokenizeText } from './src/tokenize.ts';
import { findRegions } from './src/regions.ts';
const text = readFileSync('/tmp/w/one.txt', 'utf8');
const { rows } = tokenizeText(text);
const regions = findRegions(rows);
const seen = new Set<number>();
for (const p of regions.applications) { if (seen.has(p.row)) continue; seen.add(p.row); const r = rows[p.row]!; if (seen.size > 12) break; console.log(p.row, r.tabular, r.width, r.cells.map((c) => `${c.col}:${c.text.slice(0, 8)}`).join(' | ')); }
