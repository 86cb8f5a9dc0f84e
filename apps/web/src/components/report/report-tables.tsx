import { SECTIONS } from '@gongkai/schema/report';
import type { Lang } from '../../i18n/messages';
import { activeForm, applicationsForm, layoutTemplate, reviewForm } from '../../lib/report-form';
import type { CellView } from './form-table';
import { FormTableView } from './form-table';

export function sectionTitle(key: string, lang: Lang): string {
  const s = SECTIONS.find((x) => x.key === key)!;
  return lang === 'zh' ? `${s.numeral}、${s.zh}` : s.en;
}

/** Sections 二, 三 and 四 of one report in the official layout. */
export function ReportTables({ cells, template, lang }: { cells: readonly CellView[]; template: string | null; lang: Lang }) {
  const byPath = new Map(cells.map((c) => [c.path, c]));
  const printed = new Set(byPath.keys());
  const t = layoutTemplate(template, printed);
  return (
    <div className="card report-form" data-testid="report-tables">
      <h3>{sectionTitle('active', lang)}</h3>
      <FormTableView table={activeForm(t, printed, lang)} cells={byPath} lang={lang} caption={sectionTitle('active', lang)} />
      <h3>{sectionTitle('applications', lang)}</h3>
      <FormTableView table={applicationsForm(t, printed, lang)} cells={byPath} lang={lang} caption={sectionTitle('applications', lang)} />
      <h3>{sectionTitle('review', lang)}</h3>
      <FormTableView table={reviewForm(lang)} cells={byPath} lang={lang} caption={sectionTitle('review', lang)} />
    </div>
  );
}
