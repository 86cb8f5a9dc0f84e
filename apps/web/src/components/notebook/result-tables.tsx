'use client';

import type { Lang, Messages } from '../../i18n/messages';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../lib/format';
import { fileName, tableCsv } from '../../lib/notebook/downloads';
import { saveText } from '../../lib/notebook/download-dom';
import type { ResultTable } from '../../lib/notebook/result';
import { DataTable } from '../ui/data-table';

// A query cell's output: its result as tables (capped; the CSV holds every row).

export const MAX_ROWS = 100;

/** A column of years (YEAR, year, previousYear) prints 2024, not 2,024. */
function isYearColumn(key: string): boolean {
  return /year$/i.test(key.split('.').at(-1) ?? key);
}

function show(value: unknown, lang: Lang, year: boolean): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return year ? String(value) : formatNumber(value, lang, 2);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function ResultTables({
  tables,
  lang,
  title,
  labels,
  csvLabel,
  csvTitle,
}: {
  tables: ResultTable[];
  lang: Lang;
  title: string;
  labels: Messages['notebooks']['query'];
  csvLabel: string;
  csvTitle: string;
}) {
  if (tables.length === 0) return <p className="empty">{labels.empty}</p>;
  return (
    <div className="result-tables">
      {tables.map((t) => {
        const caption = t.kind === 'fields' ? labels.fields : t.path;
        return (
          <section key={`${t.kind}:${t.path}`} className="result-table" data-table={t.path || 'fields'}>
            <header className="result-table-head">
              <span className="small muted">
                <code>{caption}</code> · {fill(labels.rows, { n: formatNumber(t.rows.length, lang) })}
                {t.rows.length > MAX_ROWS ? ` · ${fill(labels.shown, { n: MAX_ROWS })}` : ''}
              </span>
              {t.rows.length > 0 ? (
                <button
                  type="button"
                  className="chip"
                  title={csvTitle}
                  data-download="csv"
                  onClick={() => saveText(tableCsv(t), fileName(`${title || 'query'}${t.path ? `-${t.path}` : ''}`, 'csv'), 'text/csv;charset=utf-8')}
                >
                  {csvLabel}
                </button>
              ) : null}
            </header>
            <DataTable
              head={t.columns.map((c) => (
                <th key={c.key} scope="col" title={c.key}>
                  {c.label}
                  {c.unit ? <span className="muted"> ({c.unit})</span> : null}
                </th>
              ))}
            >
              {t.rows.slice(0, MAX_ROWS).map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) => (
                    <td key={j} className={typeof v === 'number' ? 'num' : undefined}>
                      {show(v, lang, isYearColumn(t.columns[j]?.key ?? ''))}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </section>
        );
      })}
    </div>
  );
}
