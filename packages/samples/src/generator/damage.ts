import type { GridCell, GridRow } from './grid.ts';
import type { ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';

// Controlled damage to the printed numbers of sections 三 and 四. The truth keeps the real value; the
// damaged list says which cells a parser cannot read as printed.

export type Damage = 'blank' | 'ocr-swap' | 'glued';

export interface DamagedCell {
  path: string;
  kind: Damage;
  printed: string;
}

export interface DamageOptions {
  kinds: readonly Damage[];
  rate: number;
  /** In the flat layout every row is glued anyway; 'glued' adds nothing there. */
  flat: boolean;
  /**
   * A stray digit beside a number ('1 0') is an OCR artefact of tabular text; where cells are apart by
   * spaces alone it would read as two cells, so such layouts get stray marks only.
   */
  strayDigits: boolean;
}

const BLANKS = [
  ['', 4],
  ['/', 2],
  ['-', 1],
  ['—', 1],
  ['无', 1],
] as const;
const STRAYS = ['·', "'", '`', ',', '.'] as const;

export function applyDamage(doc: ReportDoc, rng: Rng, opts: DamageOptions): { doc: ReportDoc; damaged: DamagedCell[] } {
  const sections = structuredClone(doc.sections);
  const rows = sections
    .filter((s) => s.key === 'applications' || s.key === 'review')
    .flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? b.table.rows : [])))
    .filter((r) => !r.header);
  const hits = chooseHits(rng, rows, opts);
  const damaged: DamagedCell[] = [];
  for (const row of rows) {
    const rowHits = hits.get(row) ?? new Map<GridCell, Damage>();
    if ([...rowHits.values()].includes('glued')) {
      damaged.push(...glueRow(row));
      continue;
    }
    for (const [cell, kind] of rowHits) {
      cell.text = kind === 'blank' ? rng.weighted(BLANKS) : ocrSwap(rng, cell.text, opts.strayDigits);
      damaged.push({ path: cell.path ?? '', kind, printed: cell.text });
    }
  }
  return { doc: { ...doc, sections }, damaged };
}

function chooseHits(rng: Rng, rows: GridRow[], opts: DamageOptions): Map<GridRow, Map<GridCell, Damage>> {
  const kinds = opts.flat ? opts.kinds.filter((k) => k !== 'glued') : [...opts.kinds];
  const hits = new Map<GridRow, Map<GridCell, Damage>>();
  if (kinds.length === 0 || opts.rate <= 0) return hits;
  const all = rows.flatMap((row) => row.cells.filter((c) => c.role === 'number' && c.path).map((cell) => ({ row, cell })));
  const add = (row: GridRow, cell: GridCell) => {
    const m = hits.get(row) ?? new Map<GridCell, Damage>();
    m.set(cell, rng.pick(kinds));
    hits.set(row, m);
  };
  for (const { row, cell } of all) if (rng.chance(opts.rate)) add(row, cell);
  // Damage was asked for: make sure at least one cell shows it.
  if (hits.size === 0 && all.length > 0) {
    const { row, cell } = rng.pick(all);
    add(row, cell);
  }
  return hits;
}

/** All numbers of the row printed as one run of digits in one cell. */
function glueRow(row: GridRow): DamagedCell[] {
  const numbers = row.cells.filter((c) => c.role === 'number');
  const first = numbers[0];
  if (!first) return [];
  const printed = numbers.map((c) => c.text).join('');
  const paths = numbers.map((c) => c.path ?? '');
  const glued: GridCell = { text: printed, role: 'number', colSpan: numbers.length, glued: paths };
  row.cells = [...row.cells.filter((c) => c.role !== 'number'), glued];
  return paths.map((path) => ({ path, kind: 'glued' as const, printed }));
}

/** OCR misreadings: 0 as Cyrillic О or Latin O, or a stray mark or digit beside the number. */
export function ocrSwap(rng: Rng, text: string, strayDigits: boolean): string {
  if (text.includes('0') && rng.chance(0.6)) {
    const letter = rng.pick(['О', 'O']);
    return text.length === 1 ? letter : text.replace('0', letter);
  }
  if (strayDigits && rng.chance(0.35)) {
    const digit = String(rng.int(1, 9));
    return rng.chance(0.5) ? `${digit} ${text}` : `${text} ${digit}`;
  }
  const stray = rng.pick(STRAYS);
  return rng.chance(0.7) ? `${text}${stray}` : `${stray}${text}`;
}
