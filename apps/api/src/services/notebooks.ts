import { randomBytes } from 'node:crypto';
import { notebookDocument } from '@gongkai/schema/notebook';
import type { NotebookDocument } from '@gongkai/schema/notebook';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';

// Notebooks: an ordered list of cells (markdown, GraphQL query, chart, parameter) saved with their
// revisions. Every save is validated with the document of @gongkai/schema/notebook, so the API never
// stores a shape the dashboard cannot show.

export const KEEP_REVISIONS = 20;
/** Besides the last 20, the last revision of each day is kept this long: a flood of saves never erases yesterday. */
export const KEEP_DAILY_DAYS = 30;
/** A deleted notebook stays in the bin, restorable, this long. */
export const BIN_DAYS = 30;

export interface NotebookRow {
  id: string;
  title: string;
  description: string | null;
  document: NotebookDocument;
  revision: number;
  shipped: boolean;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface NotebookInput {
  title: string;
  description?: string | null;
  document: unknown;
}

function validate(input: NotebookInput): { title: string; description: string | null; document: NotebookDocument } {
  const title = input.title.trim();
  if (!title || title.length > 200) throw new DomainError('BAD_USER_INPUT', 'a notebook needs a title of 1–200 characters');
  const parsed = notebookDocument.safeParse(input.document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('BAD_USER_INPUT', `invalid notebook document at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { title, description: input.description?.trim() || null, document: parsed.data };
}

type Raw = Omit<NotebookRow, 'document' | 'shipped'> & { document: string; shipped: number };
const COLUMNS = 'id, title, description, document, revision, shipped, created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt';
const toRow = (r: Raw): NotebookRow => ({ ...r, shipped: Boolean(r.shipped), document: JSON.parse(r.document) as NotebookDocument });

/** A notebook that is not in the bin. */
export function getNotebook(db: Db, notebookId: string): NotebookRow | null {
  const r = db.$client.prepare(`SELECT ${COLUMNS} FROM notebooks WHERE id = ? AND deleted_at IS NULL`).get(notebookId) as Raw | undefined;
  return r ? toRow(r) : null;
}

function getNotebookAny(db: Db, notebookId: string): NotebookRow | null {
  const r = db.$client.prepare(`SELECT ${COLUMNS} FROM notebooks WHERE id = ?`).get(notebookId) as Raw | undefined;
  return r ? toRow(r) : null;
}

/** Shipped notebooks first, in the order they ship; then the analysts' own, most recently saved first. */
const ORDER = 'ORDER BY shipped DESC, CASE WHEN shipped = 1 THEN rowid END, updated_at DESC';

export function listNotebooks(db: Db, search?: string | null): NotebookRow[] {
  const rows = search?.trim()
    ? (db.$client
        .prepare(`SELECT ${COLUMNS} FROM notebooks WHERE deleted_at IS NULL AND title LIKE ? ${ORDER}`)
        .all(`%${search.trim().replace(/[%_]/g, '')}%`) as Raw[])
    : (db.$client.prepare(`SELECT ${COLUMNS} FROM notebooks WHERE deleted_at IS NULL ${ORDER}`).all() as Raw[]);
  return rows.map(toRow);
}

export function createNotebook(db: Db, input: NotebookInput, options: { id?: string; shipped?: boolean } = {}): NotebookRow {
  const v = validate(input);
  const now = new Date().toISOString();
  const notebookId = options.id ?? randomBytes(6).toString('base64url');
  db.$client
    .prepare('INSERT INTO notebooks (id, title, description, document, revision, shipped, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)')
    .run(notebookId, v.title, v.description, JSON.stringify(v.document), options.shipped ? 1 : 0, now, now);
  db.$client
    .prepare('INSERT INTO notebook_revisions (notebook_id, revision, title, document, saved_at) VALUES (?, 1, ?, ?, ?)')
    .run(notebookId, v.title, JSON.stringify(v.document), now);
  return getNotebook(db, notebookId)!;
}

/** Saves a new revision and forgets all but the last KEEP_REVISIONS, in one transaction. */
export function updateNotebook(db: Db, notebookId: string, input: NotebookInput, expectedRevision?: number | null): NotebookRow {
  const v = validate(input);
  return db.$client
    .transaction(() => {
      const current = getNotebook(db, notebookId);
      if (!current) throw new DomainError('NOT_FOUND', `notebook ${notebookId} not found`);
      if (expectedRevision != null && expectedRevision !== current.revision) {
        throw new DomainError(
          'CONFLICT',
          `notebook ${notebookId} was saved elsewhere (revision ${current.revision}, you edited ${expectedRevision}): reload it first`,
        );
      }
      const revision = current.revision + 1;
      const now = new Date().toISOString();
      db.$client
        .prepare('UPDATE notebooks SET title = ?, description = ?, document = ?, revision = ?, updated_at = ? WHERE id = ?')
        .run(v.title, v.description, JSON.stringify(v.document), revision, now, notebookId);
      db.$client
        .prepare('INSERT INTO notebook_revisions (notebook_id, revision, title, document, saved_at) VALUES (?, ?, ?, ?, ?)')
        .run(notebookId, revision, v.title, JSON.stringify(v.document), now);
      forgetRevisions(db, notebookId, revision, now);
      return getNotebook(db, notebookId)!;
    })
    .immediate();
}

/** Keeps the last KEEP_REVISIONS, and the last revision of each day of the last KEEP_DAILY_DAYS. */
function forgetRevisions(db: Db, notebookId: string, revision: number, now: string): void {
  const since = new Date(Date.parse(now) - KEEP_DAILY_DAYS * 86_400_000).toISOString();
  db.$client
    .prepare(
      `DELETE FROM notebook_revisions WHERE notebook_id = ? AND revision <= ? AND (saved_at < ? OR revision NOT IN (
         SELECT max(revision) FROM notebook_revisions WHERE notebook_id = ? GROUP BY substr(saved_at, 1, 10)))`,
    )
    .run(notebookId, revision - KEEP_REVISIONS, since, notebookId);
}

export function notebookRevisions(db: Db, notebookId: string): { revision: number; title: string; savedAt: string; document: NotebookDocument }[] {
  return (
    db.$client
      .prepare('SELECT revision, title, saved_at AS savedAt, document FROM notebook_revisions WHERE notebook_id = ? ORDER BY revision DESC')
      .all(notebookId) as { revision: number; title: string; savedAt: string; document: string }[]
  ).map((r) => ({
    ...r,
    document: JSON.parse(r.document) as NotebookDocument,
  }));
}

export function restoreRevision(db: Db, notebookId: string, revision: number): NotebookRow {
  const found = notebookRevisions(db, notebookId).find((r) => r.revision === revision);
  if (!found) throw new DomainError('NOT_FOUND', `notebook ${notebookId} has no revision ${revision} (the last ${KEEP_REVISIONS} are kept)`);
  const current = getNotebook(db, notebookId)!;
  return updateNotebook(db, notebookId, { title: found.title, description: current.description, document: found.document });
}

export function duplicateNotebook(db: Db, notebookId: string, title?: string | null): NotebookRow {
  const source = getNotebook(db, notebookId);
  if (!source) throw new DomainError('NOT_FOUND', `notebook ${notebookId} not found`);
  return createNotebook(db, { title: title?.trim() || `${source.title}（副本）`, description: source.description, document: source.document });
}

/** Moves a notebook to the bin (restorable for BIN_DAYS); empties the bin of what is older. */
export function deleteNotebook(db: Db, notebookId: string, by?: string | null): boolean {
  const moved =
    db.$client
      .prepare('UPDATE notebooks SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL')
      .run(new Date().toISOString(), by ?? null, notebookId).changes > 0;
  purgeBin(db);
  return moved;
}

export function restoreNotebook(db: Db, notebookId: string): NotebookRow {
  const found = getNotebookAny(db, notebookId);
  if (!found || !found.deletedAt) throw new DomainError('NOT_FOUND', `notebook ${notebookId} is not in the bin`);
  db.$client.prepare('UPDATE notebooks SET deleted_at = NULL, deleted_by = NULL WHERE id = ?').run(notebookId);
  return getNotebook(db, notebookId)!;
}

export function notebookBin(db: Db): NotebookRow[] {
  return (db.$client.prepare(`SELECT ${COLUMNS} FROM notebooks WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`).all() as Raw[]).map(toRow);
}

/** Deletes for good what has been in the bin longer than BIN_DAYS. */
export function purgeBin(db: Db, now = new Date()): number {
  const before = new Date(now.getTime() - BIN_DAYS * 86_400_000).toISOString();
  return db.$client.prepare('DELETE FROM notebooks WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(before).changes;
}

/** The notebook as a file: what importNotebook reads back. */
export function exportNotebook(n: NotebookRow): string {
  return JSON.stringify({ format: 'gongkai-notebook', version: 1, title: n.title, description: n.description, document: n.document }, null, 2);
}

export function importNotebook(db: Db, file: string): NotebookRow {
  let parsed: { format?: string; title?: string; description?: string | null; document?: unknown };
  try {
    parsed = JSON.parse(file) as typeof parsed;
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'the file is not JSON: export a notebook from Gongkai to get one');
  }
  if (parsed.format !== 'gongkai-notebook') throw new DomainError('BAD_USER_INPUT', 'not a Gongkai notebook file (format ≠ gongkai-notebook)');
  return createNotebook(db, { title: parsed.title ?? '导入的笔记本', description: parsed.description, document: parsed.document });
}

const Q_YEARS = `query ($filter: ReportFilter) {
  analytics(query: { measures: ["reports", "applications.newlyReceived.total", "rate.granted", "active.penalties.decisions"], groupBy: [YEAR], filter: $filter }) {
    columns { key labelZh unit values }
    syntheticReports
    totalReports
  }
}`;

/** Notebooks shipped with Gongkai, created on start when missing (their ids are stable, for links). */
export const SHIPPED: { id: string; title: string; description: string; document: NotebookDocument }[] = [
  {
    id: 'overview',
    title: '总览：历年政府信息公开',
    description: '申请量、办理结果和行政处罚的历年变化',
    document: {
      version: 1,
      cells: [
        { id: 'intro', kind: 'markdown', source: '# 历年政府信息公开总览\n\n所选年度：**{{years}}**。数据含合成样本时，图表下方会标明。' },
        { id: 'years', kind: 'parameter', name: 'years', label: '年度范围', control: 'yearRange', default: [2019, 2025] },
        { id: 'byYear', kind: 'query', title: '按年度汇总', source: Q_YEARS, variables: '{"filter": {"yearFrom": "$years.0", "yearTo": "$years.1"}}' },
        {
          id: 'requestsChart',
          kind: 'chart',
          queryCell: 'byYear',
          chartType: 'bar',
          x: 'YEAR',
          y: ['applications.newlyReceived.total'],
          title: '本年新收申请数量',
          units: '件',
        },
        { id: 'grantedChart', kind: 'chart', queryCell: 'byYear', chartType: 'line', x: 'YEAR', y: ['rate.granted'], title: '予以公开率', units: '%' },
        {
          id: 'outcomes',
          kind: 'query',
          title: '办理结果',
          source:
            'query ($filter: ReportFilter) {\n  analytics(query: { measures: ["outcome"], groupBy: [YEAR, OUTCOME_GROUP], filter: $filter }) {\n    columns { key labelZh values }\n  }\n}',
          variables: '{"filter": {"yearFrom": "$years.0", "yearTo": "$years.1"}}',
        },
        {
          id: 'outcomesChart',
          kind: 'chart',
          queryCell: 'outcomes',
          chartType: 'stackedBar',
          x: 'YEAR',
          y: ['outcome'],
          series: 'OUTCOME_GROUP.label',
          title: '办理结果构成',
          units: '件',
        },
      ],
    },
  },
  {
    id: 'agency',
    title: '机关专题：单个机关的历年报告',
    description: '选择一个机关，查看它的申请、结果和跨年度核对',
    document: {
      version: 1,
      cells: [
        { id: 'intro', kind: 'markdown', source: '# 机关专题\n\n选择一个机关，查看它历年报告中的申请量和跨年度核对。' },
        {
          id: 'agency',
          kind: 'parameter',
          name: 'agency',
          label: '机关',
          control: 'select',
          options: { source: '{ agencies(first: 100) { edges { node { id name } } } }', values: 'agencies.edges.node.id', labels: 'agencies.edges.node.name' },
        },
        { id: 'series', kind: 'query', title: '历年数据', source: Q_YEARS, variables: '{"filter": {"agencyId": "$agency"}}' },
        {
          id: 'seriesChart',
          kind: 'chart',
          queryCell: 'series',
          chartType: 'bar',
          x: 'YEAR',
          y: ['applications.newlyReceived.total'],
          title: '本年新收申请数量',
          units: '件',
        },
        {
          id: 'checks',
          kind: 'query',
          title: '跨年度核对（规则 6、7）',
          source: 'query ($id: ID!) {\n  agency(id: $id) {\n    name\n    crossYearChecks { rule path year previousYear expected actual ok }\n  }\n}',
          variables: '{"id": "$agency"}',
        },
      ],
    },
  },
  {
    id: 'quality',
    title: '数据质量复核',
    description: '哪些规则被违反、在哪里、多少次',
    document: {
      version: 1,
      cells: [
        { id: 'intro', kind: 'markdown', source: '# 数据质量复核\n\n勾稽关系不成立的报告按原样保存，并在这里列出。' },
        {
          id: 'byCode',
          kind: 'query',
          title: '按诊断代码',
          source: '{\n  dataQuality {\n    reports\n    byCode { code labelZh reports diagnostics }\n    byRule { rule labelZh reports }\n  }\n}',
          variables: '{}',
        },
        {
          id: 'byCodeChart',
          kind: 'chart',
          queryCell: 'byCode',
          chartType: 'bar',
          x: 'dataQuality.byCode.labelZh',
          y: ['dataQuality.byCode.reports'],
          title: '涉及报告数（按诊断代码）',
          units: '份',
        },
        {
          id: 'byRuleChart',
          kind: 'chart',
          queryCell: 'byCode',
          chartType: 'table',
          x: 'dataQuality.byRule.labelZh',
          y: ['dataQuality.byRule.reports'],
          title: '违反勾稽关系的报告',
          units: '份',
        },
      ],
    },
  },
  {
    id: 'peers',
    title: '同级比较：排名与分布',
    description: '同一层级机关按予以公开率排名，样本过小的不排名',
    document: {
      version: 1,
      cells: [
        {
          id: 'intro',
          kind: 'markdown',
          source: '# 同级比较\n\n所选年度 {{years}} 的截止年度，县级机关的予以公开率。办结申请少于 20 件的机关只列出、不排名（样本过小）。',
        },
        { id: 'year', kind: 'parameter', name: 'years', label: '年度（取截止年度）', control: 'yearRange', default: [2024, 2024] },
        {
          id: 'ranking',
          kind: 'query',
          title: '排名',
          source:
            'query ($year: Int!) {\n  rankings(measure: "rate.granted", year: $year, level: COUNTY, first: 100) {\n    ranked median\n    histogram { from to agencies }\n    entries { agency { name } value base rank percentile smallSample }\n  }\n}',
          variables: '{"year": "$years.1"}',
        },
        {
          id: 'histogram',
          kind: 'chart',
          queryCell: 'ranking',
          chartType: 'bar',
          x: 'rankings.histogram.from',
          y: ['rankings.histogram.agencies'],
          title: '予以公开率的分布（机关数）',
          units: '个',
        },
        {
          id: 'table',
          kind: 'chart',
          queryCell: 'ranking',
          chartType: 'table',
          x: 'rankings.entries.agency.name',
          y: ['rankings.entries.value', 'rankings.entries.rank'],
          title: '排名',
          units: '%',
        },
      ],
    },
  },
  {
    id: 'hierarchy',
    title: '上下级核对：汇总报告加得上吗',
    description: '声明汇总全县（区）的政府报告与其乡镇、部门报告之和的比较',
    document: {
      version: 1,
      cells: [
        { id: 'intro', kind: 'markdown', source: '# 上下级核对\n\n只有声明“本报告汇总全县（区）……”的政府报告参与核对，且只有下级报告齐全时才比较合计。' },
        { id: 'year', kind: 'parameter', name: 'years', label: '年度（取截止年度）', control: 'yearRange', default: [2024, 2024] },
        {
          id: 'checks',
          kind: 'query',
          title: '核对结果',
          source:
            'query ($year: Int!) {\n  hierarchyChecks(year: $year) {\n    region { code name }\n    status expected compared mismatches missing\n    cells { labelZh reported childrenSum difference }\n  }\n}',
          variables: '{"year": "$years.1"}',
        },
        {
          id: 'mismatchChart',
          kind: 'chart',
          queryCell: 'checks',
          chartType: 'bar',
          x: 'hierarchyChecks.region.name',
          y: ['hierarchyChecks.mismatches'],
          title: '不一致的单元格数',
          units: '个',
        },
        {
          id: 'cellsTable',
          kind: 'chart',
          queryCell: 'checks',
          chartType: 'table',
          x: 'hierarchyChecks.cells.labelZh',
          y: ['hierarchyChecks.cells.reported', 'hierarchyChecks.cells.childrenSum', 'hierarchyChecks.cells.difference'],
          title: '不一致的单元格',
          units: '件',
        },
      ],
    },
  },
  {
    id: 'copies',
    title: '雷同报告：照搬往年或他人的文字',
    description: '一、五、六部分文字相似度 ≥ 90% 的报告',
    document: {
      version: 1,
      cells: [
        { id: 'intro', kind: 'markdown', source: '# 雷同报告\n\n按五字片段（数字视为相同）计算的相似度；同一机关照搬往年，或不同机关同年照搬。' },
        {
          id: 'pairs',
          kind: 'query',
          title: '相似度 ≥ 0.9 的章节',
          source:
            '{\n  copiedSections(first: 100) {\n    totalCount\n    pairs { section score sameAgency report { id year agency { name } } other { id year agency { name } } }\n  }\n}',
          variables: '{}',
        },
        {
          id: 'pairsTable',
          kind: 'chart',
          queryCell: 'pairs',
          chartType: 'table',
          x: 'copiedSections.pairs.report.agency.name',
          y: ['copiedSections.pairs.score'],
          title: '雷同章节',
          units: '',
        },
      ],
    },
  },
  {
    id: 'anomalies',
    title: '异常值：偏离自身历史或同级的数字',
    description: '稳健 z 分数（中位数与 MAD），附文字说明',
    document: {
      version: 1,
      cells: [
        {
          id: 'intro',
          kind: 'markdown',
          source: '# 异常值\n\n所选年度 {{years}} 的截止年度，偏离本机关其他年度或同省同级机关的数值（|稳健 z| ≥ 3.5；基数小于 20 的不判断）。',
        },
        { id: 'year', kind: 'parameter', name: 'years', label: '年度（取截止年度）', control: 'yearRange', default: [2022, 2022] },
        {
          id: 'found',
          kind: 'query',
          title: '异常值',
          source:
            'query ($year: Int!) {\n  anomalies(filter: { year: $year }) {\n    judged totalCount\n    entries { agency { name } report { id } measure { labelZh } kind value median z reasonZh }\n  }\n}',
          variables: '{"year": "$years.1"}',
        },
        {
          id: 'zChart',
          kind: 'chart',
          queryCell: 'found',
          chartType: 'bar',
          x: 'anomalies.entries.agency.name',
          y: ['anomalies.entries.z'],
          title: '稳健 z 分数',
          units: '',
        },
        {
          id: 'reasons',
          kind: 'chart',
          queryCell: 'found',
          chartType: 'table',
          x: 'anomalies.entries.reasonZh',
          y: ['anomalies.entries.z'],
          title: '说明',
          units: '',
        },
      ],
    },
  },
];

export function ensureShippedNotebooks(db: Db): void {
  for (const n of SHIPPED) {
    if (!getNotebookAny(db, n.id)) createNotebook(db, { title: n.title, description: n.description, document: n.document }, { id: n.id, shipped: true });
  }
}
