import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { DeskCell, DeskDiagnostic } from '../../../components/review/review-desk';
import { ReviewDesk } from '../../../components/review/review-desk';
import { displayValue } from '../../../components/report/form-table';
import { sectionTitle } from '../../../components/report/report-tables';
import { ErrorBox } from '../../../components/ui/widget-states';
import { ReviewDeskDocument } from '../../../graphql/generated';
import { langOf, t } from '../../../i18n/messages';
import { requirePageRole } from '../../../lib/access';
import type { SearchParams } from '../../../lib/filters';
import { href, langParam } from '../../../lib/filters';
import { attempt, query } from '../../../lib/graphql';
import type { FormTable } from '../../../lib/report-form';
import { activeForm, applicationsForm, layoutTemplate, reviewForm } from '../../../lib/report-form';
import { reviewItems } from '../../../lib/review-items';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).review.queueTitle };
}

const SEVERITY_ORDER = { ERROR: 0, WARNING: 1, INFO: 2 } as const;

/** One report at the review desk: editors only (the API checks again on every save). */
export default async function ReviewDeskPage({ params, searchParams }: Props) {
  await requirePageRole('editor');
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const lang = langOf(sp.lang);
  const m = t(lang);
  if (!/^\d{1,12}$/.test(id)) notFound();
  const result = await attempt(() => query(ReviewDeskDocument, { id }));
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const report = result.data.report;
  if (!report) notFound();

  const label = (c: { labelZh: string; labelEn: string }) => (lang === 'zh' ? c.labelZh : c.labelEn);
  const items = reviewItems(report.cells, report.diagnostics);
  const cells: Record<string, DeskCell> = Object.fromEntries(
    report.cells.map((c) => [
      c.path,
      {
        label: label(c),
        display: displayValue(c, lang),
        state: c.state,
        stateLabel: m.report.states[c.parsedState],
        parsed: displayValue({ path: c.path, value: c.parsedValue, decimal: c.parsedDecimal }, lang),
        raw: c.raw,
      },
    ]),
  );
  const printed = new Set(report.cells.map((c) => c.path));
  const template = layoutTemplate(report.template, printed);
  const sections = new Set(items.map((i) => i.path.split('.')[0]));
  const forms: Record<string, () => FormTable> = {
    active: () => activeForm(template, printed, lang),
    applications: () => applicationsForm(template, printed, lang),
    review: () => reviewForm(lang),
  };
  const tables = (['active', 'applications', 'review'] as const)
    .filter((s) => sections.has(s))
    .map((s) => ({ title: sectionTitle(s, lang), table: forms[s]!() }));
  const cellLabels = new Map(report.cells.map((c) => [c.path, label(c)]));
  const diagnostics: DeskDiagnostic[] = report.diagnostics
    .filter((d): d is typeof d & { id: string } => d.id !== null && d.severity !== 'INFO')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.line ?? 0) - (b.line ?? 0))
    .map((d) => ({
      id: d.id,
      code: d.code,
      severity: d.severity,
      title: DIAGNOSTIC_CODES[d.code as keyof typeof DIAGNOSTIC_CODES]?.[lang] ?? d.code,
      message: d.message,
      where: d.path ? (cellLabels.get(d.path) ?? d.path) : null,
      status: d.reviewStatus,
    }));
  const lp = langParam(lang);
  return (
    <article data-report-id={report.id}>
      <nav className="breadcrumbs" aria-label="breadcrumbs">
        <Link href={href('/review', lp)}>{m.review.queueTitle}</Link> ›{' '}
        <Link href={href(`/reports/${report.id}`, lp)}>{report.agencyTitle ?? report.agency.name}</Link>
      </nav>
      <div className="page-head">
        <h1>{m.review.deskTitle(report.agencyTitle ?? report.agency.name, report.year ? String(report.year) : m.report.untitledYear)}</h1>
        <p className="muted">{m.review.states[report.reviewStatus.state]}</p>
      </div>
      <ReviewDesk
        reportId={report.id}
        lang={lang}
        sourceText={report.sourceText}
        tables={tables}
        cells={cells}
        items={items}
        diagnostics={diagnostics}
        queueHref={href('/review', lp)}
        reportHref={href(`/reports/${report.id}`, lp)}
      />
    </article>
  );
}
