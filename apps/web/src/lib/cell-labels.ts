import { ACTIVE_COLUMNS, ACTIVE_ROWS, APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_GROUPS, REVIEW_RESULTS } from '@gongkai/schema/report';
import type { Lang } from '../i18n/messages';

/** A cell path in words: applications.carriedOver.total → 上年结转政府信息公开申请数量·总计. */
export function cellPathLabel(path: string, lang: Lang): string {
  const [section, row, column] = path.split('.');
  if (!row || !column) return path;
  const pick = (l: { zh: string; en: string } | undefined) => l?.[lang];
  let r: string | undefined;
  let c: string | undefined;
  if (section === 'active') {
    r = pick(ACTIVE_ROWS.find((x) => x.key === row)?.label);
    c = pick(ACTIVE_COLUMNS[column as keyof typeof ACTIVE_COLUMNS]);
  } else if (section === 'applications') {
    r = pick(APPLICATION_ROWS.find((x) => x.key === row)?.label);
    c = pick(APPLICANT_COLUMNS[column as keyof typeof APPLICANT_COLUMNS]);
  } else if (section === 'review') {
    r = pick(REVIEW_GROUPS[row as keyof typeof REVIEW_GROUPS]);
    c = pick(REVIEW_RESULTS[column as keyof typeof REVIEW_RESULTS]);
  }
  return r && c ? (lang === 'zh' ? `${r}·${c}` : `${r} · ${c}`) : path;
}
