import type { CellState } from '@gongkai/schema/graphql';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import { formatDecimal, formatNumber } from '../../lib/format';
import type { FormCell, FormTable } from '../../lib/report-form';

// A report table as the official form lays it out. Each value cell is a button carrying its path; the
// source viewer around the tables listens for clicks and shows where the cell came from.

export interface CellView {
  path: string;
  value: number | null;
  decimal: string | null;
  state: CellState;
  raw: string | null;
  line: number | null;
  start: number | null;
  end: number | null;
  labelZh: string;
  labelEn: string;
}

/** The value as the page shows it: money keeps every printed digit; an unfilled cell is a dash. */
export function displayValue(cell: Pick<CellView, 'value' | 'decimal' | 'path'> | undefined, lang: Lang): string {
  if (!cell || cell.value === null) return '—';
  if (cell.path.endsWith('.amount') && cell.decimal) return formatDecimal(cell.decimal);
  return formatNumber(cell.value, lang, 6);
}

function Value({ cell, path, lang }: { cell: CellView | undefined; path: string; lang: Lang }) {
  const m = t(lang);
  if (!cell) {
    // Not printed by this report: part of the form, not of the data.
    return <td className="cell cell-absent" data-path={path} data-absent="" />;
  }
  const state = cell.state.toLowerCase();
  const title = `${lang === 'zh' ? cell.labelZh : cell.labelEn} · ${m.report.states[cell.state]}${cell.raw ? ` · ${m.report.cellRaw}: ${cell.raw}` : ''}`;
  return (
    <td className={`cell cell-${state}`}>
      <button
        type="button"
        className="cell-button"
        data-path={path}
        data-state={cell.state}
        aria-pressed="false"
        title={title}
        aria-label={`${title}: ${displayValue(cell, lang)}`}
      >
        {displayValue(cell, lang)}
      </button>
    </td>
  );
}

/** A header or row label of the form, as printed (also the review desk's, around its fields). */
export function FormHeadCell({ cell }: { cell: Exclude<FormCell, { kind: 'value' }> }) {
  return (
    <th
      scope={cell.kind === 'label' ? 'row' : 'col'}
      rowSpan={cell.rowSpan}
      colSpan={cell.colSpan}
      className={cell.kind === 'label' ? `row-label ${cell.className ?? ''}`.trim() : cell.className}
    >
      {cell.text}
    </th>
  );
}

function Cell({ cell, cells, lang }: { cell: FormCell; cells: ReadonlyMap<string, CellView>; lang: Lang }) {
  if (cell.kind === 'value') return <Value cell={cells.get(cell.path)} path={cell.path} lang={lang} />;
  return <FormHeadCell cell={cell} />;
}

export function FormTableView({ table, cells, lang, caption }: { table: FormTable; cells: ReadonlyMap<string, CellView>; lang: Lang; caption: string }) {
  return (
    <div className="table-wrap">
      {table.blocks.map((block, b) => (
        <table
          key={b}
          className={`form-table form-${table.section}`}
          style={{ minWidth: `${table.width * (table.section === 'review' ? 3.2 : 3.6)}em` }}
          data-section={table.section}
        >
          <caption className={block.caption ? 'form-caption' : 'visually-hidden'}>{block.caption ?? caption}</caption>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <Cell key={c} cell={cell} cells={cells} lang={lang} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
