import { LEVEL_LABELS } from '@gongkai/schema/measures';
import { SECTIONS } from '@gongkai/schema/report';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { CompareYearForm } from '../../../components/report/compare-year-form';
import { DiagnosticsList } from '../../../components/report/diagnostics-list';
import type { CellView } from '../../../components/report/form-table';
import { displayValue } from '../../../components/report/form-table';
import { Narrative } from '../../../components/report/narratives';
import { ReportTables, sectionTitle as sectionTitleOf } from '../../../components/report/report-tables';
import type { SourceCell } from '../../../components/report/source-viewer';
import { SourceViewer } from '../../../components/report/source-viewer';
import { ErrorBox, Skeleton } from '../../../components/ui/widget-states';
import { SimilarityCard } from '../../../components/insights/similarity-card';
import type { ReportQuery } from '../../../graphql/generated';
import { ReportDocument } from '../../../graphql/generated';
import type { Lang } from '../../../i18n/messages';
import { langOf, t } from '../../../i18n/messages';
import type { SearchParams } from '../../../lib/filters';
import { href, langParam } from '../../../lib/filters';
import { formatDate, formatDateTime, formatPercent } from '../../../lib/format';
import { attempt, query } from '../../../lib/graphql';
import { getAccess } from '../../../lib/access';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };
type Report = NonNullable<ReportQuery['report']>;

async function load(id: string) {
  return attempt(() => query(ReportDocument, { id }));
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const lang = langOf(sp.lang);
  const r = await load(id);
  const report = r.ok ? r.data.report : null;
  return { title: report ? t(lang).report.title(report.agencyTitle ?? report.agency.name, String(report.year ?? '')) : t(lang).reports.title };
}

const LEGEND_STATES = ['PRINTED', 'INFERRED', 'REPAIRED', 'MISSING', 'CORRECTED'] as const;
const LEGEND_SAMPLE: Record<(typeof LEGEND_STATES)[number], string> = { PRINTED: '3', INFERRED: '3*', REPAIRED: '3†', MISSING: '—', CORRECTED: '3✓' };

export default async function ReportPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const lang = langOf(sp.lang);
  const m = t(lang);
  if (!/^\d{1,12}$/.test(id)) notFound();
  const result = await load(id);
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const report = result.data.report;
  if (!report) notFound();
  const access = await getAccess();

  const printed = new Set(report.cells.map((c) => c.path));
  const cellLabel = (c: CellView) => (lang === 'zh' ? c.labelZh : c.labelEn);
  const sourceCells: Record<string, SourceCell> = Object.fromEntries(
    report.cells.map((c) => [
      c.path,
      {
        label: cellLabel(c),
        display: displayValue(c, lang),
        state: c.state,
        stateLabel: m.report.states[c.state],
        raw: c.raw,
        line: c.line,
        start: c.start,
        end: c.end,
        scanBox: c.scanBox,
        confidence: c.confidence === null ? null : formatPercent(c.confidence, lang, 0),
      },
    ]),
  );
  const section = (key: string) => SECTIONS.find((s) => s.key === key)!;
  const sectionTitle = (key: string) => sectionTitleOf(key, lang);
  const lp = langParam(lang);
  const title = m.report.title(report.agencyTitle ?? report.agency.name, report.year ? String(report.year) : m.report.untitledYear);

  return (
    <article data-report-id={report.id}>
      <nav className="breadcrumbs" aria-label="breadcrumbs">
        <Link href={href('/reports', lp)}>{m.reports.title}</Link> › <Link href={href(`/agencies/${report.agency.id}`, lp)}>{report.agency.name}</Link>
      </nav>
      <div className="page-head">
        <h1>{title}</h1>
        <p>
          {m.report.templates[report.template ?? ''] ?? report.template ?? '—'} · {report.agency.level ? LEVEL_LABELS[report.agency.level][lang] : '—'} ·{' '}
          {regionPath(report)}
        </p>
      </div>
      {report.synthetic ? (
        <div className="banner" role="note" data-testid="synthetic-banner">
          <span className="badge badge-synthetic">{m.synthetic.badge}</span>
          <span>{m.synthetic.reportBanner}</span>
        </div>
      ) : null}

      <section className="section" aria-labelledby="tables-title">
        <h2 id="tables-title" className="visually-hidden">
          {m.report.tables}
        </h2>
        <ul className="cell-legend" aria-label={m.report.cellLegend}>
          {LEGEND_STATES.map((s) => (
            <li key={s}>
              <span className={`legend-swatch cell-${s.toLowerCase()}`}>{LEGEND_SAMPLE[s]}</span>
              <span>
                {m.report.states[s]} <span className="muted small">— {m.report.stateHelp[s]}</span>
              </span>
            </li>
          ))}
        </ul>
        <SourceViewer
          sourceText={report.sourceText}
          cells={sourceCells}
          labels={{
            title: m.report.sourceTitle,
            hint: m.report.sourceHint,
            noSource: m.report.noSource,
            raw: m.report.cellRaw,
            blank: m.report.cellBlank,
            line: m.report.line,
            state: m.report.cellLegend,
            value: lang === 'zh' ? '值' : 'Value',
            page: m.report.scanPage('{n}'),
            imageAlt: m.report.scanImageAlt('{label}', '{n}'),
            confidence: m.report.ocrConfidence,
          }}
          scanPages={
            report.scanPages.length > 0
              ? {
                  sizes: Object.fromEntries(report.scanPages.map((p) => [p.page, { width: p.width, height: p.height }])),
                  base: `/reports/${report.id}/pages`,
                }
              : undefined
          }
        >
          <ReportTables cells={report.cells} template={report.template} lang={lang} />
          <section className="card" aria-labelledby="diagnostics-title">
            <h2 id="diagnostics-title">
              {m.report.diagnostics} <span className="muted small">({report.diagnostics.length})</span>
            </h2>
            <DiagnosticsList
              diagnostics={report.diagnostics}
              lang={lang}
              cellLabels={new Map(report.cells.map((c) => [c.path, cellLabel(c)]))}
              locatable={printed}
            />
          </section>
        </SourceViewer>
      </section>

      <ReviewCard report={report} lang={lang} canReview={access.canWrite} />

      <div className="grid-2 section">
        <section className="card" aria-labelledby="meta-title">
          <h2 id="meta-title">{m.report.meta}</h2>
          <Meta report={report} lang={lang} />
        </section>
        <div>
          <Versions report={report} lang={lang} />
          <CompareForm report={report} lang={lang} />
        </div>
      </div>

      <Suspense fallback={<Skeleton kind="lines" label={m.state.loading} />}>
        <SimilarityCard reportId={id} lang={lang} />
      </Suspense>

      <section className="card section" aria-labelledby="narratives-title">
        <h2 id="narratives-title">{m.report.narratives}</h2>
        {(['overview', 'problems', 'otherMatters'] as const).map((k) => (
          <section key={k} className="narrative-section">
            <h3>{sectionTitle(k)}</h3>
            <Narrative text={report.narratives[k]} lang={lang} heading={section(k).zh} />
          </section>
        ))}
      </section>
    </article>
  );
}

function regionPath(report: Report): string {
  const names: string[] = [];
  for (let r: { name: string; parent?: unknown } | null | undefined = report.agency.region; r; r = r.parent as typeof r) names.unshift(r.name);
  return names.join(' · ') || '—';
}

function Meta({ report, lang }: { report: Report; lang: Lang }) {
  const m = t(lang);
  const rows: [string, string][] = [
    [m.report.template, m.report.templates[report.template ?? ''] ?? report.template ?? '—'],
    [m.report.publishedOn, formatDate(report.publishedOn, lang)],
    [m.report.source, report.sourceName],
    [m.report.format, report.sourceFormat],
    [m.report.layout, report.layout ?? '—'],
    [m.report.encoding, report.encoding ?? '—'],
    [m.report.ingestedAt, formatDateTime(report.ingestedAt, lang)],
    [m.report.parserVersion, report.parserVersion],
    [m.report.version, `${report.version}${report.isLatest ? ` (${m.report.latest})` : ''}`],
  ];
  return (
    <dl className="meta-list">
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Versions({ report, lang }: { report: Report; lang: Lang }) {
  const m = t(lang);
  const others = report.versions.filter((v) => v.id !== report.id);
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">{m.report.versions}</h2>
      {others.length === 0 ? (
        <p className="muted">{m.report.onlyVersion}</p>
      ) : (
        <ul>
          {report.versions.map((v) => (
            <li key={v.id}>
              {v.id === report.id ? (
                <strong>
                  {m.report.version} {v.version}
                </strong>
              ) : (
                <Link href={href(`/reports/${v.id}`, langParam(lang))}>
                  {m.report.version} {v.version}
                </Link>
              )}{' '}
              {v.isLatest ? <span className="badge">{m.report.latest}</span> : null}{' '}
              <span className="muted small">
                {formatDateTime(v.ingestedAt, lang)} · {v.sourceName}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CompareForm({ report, lang }: { report: Report; lang: Lang }) {
  const m = t(lang);
  const years = report.agency.years.filter((y) => y !== report.year).sort((a, b) => b - a);
  return (
    <section className="card" aria-labelledby="compare-title">
      <h2 id="compare-title">{m.report.compare}</h2>
      {years.length === 0 || report.year === null ? (
        <p className="muted">{m.report.noOtherYears}</p>
      ) : (
        <CompareYearForm action={`/reports/${report.id}/compare`} label={m.report.compareWith} years={years} chosen={years[0]!} lang={lang} />
      )}
    </section>
  );
}

/** Where people stand with this report: its review state, and every correction and diagnostic review. */
function ReviewCard({ report, lang, canReview }: { report: Report; lang: Lang; canReview: boolean }) {
  const m = t(lang);
  const s = report.reviewStatus;
  const labels = new Map(report.cells.map((c) => [c.path, lang === 'zh' ? c.labelZh : c.labelEn]));
  const open = s.openErrors + s.openWarnings + s.staleCorrections;
  return (
    <section className="card section" aria-labelledby="review-title" data-testid="review-card" data-review-state={s.state}>
      <h2 id="review-title">
        {m.review.status}: {m.review.states[s.state]}
      </h2>
      <p>
        {m.review.counts(String(open), String(s.corrections))}
        {s.lastReviewedBy ? <span className="muted small"> · {`${s.lastReviewedBy} ${formatDateTime(s.lastReviewedAt, lang)}`}</span> : null}
        {canReview ? (
          <>
            {' · '}
            <Link href={href(`/review/${report.id}`, langParam(lang))} data-testid="review-this">
              {m.review.reviewThis}
            </Link>
          </>
        ) : null}
      </p>
      <h3>{m.review.history}</h3>
      {report.reviewHistory.length === 0 ? (
        <p className="muted">{m.review.noHistory}</p>
      ) : (
        <ul className="review-history" data-testid="review-history">
          {report.reviewHistory.map((e, i) => (
            <li key={i} data-kind={e.kind} data-status={e.status}>
              <span className="muted small nowrap">{formatDateTime(e.at, lang)}</span> <strong>{e.by}</strong> · {m.review.kindsHistory[e.kind]} ·{' '}
              {e.kind === 'CORRECTION' ? (labels.get(e.subject) ?? e.subject) : e.subject}
              {e.value !== null ? (
                <>
                  {' '}
                  = <code>{e.value}</code>
                </>
              ) : null}{' '}
              · <span className="badge">{(e.kind === 'CORRECTION' ? m.review.correctionStates[e.status] : m.review.reviewStates[e.status]) ?? e.status}</span>
              {e.comment ? <span className="muted"> — {e.comment}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
