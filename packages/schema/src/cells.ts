import type { ActiveColumnKey } from './report-model.ts';
import { ACTIVE_ROWS, APPLICANT_COLUMN_KEYS, APPLICATION_ROWS, MONEY_CELLS, REVIEW_GROUP_KEYS, REVIEW_RESULT_KEYS, SIGNED_COLUMNS } from './report-model.ts';

// Every cell of the model, with a stable position and a column name: the database keeps one column per
// cell in its fact and rollup tables, the API exposes them as measures, exports use them as headers.

export type CellSection = 'active' | 'applications' | 'review';

export interface CellSpec {
  /** Model path, e.g. `applications.newlyReceived.total`. */
  path: string;
  section: CellSection;
  row: string;
  column: string;
  /** SQL column name, e.g. `applications_newlyReceived_total`. */
  sqlName: string;
  /** Money (decimal): stored as integer millionths, exact. */
  money: boolean;
  /** May be negative (2019 本年增/减). */
  signed: boolean;
}

/** Money is kept in integer millionths of the printed unit: six decimals is the most seen in print. */
export const MONEY_SCALE = 6;

function spec(section: CellSection, row: string, column: string): CellSpec {
  const path = `${section}.${row}.${column}`;
  return {
    path,
    section,
    row,
    column,
    sqlName: `${section}_${row}_${column}`,
    money: MONEY_CELLS.has(`${row}.${column}`),
    signed: section === 'active' && SIGNED_COLUMNS.has(column as ActiveColumnKey),
  };
}

export const CELLS: readonly CellSpec[] = [
  ...ACTIVE_ROWS.flatMap((r) => {
    const columns = [...new Set([...(r.columns['2019'] ?? []), ...(r.columns['2021'] ?? [])])];
    return columns.map((c) => spec('active', r.key, c));
  }),
  ...APPLICATION_ROWS.flatMap((r) => APPLICANT_COLUMN_KEYS.map((c) => spec('applications', r.key, c))),
  ...REVIEW_GROUP_KEYS.flatMap((g) => REVIEW_RESULT_KEYS.map((c) => spec('review', g, c))),
];

export const CELL_BY_PATH: ReadonlyMap<string, CellSpec> = new Map(CELLS.map((c) => [c.path, c]));

/** Exact decimal text → integer millionths, by string arithmetic (no float on the way). */
export function decimalToUnits(decimal: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal.trim());
  if (!m) throw new Error(`not a decimal: ${decimal}`);
  const fraction = (m[3] ?? '').padEnd(MONEY_SCALE, '0');
  if (fraction.length > MONEY_SCALE && /[1-9]/.test(fraction.slice(MONEY_SCALE))) throw new Error(`more than ${MONEY_SCALE} decimals: ${decimal}`);
  const units = BigInt(m[2]!) * 10n ** BigInt(MONEY_SCALE) + BigInt(fraction.slice(0, MONEY_SCALE));
  return m[1] ? -units : units;
}

/** Integer millionths → shortest exact decimal text (`7730280000` → `7730.28`). */
export function unitsToDecimal(units: bigint | number): string {
  const u = BigInt(units);
  const neg = u < 0n;
  const abs = neg ? -u : u;
  const scale = 10n ** BigInt(MONEY_SCALE);
  const whole = abs / scale;
  const fraction = (abs % scale).toString().padStart(MONEY_SCALE, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
