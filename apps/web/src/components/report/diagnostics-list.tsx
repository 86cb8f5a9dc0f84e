import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';
import type { Diagnostic } from '@gongkai/schema/graphql';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';

export type DiagnosticView = Pick<Diagnostic, 'code' | 'severity' | 'path' | 'rule' | 'line' | 'message'>;

const ORDER = { ERROR: 0, WARNING: 1, INFO: 2 } as const;

/** A report's diagnostics, worst first; one with a cell path can be located in the source. */
export function DiagnosticsList({
  diagnostics,
  lang,
  cellLabels,
  locatable,
}: {
  diagnostics: readonly DiagnosticView[];
  lang: Lang;
  cellLabels?: ReadonlyMap<string, string>;
  locatable?: ReadonlySet<string>;
}) {
  const m = t(lang);
  if (diagnostics.length === 0) return <p className="muted">{m.report.noDiagnostics}</p>;
  const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0));
  return (
    <ul className="diag-list" data-testid="diagnostics">
      {sorted.map((d, i) => {
        const known = DIAGNOSTIC_CODES[d.code as keyof typeof DIAGNOSTIC_CODES];
        const where = d.path ? (cellLabels?.get(d.path) ?? d.path) : null;
        return (
          <li key={i} data-code={d.code}>
            <span className={`badge badge-${d.severity.toLowerCase()}`}>{m.report.severity[d.severity]}</span>
            <div>
              <div>
                <strong>{known ? known[lang] : d.code}</strong>
                {d.rule ? <span className="muted"> · {m.report.rule(String(d.rule))}</span> : null}
              </div>
              <div className="small">{d.message}</div>
              <div className="diag-meta">
                <code>{d.code}</code>
                {where ? <> · {where}</> : null}
                {d.line ? <> · {m.report.cellLine(String(d.line))}</> : null}
                {d.path && locatable?.has(d.path) ? (
                  <>
                    {' · '}
                    <button type="button" className="link" data-path={d.path}>
                      {lang === 'zh' ? '在原文中定位' : 'Locate in source'}
                    </button>
                  </>
                ) : null}
              </div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
