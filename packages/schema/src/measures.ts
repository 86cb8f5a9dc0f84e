import type { AdminLevel, DimensionKey, MeasureKind, RegionLevel } from './generated/graphql.ts';
import {
  ACTIVE_COLUMNS,
  ACTIVE_ROWS,
  APPLICANT_COLUMNS,
  APPLICANT_PART_KEYS,
  APPLICATION_ROWS,
  CELLS,
  LITIGATION_GROUP_KEYS,
  OUTCOME_GROUP_KEYS,
  OUTCOME_GROUPS,
  REVIEW_GROUPS,
  REVIEW_RESULTS,
} from './report-model.ts';
import type { ApplicantColumnKey, ApplicantPartKey, ApplicationRowKey, Label, OutcomeGroup, ReviewGroupKey } from './report-model.ts';

// What analytics measure and group by, in the model's words: the API answers these measures and
// dimensions from its tables, the dashboard draws and labels them. The SQL behind them stays in the API.

const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

// ─── Cell labels ─────────────────────────────────────────────────────────────────────────────────────

/** A cell path in words: applications.carriedOver.total → 上年结转政府信息公开申请数量·总计; null for a path that names no cell. */
export function cellLabel(path: string): Label | null {
  const [section, row = '', column = '', ...rest] = path.split('.');
  if (rest.length > 0) return null;
  const [r, c] =
    section === 'active'
      ? [ACTIVE_ROWS.find((x) => x.key === row)?.label, own(ACTIVE_COLUMNS, column)]
      : section === 'applications'
        ? [APPLICATION_ROWS.find((x) => x.key === row)?.label, own(APPLICANT_COLUMNS, column)]
        : section === 'review'
          ? [own(REVIEW_GROUPS, row), own(REVIEW_RESULTS, column)]
          : [undefined, undefined];
  return r && c ? { zh: `${r.zh}·${c.zh}`, en: `${r.en} · ${c.en}` } : null;
}

// ─── Outcome and applicant groups ────────────────────────────────────────────────────────────────────

/** The rows of section 三 summed into an outcome group, in the printed order. */
export function outcomeRows(group: OutcomeGroup): ApplicationRowKey[] {
  return APPLICATION_ROWS.filter((r) => r.outcome === group).map((r) => r.key);
}

/** The cell paths of an outcome group in one applicant column. */
export function outcomeCells(group: OutcomeGroup, column: ApplicantColumnKey = 'total'): string[] {
  return outcomeRows(group).map((row) => `applications.${row}.${column}`);
}

/** Who asked: natural persons, or the five kinds of 法人或其他组织 together. */
export const APPLICANT_GROUPS = {
  naturalPerson: { zh: '自然人申请', en: 'Requests from natural persons', columns: ['naturalPerson'] },
  organisations: { zh: '法人或其他组织申请', en: 'Requests from organisations', columns: APPLICANT_PART_KEYS.filter((k) => k !== 'naturalPerson') },
} as const satisfies Record<string, Label & { columns: readonly ApplicantPartKey[] }>;
export type ApplicantGroup = keyof typeof APPLICANT_GROUPS;

// ─── Measures ────────────────────────────────────────────────────────────────────────────────────────

export interface MeasureSpec {
  key: string;
  labelZh: string;
  labelEn: string;
  kind: MeasureKind;
  /** 万元 for money, % for rates, 件 for counts; 份 and 个 for reports and agencies. */
  unit: string;
  /** Cell paths summed into the measure (CELL, GROUP), or the rate's numerator (RATE). */
  cells: string[];
  /** A rate's denominator: cell paths summed. */
  denominator?: string[];
  money?: boolean;
  /** COUNT measures: what is counted. */
  count?: 'reports' | 'agencies';
}

const group = (key: string, label: Label, cells: string[]): MeasureSpec => ({ key, labelZh: label.zh, labelEn: label.en, kind: 'GROUP', unit: '件', cells });
const rate = (key: string, label: Label, cells: string[], denominator: string[]): MeasureSpec => ({
  key,
  labelZh: label.zh,
  labelEn: label.en,
  kind: 'RATE',
  unit: '%',
  cells,
  denominator,
});
const processed = ['applications.totalProcessed.total'];
/** Reviews and lawsuits that ended in a decision (pending ones are not yet a result). */
const decided = (g: ReviewGroupKey) => (['upheld', 'corrected', 'other'] as const).map((r) => `review.${g}.${r}`);

export const MEASURES: readonly MeasureSpec[] = [
  { key: 'reports', labelZh: '报告数', labelEn: 'Reports', kind: 'COUNT', unit: '份', cells: [], count: 'reports' },
  { key: 'agencies', labelZh: '机关数', labelEn: 'Agencies', kind: 'COUNT', unit: '个', cells: [], count: 'agencies' },
  ...CELLS.map((c): MeasureSpec => {
    const l = cellLabel(c.path)!;
    return { key: c.path, labelZh: l.zh, labelEn: l.en, kind: 'CELL', unit: c.money ? '万元' : '件', cells: [c.path], money: c.money };
  }),
  ...OUTCOME_GROUP_KEYS.map((g) => group(`outcome.${g}`, OUTCOME_GROUPS[g], outcomeCells(g))),
  ...Object.entries(APPLICANT_GROUPS).map(([g, l]) =>
    group(
      `applicants.${g}`,
      l,
      l.columns.map((c) => `applications.newlyReceived.${c}`),
    ),
  ),
  group(
    'litigation.total',
    { zh: '行政诉讼总计', en: 'Lawsuits' },
    LITIGATION_GROUP_KEYS.map((g) => `review.${g}.total`),
  ),
  rate('rate.granted', { zh: '予以公开率', en: 'Share granted' }, ['applications.granted.total'], processed),
  rate(
    'rate.grantedOrPartial',
    { zh: '公开（含部分公开）率', en: 'Share granted in full or in part' },
    ['applications.granted.total', 'applications.partiallyGranted.total'],
    processed,
  ),
  rate('rate.denied', { zh: '不予公开率', en: 'Share denied' }, outcomeCells('denied'), processed),
  rate(
    'rate.reconsiderationCorrected',
    { zh: '复议纠错率', en: 'Reconsiderations that corrected the agency' },
    ['review.reconsideration.corrected'],
    decided('reconsideration'),
  ),
  rate(
    'rate.litigationCorrected',
    { zh: '诉讼纠错率', en: 'Lawsuits that corrected the agency' },
    LITIGATION_GROUP_KEYS.map((g) => `review.${g}.corrected`),
    LITIGATION_GROUP_KEYS.flatMap(decided),
  ),
];

export const MEASURE_BY_KEY: ReadonlyMap<string, MeasureSpec> = new Map(MEASURES.map((m) => [m.key, m]));

// ─── Dimensions ──────────────────────────────────────────────────────────────────────────────────────

const DIMENSION_LABELS: Record<DimensionKey, Label> = {
  YEAR: { zh: '年度', en: 'Year' },
  REGION: { zh: '地区', en: 'Region' },
  LEVEL: { zh: '行政层级', en: 'Administrative level' },
  AGENCY: { zh: '机关', en: 'Agency' },
  TEMPLATE: { zh: '格式版本', en: 'Format version' },
  APPLICANT_TYPE: { zh: '申请人类型', en: 'Applicant type' },
  OUTCOME_GROUP: { zh: '办理结果', en: 'Outcome group' },
};

export const DIMENSIONS: readonly { key: DimensionKey; labelZh: string; labelEn: string }[] = (Object.entries(DIMENSION_LABELS) as [DimensionKey, Label][]).map(
  ([key, l]) => ({
    key,
    labelZh: l.zh,
    labelEn: l.en,
  }),
);

// ─── Administrative levels ───────────────────────────────────────────────────────────────────────────
// The API's enum says PROVINCE, the database stores province: the two functions below are the only
// place that changes the case.

export const LEVEL_LABELS: Record<AdminLevel, Label> = {
  PROVINCE: { zh: '省级', en: 'Province' },
  CITY: { zh: '市级', en: 'City' },
  COUNTY: { zh: '县级', en: 'County' },
  TOWNSHIP: { zh: '乡镇（街道）', en: 'Township' },
  DEPARTMENT: { zh: '部门', en: 'Department' },
};
/** An agency whose level could not be told. */
export const UNKNOWN_LEVEL: Label = { zh: '未知', en: 'Unknown' };

export const ADMIN_LEVELS = Object.keys(LEVEL_LABELS) as readonly AdminLevel[];
/** The levels of the division tree (regions); townships and departments are agencies' levels only. */
export const REGION_LEVELS: readonly RegionLevel[] = ['PROVINCE', 'CITY', 'COUNTY'];

export type StoredLevel = Lowercase<AdminLevel>;
export type StoredRegionLevel = Lowercase<RegionLevel>;

/** The enum value as the database stores it: PROVINCE → province. */
export function levelToStored<L extends AdminLevel>(level: L): Lowercase<L> {
  return level.toLowerCase() as Lowercase<L>;
}

/** A stored value as the enum value: province → PROVINCE; null for anything that is not a level. */
export function levelFromStored<S extends StoredLevel>(stored: S): Uppercase<S>;
export function levelFromStored(stored: string | null | undefined): AdminLevel | null;
export function levelFromStored(stored: string | null | undefined): AdminLevel | null {
  const level = stored?.toUpperCase();
  return level && Object.hasOwn(LEVEL_LABELS, level) && levelToStored(level as AdminLevel) === stored ? (level as AdminLevel) : null;
}

/** Stored values, as a database column's enum wants them (a non-empty tuple). */
export const STORED_LEVELS = ADMIN_LEVELS.map(levelToStored) as [StoredLevel, ...StoredLevel[]];
export const STORED_REGION_LEVELS = REGION_LEVELS.map(levelToStored) as [StoredRegionLevel, ...StoredRegionLevel[]];

// ─── Dimension values ────────────────────────────────────────────────────────────────────────────────

/** The dimensions whose values the model names; regions and agencies are named by the database. */
export const MODEL_NAMED_DIMENSIONS: readonly DimensionKey[] = ['APPLICANT_TYPE', 'OUTCOME_GROUP', 'LEVEL'];

/**
 * The name of a value of a model-named dimension, as analytics returns it: an applicant column, an
 * outcome group, or a stored level (none stands for an agency whose level is unknown).
 */
export function dimensionValueLabel(key: DimensionKey, value: unknown): Label | null {
  if (key === 'APPLICANT_TYPE') {
    const column = own(APPLICANT_COLUMNS, String(value));
    return column ? { zh: column.zh, en: column.en } : null;
  }
  if (key === 'OUTCOME_GROUP') return own(OUTCOME_GROUPS, String(value)) ?? null;
  if (key === 'LEVEL') {
    if (value === null || value === undefined || value === '') return UNKNOWN_LEVEL;
    const level = levelFromStored(String(value));
    return level ? LEVEL_LABELS[level] : null;
  }
  return null;
}
