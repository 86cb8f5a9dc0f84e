import type { Metadata } from 'next';
import Link from 'next/link';
import { DiagnosticsList } from '../../components/report/diagnostics-list';
import { ReportTables } from '../../components/report/report-tables';
import { DropZone } from '../../components/import/drop-zone';
import { SyntheticBadge } from '../../components/ui/synthetic-banner';
import { ErrorBox } from '../../components/ui/widget-states';
import { ReportDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { langOf, t } from '../../i18n/messages';
import type { SearchParams } from '../../lib/filters';
import { href, langParam, param } from '../../lib/filters';
import { requirePageRole } from '../../lib/access';
import { attempt, query } from '../../lib/graphql';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).import.title };
}

export default async function ImportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Importing writes: anonymous visitors go to the sign-in page, viewers get 403.
  await requirePageRole('editor');
  const sp = await searchParams;
  const lang = langOf(sp.lang);
  const m = t(lang);
  const ids = (param(sp, 'imported') ?? '')
    .split(',')
    .filter((id) => /^\d{1,12}$/.test(id))
    .slice(0, 20);
  return (
    <>
      <div className="page-head">
        <h1>{m.import.title}</h1>
      </div>
      <p className="muted">{m.import.intro}</p>
      <DropZone
        lang={lang}
        enabled
        labels={{
          drop: m.import.drop,
          choose: m.import.choose,
          uploading: m.import.uploading,
          ocrPage: m.import.ocrPage,
          results: m.import.results,
          status: m.import.status,
          noToken: m.import.noToken,
          tooLarge: m.import.tooLarge,
          severity: m.report.severity,
        }}
      />
      {ids.length > 0 ? (
        <section className="section" aria-labelledby="parsed-title">
          <h2 id="parsed-title">{m.import.parsed}</h2>
          {ids.map((id) => (
            <ImportedReport key={id} id={id} lang={lang} />
          ))}
        </section>
      ) : null}
    </>
  );
}

async function ImportedReport({ id, lang }: { id: string; lang: Lang }) {
  const m = t(lang);
  const r = await attempt(() => query(ReportDocument, { id }));
  if (!r.ok) return <ErrorBox error={r.error} lang={lang} />;
  const report = r.data.report;
  if (!report) return null;
  return (
    <article className="section" data-testid="imported-report" data-report-id={report.id}>
      <h3>
        {m.report.title(report.agencyTitle ?? report.agency.name, report.year ? String(report.year) : m.report.untitledYear)}{' '}
        {report.synthetic ? <SyntheticBadge lang={lang} /> : null}
      </h3>
      <p className="small muted">
        {report.sourceName} · {m.report.templates[report.template ?? ''] ?? '—'} · {report.layout ?? '—'} ·{' '}
        <Link href={href(`/reports/${report.id}`, langParam(lang))}>{m.import.openReport}</Link>
      </p>
      <div className="report-layout">
        <ReportTables cells={report.cells} template={report.template} lang={lang} />
        <section className="card" aria-label={m.report.diagnostics}>
          <h4>
            {m.report.diagnostics} <span className="muted small">({report.diagnostics.length})</span>
          </h4>
          <DiagnosticsList
            diagnostics={report.diagnostics}
            lang={lang}
            cellLabels={new Map(report.cells.map((c) => [c.path, lang === 'zh' ? c.labelZh : c.labelEn]))}
          />
        </section>
      </div>
    </article>
  );
}
