import { cellLabel } from '@gongkai/schema/measures';
import { CELLS } from '@gongkai/schema/report';
import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import { townshipsOf } from '../services/regions.ts';
import { regionPrefix } from './filter-sql.ts';
import { ensureRegions } from './regions.ts';

// Hierarchy checks: a government whose report speaks for its whole area (本报告汇总全县…, 全县共收到…)
// against the sum of the reports of the bodies below it. The format does not make every government's
// report an aggregate — most report for the government itself — so only a report that says it sums its
// area is checked. A sum is only compared when every expected child has reported: a partial sum would
// always look short.

/** How a report says it speaks for its whole area. */
export const AGGREGATE_DECLARATION =
  /(汇总|涵盖|包括|统计)了?(全|本)(省|市|州|盟|县|区|旗)|全(省|市|州|盟|县|区|旗)(各级|各部门|各乡镇)?[^。]{0,8}(共|累计)(收到|受理|新收)/;

/** Sections 三 and 四: the counts a whole-area report sums. */
const COMPARED = CELLS.filter((c) => (c.section === 'applications' || c.section === 'review') && !c.money);
const CHILD_LEVEL = { county: 'township', city: 'county', province: 'city' } as const;
const MAX_CHECKS = 200;

export type HierarchyStatus = 'ADDS_UP' | 'MISMATCH' | 'INCOMPLETE';

export interface HierarchyCheckRow {
  regionCode: string;
  year: number;
  reportId: number;
  status: HierarchyStatus;
  expected: number;
  childReportIds: number[];
  missing: string[];
  compared: number;
  mismatches: number;
  cells: { path: string; labelZh: string; labelEn: string; reported: number; childrenSum: number; difference: number }[];
}

interface Parent {
  reportId: number;
  agencyId: number;
  level: 'province' | 'city' | 'county';
  regionCode: string;
  overview: string;
}

export function hierarchyChecks(db: Db, input: { regionCode?: string | null; year: number }): HierarchyCheckRow[] {
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100) throw new DomainError('BAD_USER_INPUT', 'year is a year such as 2024');
  if (input.regionCode != null && !/^\d{2,6}$/.test(input.regionCode)) throw new DomainError('BAD_USER_INPUT', 'regionCode is a division code such as 320102');
  // The division tree names the regions and, for a city or a province, the divisions below it.
  ensureRegions(db);
  const prefix = input.regionCode ? regionPrefix(input.regionCode) : '';
  const parents = (
    db.$client
      .prepare(
        `SELECT r.id AS reportId, a.id AS agencyId, a.level, a.region_code AS regionCode, n.text AS overview
         FROM reports r JOIN agencies a ON a.id = r.agency_id JOIN narratives n ON n.report_id = r.id AND n.section = 'overview'
         WHERE r.year = ? AND r.is_latest = 1 AND r.complete = 1 AND a.level IN ('province', 'city', 'county') AND a.region_code LIKE ? || '%'`,
      )
      .all(input.year, prefix) as Parent[]
  ).filter((p) => p.regionCode && AGGREGATE_DECLARATION.test(p.overview));
  const order: Record<HierarchyStatus, number> = { MISMATCH: 0, INCOMPLETE: 1, ADDS_UP: 2 };
  return parents
    .slice(0, MAX_CHECKS)
    .map((p) => check(db, p, input.year))
    .sort((a, b) => order[a.status] - order[b.status] || a.regionCode.localeCompare(b.regionCode));
}

function check(db: Db, parent: Parent, year: number): HierarchyCheckRow {
  const s = db.$client;
  const childLevel = CHILD_LEVEL[parent.level];
  const childRegions =
    parent.level === 'county'
      ? []
      : (s.prepare('SELECT code, name FROM regions WHERE parent_code = ?').all(parent.regionCode) as { code: string; name: string }[]);
  // Known children: the governments one level down in the area, and the departments of this government.
  const known = s
    .prepare(
      `SELECT a.id, a.name, a.region_code AS regionCode, a.township FROM agencies a
       WHERE (a.level = 'department' AND a.region_code = ?)
          OR (a.level = ? AND ${parent.level === 'county' ? 'a.region_code = ?' : `a.region_code IN (SELECT code FROM regions WHERE parent_code = ?)`})
       ORDER BY a.name`,
    )
    .all(parent.regionCode, childLevel, parent.regionCode) as { id: number; name: string; regionCode: string; township: string | null }[];
  // The gazetteer's divisions below, whether or not a body there has ever reported.
  const divisionsBelow =
    parent.level === 'county' ? townshipsOf(parent.regionCode).map((name) => ({ key: name, name })) : childRegions.map((r) => ({ key: r.code, name: r.name }));
  const covered = new Set(known.map((k) => (parent.level === 'county' ? k.township : k.regionCode)));
  const neverReported = divisionsBelow.filter((d) => !covered.has(d.key)).map((d) => d.name);

  const reportOf = s.prepare('SELECT id FROM reports WHERE agency_id = ? AND year = ? AND is_latest = 1 AND complete = 1');
  const childReportIds: number[] = [];
  const missing: string[] = [];
  for (const k of known) {
    const r = reportOf.get(k.id, year) as { id: number } | undefined;
    if (r) childReportIds.push(r.id);
    else missing.push(k.name);
  }
  missing.push(...neverReported);
  const base = {
    regionCode: parent.regionCode,
    year,
    reportId: parent.reportId,
    expected: known.length + neverReported.length,
    childReportIds,
    missing,
  };
  if (missing.length > 0 || childReportIds.length === 0) return { ...base, status: 'INCOMPLETE', compared: 0, mismatches: 0, cells: [] };

  const cols = COMPARED.map((c) => `"${c.sqlName}"`).join(', ');
  const factsOf = (ids: number[]) =>
    s.prepare(`SELECT ${cols} FROM report_facts WHERE report_id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as Record<string, number | null>[];
  const [mine] = factsOf([parent.reportId]);
  const children = factsOf(childReportIds);
  const cells: HierarchyCheckRow['cells'] = [];
  let compared = 0;
  for (const c of COMPARED) {
    const reported = mine?.[c.sqlName];
    // A cell left empty in the report or in any child's cannot be summed.
    if (reported === null || reported === undefined || children.some((f) => f[c.sqlName] === null)) continue;
    compared++;
    const childrenSum = children.reduce((sum, f) => sum + (f[c.sqlName] as number), 0);
    if (childrenSum !== reported) {
      const label = cellLabel(c.path)!;
      cells.push({ path: c.path, labelZh: label.zh, labelEn: label.en, reported, childrenSum, difference: reported - childrenSum });
    }
  }
  cells.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || a.path.localeCompare(b.path));
  return { ...base, status: cells.length ? 'MISMATCH' : 'ADDS_UP', compared, mismatches: cells.length, cells: cells.slice(0, 20) };
}
