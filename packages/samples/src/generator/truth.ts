import { APPLICANT_PART_KEYS, APPLICATION_ROWS, REVIEW_GROUP_KEYS } from '@gongkai/schema/report';
import type {
  ActiveColumnKey,
  ActiveRowKey,
  ActiveTable,
  ApplicantColumnKey,
  ApplicationRowKey,
  ApplicationsTable,
  ReviewTable,
  Template,
} from '@gongkai/schema/report';
import { describeAgency, pickAgency } from './places.ts';
import type { AgencyInfo, Scale } from './places.ts';
import { createRng } from './rng.ts';
import type { Rng } from './rng.ts';

/** The ground truth in the JSON shape of /work/shared/expected/*.json (without diagnostics). */
export interface ExpectedReport {
  agency: string;
  year: number;
  template: Template;
  publishedOn: string | null;
  active: ActiveTable;
  applications: ApplicationsTable;
  review: ReviewTable;
}

/** 'mixed' = 2021 tables with the single 2019 row （六）其他处理 in section 三. */
export type TemplateOption = Template | 'mixed';

export interface TruthOptions {
  template?: TemplateOption;
  agency?: string;
  year?: number;
  province?: string;
  /**
   * A government reporting for its whole area: sections 三 and 四 are the sums of these reports' (its
   * townships' and departments'), and section 一 says so. They must share the report's template.
   */
  sumOf?: readonly ExpectedReport[];
  /** Requests newly received this year (section 三): a body's own level, for corpora with a history. */
  newRequests?: number;
  /**
   * A body with a history: its mix of applicants and outcomes and the size of its section 四 come from its
   * name and vary only a little from year to year, as a real body's do (otherwise every year is a new draw).
   */
  stable?: boolean;
}

/** The truth plus what printing needs beyond the numbers. */
export interface Facts {
  truth: ExpectedReport;
  /** The tables as printed: 'mixed' prints 2021 tables with the 2019 row （六）其他处理. */
  format: TemplateOption;
  agency: AgencyInfo;
  /** Exact printed text of each money cell, by path (e.g. active.fees.amount: '7730.2800'). */
  money: Record<string, string>;
  /** The section 三 rows, in printed order. */
  applicationRows: ApplicationRowKey[];
  /** Set when the report sums the reports below it: the area it speaks for (全县, 全区 ...). */
  aggregateArea?: string;
}

type Counts = Record<Exclude<ApplicantColumnKey, 'total'>, number>;

export function generateFacts(seed: number, opts: TruthOptions = {}): Facts {
  const rng = createRng(seed).fork('truth');
  const agency = opts.agency ? describeAgency(opts.agency, opts.province, rng.fork('agency')) : pickAgency(rng.fork('agency'), opts.province);
  const year = opts.year ?? rng.int(2019, 2025);
  const format = opts.template ?? defaultTemplate(rng, year);
  const template: Template = format === '2019' ? '2019' : '2021';
  const applicationRows = APPLICATION_ROWS.filter((r) => r.formats.includes(format === 'mixed' ? '2019' : format)).map((r) => r.key);
  const money: Record<string, string> = {};
  const active = template === '2019' ? active2019(rng.fork('active'), agency, money) : active2021(rng.fork('active'), agency, money);
  const truth: ExpectedReport = {
    agency: agency.name,
    year,
    template,
    publishedOn: publicationDate(rng.fork('date'), year),
    active,
    applications: applications(rng.fork('applications'), agency.scale, applicationRows, opts.newRequests, profileOf(opts, agency)),
    review: review(rng.fork('review'), agency.scale, profileOf(opts, agency)),
  };
  if (!opts.sumOf || opts.sumOf.length === 0) return { truth, format, agency, money, applicationRows };
  if (format === 'mixed' || opts.sumOf.some((c) => c.template !== template))
    throw new Error('generateFacts: sumOf needs reports of the same template, and not the mixed format');
  truth.applications = sumDeep(opts.sumOf.map((c) => c.applications)) as ApplicationsTable;
  truth.review = sumDeep(opts.sumOf.map((c) => c.review)) as ReviewTable;
  const area = /([县区市旗州])人民政府$/.exec(agency.name)?.[1] ?? '县';
  return { truth, format, agency, money, applicationRows, aggregateArea: `全${area}` };
}

/** The stable draws of a body with a history: the same for every year of the same name. */
function profileOf(opts: TruthOptions, agency: AgencyInfo): Rng | undefined {
  return opts.stable ? createRng(0).fork(`profile:${agency.name}`) : undefined;
}

/** A yearly variation around a body's own value: ±15 %. */
const jitter = (rng: Rng) => 0.85 + 0.3 * rng.next();

/** Element-wise sum of tables of the same shape; a cell null in any of them is null. */
function sumDeep(items: readonly unknown[]): unknown {
  const first = items[0];
  if (typeof first === 'number' || first === null) {
    return items.some((v) => v === null || v === undefined) ? null : items.reduce<number>((s, v) => s + (v as number), 0);
  }
  if (typeof first !== 'object' || first === undefined) return first;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(first as object)) out[key] = sumDeep(items.map((i) => (i as Record<string, unknown>)[key] ?? null));
  return out;
}

function defaultTemplate(rng: Rng, year: number): TemplateOption {
  if (year < 2021) return '2019';
  return rng.weighted([
    ['2021', 8],
    ['2019', 1],
    ['mixed', 1],
  ] as const);
}

function publicationDate(rng: Rng, year: number): string | null {
  if (rng.chance(0.45)) return null;
  const month = rng.weighted([
    [1, 6],
    [2, 2],
    [3, 1],
  ] as const);
  const day = rng.int(month === 1 ? 8 : 1, 28);
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ─── Sizes ───────────────────────────────────────────────────────────────────────────────────────────

/** A count spread log-uniformly over [lo, hi], so small values dominate as in real reports. */
function logUniform(rng: Rng, lo: number, hi: number): number {
  const a = Math.log(lo + 1);
  const b = Math.log(hi + 1);
  return Math.max(0, Math.round(Math.exp(a + (b - a) * rng.next())) - 1);
}

/** A count of the kind a body of this scale reports: mostly zero for towns, thousands for cities. */
function sized(rng: Rng, scale: Scale, ranges: Record<Scale, readonly [number, number]>, zeroChance = 0): number {
  if (rng.chance(zeroChance)) return 0;
  const [lo, hi] = ranges[scale];
  return logUniform(rng, lo, hi);
}

/** Splits n units over categories by weight (one draw per unit: n stays in the thousands). */
function multinomial(rng: Rng, n: number, weights: readonly number[]): number[] {
  const out = weights.map(() => 0);
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return out;
  for (let i = 0; i < n; i++) {
    let r = rng.next() * sum;
    let k = 0;
    while (k < weights.length - 1 && r >= weights[k]!) r -= weights[k++]!;
    out[k]!++;
  }
  return out;
}

// ─── Section 三 ─────────────────────────────────────────────────────────────────────────────────────

const APPLICANT_WEIGHTS: Counts = { naturalPerson: 90, commercial: 5, research: 0.2, publicInterest: 0.3, legalService: 2.5, otherOrg: 2 };

const OUTCOME_WEIGHTS: Partial<Record<ApplicationRowKey, number>> = {
  granted: 35,
  partiallyGranted: 8,
  deniedStateSecret: 0.3,
  deniedLawProhibited: 1,
  deniedSafetyStability: 0.3,
  deniedThirdParty: 0.8,
  deniedInternalAffairs: 1,
  deniedProcessInfo: 1.5,
  deniedEnforcementFile: 0.8,
  deniedAdminQuery: 2,
  unableNotHeld: 25,
  unableNeedsCreation: 3,
  unableUnclear: 1,
  notProcessedPetition: 4,
  notProcessedDuplicate: 3,
  notProcessedPublication: 0.5,
  notProcessedExcessive: 1,
  notProcessedConfirmation: 1,
  otherHandling: 8,
  otherNoCorrection: 3,
  otherUnpaidFee: 0.5,
  otherMisc: 5,
};

const NEW_REQUESTS: Record<Scale, readonly [number, number]> = { tiny: [1, 6], small: [1, 40], medium: [8, 400], large: [150, 5000] };

function applications(rng: Rng, scale: Scale, rows: readonly ApplicationRowKey[], newRequests?: number, profile?: Rng): ApplicationsTable {
  const outcomeRows = rows.filter((r) => OUTCOME_WEIGHTS[r] !== undefined);
  // Each report favours a few outcomes: real tables are mostly zeros with a handful of busy rows.
  const own = profile ?? rng;
  const weights = outcomeRows.map((r) => {
    const w = OUTCOME_WEIGHTS[r] ?? 0;
    if (r !== 'granted' && r !== 'unableNotHeld' && own.chance(0.35)) return 0;
    return w * (0.2 + 1.6 * own.next()) * (profile ? jitter(rng) : 1);
  });
  const newTotal = newRequests ?? sized(rng, scale, NEW_REQUESTS, scale === 'tiny' ? 0.55 : 0.05);
  const mix = APPLICANT_PART_KEYS.map((c) => APPLICANT_WEIGHTS[c] * (0.3 + 1.4 * own.next()) * (profile ? jitter(rng) : 1));
  const received = multinomial(rng, newTotal, mix);
  const table: ApplicationsTable = {};
  const set = (row: ApplicationRowKey, col: Exclude<ApplicantColumnKey, 'total'>, v: number) => {
    const r = (table[row] ??= {});
    r[col] = v;
  };
  APPLICANT_PART_KEYS.forEach((col, i) => {
    const n = received[i] ?? 0;
    const carriedOver = (n > 0 || col === 'naturalPerson') && rng.chance(scale === 'tiny' ? 0.08 : 0.45) ? Math.round(rng.next() * Math.max(1, n * 0.08)) : 0;
    const available = n + carriedOver;
    const carriedForward = rng.chance(scale === 'tiny' ? 0.08 : 0.5) ? Math.round(rng.next() * available * 0.08) : 0;
    const processed = available - carriedForward;
    const split = multinomial(rng, processed, weights);
    set('newlyReceived', col, n);
    set('carriedOver', col, carriedOver);
    outcomeRows.forEach((row, k) => set(row, col, split[k] ?? 0));
    set('totalProcessed', col, processed);
    set('carriedForward', col, carriedForward);
  });
  // Rebuild in printed order with the total column last (rule 3).
  const ordered: ApplicationsTable = {};
  for (const row of rows) {
    const parts = table[row] ?? {};
    const cells: Partial<Record<ApplicantColumnKey, number>> = {};
    let total = 0;
    for (const col of APPLICANT_PART_KEYS) {
      const v = parts[col] ?? 0;
      cells[col] = v;
      total += v;
    }
    cells.total = total;
    ordered[row] = cells;
  }
  return ordered;
}

// ─── Section 四 ─────────────────────────────────────────────────────────────────────────────────────

const REVIEW_SIZES: Record<Scale, readonly [number, number]> = { tiny: [1, 2], small: [1, 5], medium: [1, 40], large: [15, 400] };

function review(rng: Rng, scale: Scale, profile?: Rng): ReviewTable {
  const table: ReviewTable = {};
  const zeroChance: Record<Scale, number> = { tiny: 0.9, small: 0.6, medium: 0.25, large: 0.02 };
  const own = profile ?? rng;
  for (const group of REVIEW_GROUP_KEYS) {
    const shrink = group === 'reconsideration' ? 1 : group === 'litigationDirect' ? 0.3 : 0.15;
    const size = sized(own, scale, REVIEW_SIZES, zeroChance[scale]) * (group === 'reconsideration' ? 1 : shrink + own.next() * shrink);
    const total = Math.round(size * (profile ? jitter(rng) : 1));
    const split = [3 * own.next(), 1.5 * own.next(), 3 * own.next(), own.next()].map((w) => w * (profile ? jitter(rng) : 1));
    const [upheld = 0, corrected = 0, other = 0, pending = 0] = multinomial(rng, total, split);
    table[group] = { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
  }
  return table;
}

// ─── Section 二 ─────────────────────────────────────────────────────────────────────────────────────

const DECISIONS: Record<ActiveRowKey, Record<Scale, readonly [number, number]>> = {
  licensing: { tiny: [0, 120], small: [5, 4000], medium: [200, 60000], large: [5000, 500000] },
  otherServices: { tiny: [0, 60], small: [0, 800], medium: [10, 9000], large: [100, 90000] },
  penalties: { tiny: [0, 40], small: [0, 900], medium: [20, 9000], large: [500, 4000000] },
  coercion: { tiny: [0, 5], small: [0, 60], medium: [0, 600], large: [10, 90000] },
  regulations: { tiny: [0, 0], small: [0, 0], medium: [0, 0], large: [0, 6] },
  normativeDocuments: { tiny: [0, 3], small: [0, 12], medium: [0, 30], large: [0, 60] },
  fees: { tiny: [0, 3], small: [0, 20], medium: [0, 60], large: [0, 200] },
  procurement: { tiny: [0, 5], small: [0, 40], medium: [0, 200], large: [10, 900] },
};
const ZERO_DECISIONS: Record<Scale, number> = { tiny: 0.6, small: 0.25, medium: 0.1, large: 0.02 };

function active2021(rng: Rng, agency: AgencyInfo, money: Record<string, string>): ActiveTable {
  const s = agency.scale;
  const docs = (row: ActiveRowKey) => {
    if (row === 'regulations' && !makesRegulations(agency)) return { issued: 0, repealed: 0, inForce: 0 };
    const issued = sized(rng, s, DECISIONS[row], 0.4);
    const repealed = sized(rng, s, DECISIONS[row], 0.6);
    const inForce = issued + sized(rng, s, { tiny: [0, 12], small: [0, 60], medium: [5, 200], large: [10, 400] }, row === 'regulations' ? 0 : 0.2);
    return { issued, repealed, inForce };
  };
  const decisions = (row: ActiveRowKey) => ({ decisions: sized(rng, s, DECISIONS[row], ZERO_DECISIONS[s]) });
  const amount = moneyText(rng, s);
  money['active.fees.amount'] = amount;
  return {
    regulations: docs('regulations'),
    normativeDocuments: docs('normativeDocuments'),
    licensing: decisions('licensing'),
    penalties: decisions('penalties'),
    coercion: decisions('coercion'),
    fees: { amount: Number(amount) },
  };
}

function active2019(rng: Rng, agency: AgencyInfo, money: Record<string, string>): ActiveTable {
  const s = agency.scale;
  const docs = (row: ActiveRowKey) => {
    if (row === 'regulations' && !makesRegulations(agency)) return { newlyMade: 0, newlyPublished: 0, totalPublished: 0 };
    const newlyMade = sized(rng, s, DECISIONS[row], 0.4);
    const newlyPublished = rng.chance(0.8) ? newlyMade : Math.round(newlyMade * rng.next());
    const totalPublished = newlyPublished + sized(rng, s, { tiny: [0, 10], small: [0, 50], medium: [5, 150], large: [10, 300] }, 0.3);
    return { newlyMade, newlyPublished, totalPublished };
  };
  const items = (row: ActiveRowKey, withDecisions: boolean) => {
    const previousCount = sized(rng, s, { tiny: [0, 8], small: [0, 40], medium: [5, 300], large: [20, 1500] }, ZERO_DECISIONS[s]);
    const change = rng.chance(0.5) ? 0 : rng.int(-Math.min(previousCount, 12), 15);
    const cells: Partial<Record<ActiveColumnKey, number>> = { previousCount, change };
    if (withDecisions) cells.decisions = sized(rng, s, DECISIONS[row], ZERO_DECISIONS[s]);
    return cells;
  };
  const projects = sized(rng, s, DECISIONS.procurement, ZERO_DECISIONS[s]);
  const amount = projects === 0 ? '0' : moneyText(rng, s === 'tiny' ? 'small' : s, false);
  money['active.procurement.amount'] = amount;
  return {
    regulations: docs('regulations'),
    normativeDocuments: docs('normativeDocuments'),
    licensing: items('licensing', true),
    otherServices: items('otherServices', true),
    penalties: items('penalties', true),
    coercion: items('coercion', true),
    fees: items('fees', false),
    procurement: { projects, amount: Number(amount) },
  };
}

/** Only governments of cities and provinces make 规章. */
function makesRegulations(agency: AgencyInfo): boolean {
  return agency.scale === 'large' && /(市|省)人民政府$/.test(agency.name);
}

const MONEY: Record<Scale, readonly [number, number]> = { tiny: [0, 20], small: [0, 600], medium: [1, 20000], large: [100, 200000] };

/** A decimal amount as printed: 0 to 4 decimals, trailing zeros kept ('12.50'). */
export function moneyText(rng: Rng, scale: Scale, mayBeZero = true): string {
  if (mayBeZero && rng.chance(scale === 'tiny' ? 0.85 : scale === 'small' ? 0.4 : 0.1)) return '0';
  const whole = sized(rng, scale, MONEY);
  const decimals = rng.weighted([
    [0, 3],
    [1, 1],
    [2, 3],
    [3, 1],
    [4, 1],
  ] as const);
  if (decimals === 0) return String(Math.max(whole, mayBeZero ? 0 : 1));
  let frac = '';
  for (let i = 0; i < decimals; i++) frac += String(rng.int(0, 9));
  if (whole === 0 && /^0+$/.test(frac)) frac = frac.slice(0, -1) + String(rng.int(1, 9));
  return `${whole}.${frac}`;
}
