import type { Diagnostic } from '@gongkai/schema/report';
import { DIAGNOSTIC_CODES } from '@gongkai/schema/diagnostics';
import type { Cell, Row } from './document.ts';
import { compact, compactAsPrinted, toSimplified } from './labels.ts';
import type { Regions } from './regions.ts';

// Title → agency and year; the end of the report → the signing date.

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 二〇二三 → 2023 (digit by digit, as years are written). */
function chineseYear(s: string): number | null {
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d === undefined || d > 9) return null;
    n = n * 10 + d;
  }
  return n >= 1990 && n <= 2100 ? n : null;
}

/** 十二 → 12, 三十一 → 31, 五 → 5. */
function chineseSmall(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[一二三四五六七八九十〇零]+$/.test(s)) return null;
  if (!s.includes('十')) return CN_DIGITS[s] ?? null;
  const [tens, ones] = s.split('十');
  return (tens ? CN_DIGITS[tens]! : 1) * 10 + (ones ? CN_DIGITS[ones]! : 0);
}

const YEAR = /((?:19|20)\d{2}|[二][〇零○O][一二三四五六七八九〇零○O]{2})\s*年\s*度?/;

function yearOf(text: string): number | null {
  const m = YEAR.exec(text);
  if (!m) return null;
  return /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseYear(m[1]!);
}

const REPORT_WORDS = /(?:政府|政务)?信息公开(?:工作)?的?(?:年度)?(?:报告|年报)|政务公开(?:工作)?(?:年度)?报告/;
const AGENCY_END = /(?:人民政府|政府|办事处|街道|委员会|办公室|局|厅|委|院|署|会|中心|乡|镇|区|县|市|州|盟|旗|所|站|队|处|馆|社|部)$/;

export interface TitleInfo {
  agency: string | null;
  year: number | null;
  line?: number;
}

/** The agency is what the title names before the year (or between the year and the report words). */
export function agencyFromTitle(title: string): TitleInfo {
  // Work on the simplified text; return the agency in the characters the report printed.
  const clean = (x: string) =>
    stripChrome(x)
      .replace(/[《》“”"]/g, '')
      .replace(/[_|－—-].*?(?:网|门户|网站|政府网).*$/, '');
  const printed = clean(compactAsPrinted(title));
  const t = clean(compact(title));
  const report = REPORT_WORDS.exec(t);
  if (!report) return { agency: null, year: yearOf(t) };
  const year = yearOf(t);
  const beforeReport = t.slice(0, report.index);
  const ym = YEAR.exec(beforeReport);
  const swallowed = /^政府/.test(t.slice(report.index));
  const spans: [number, number][] = [];
  if (ym) spans.push([0, ym.index], [ym.index + ym[0].length, report.index]);
  else spans.push([0, report.index]);
  for (const [from, to] of spans) {
    let [a, b] = trimSpan(t, from, to);
    // “2023年XX县人民政府信息公开…”: the report words swallowed the agency's own 政府.
    if (b === report.index && /人民$/.test(t.slice(a, b)) && swallowed) b += 2;
    if (b - a >= 2) return { agency: printed.length === t.length ? printed.slice(a, b) : t.slice(a, b), year };
  }
  return { agency: null, year };
}

/** What a crawler or a site prints before a title: 标题：, 【标题】, 文章标题： … */
const TITLE_LABEL = /^(?:【\s*(?:标题|题目|文章标题)\s*】|(?:文章)?(?:标题|题目|名称)\s*[:：])\s*/;
/** Site chrome that is never the title: breadcrumbs, font switches, print links, view counters. */
const CHROME_LINE =
  /^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|位置)\s*[:：]|^(?:网站)?首页\s*[>＞»›/]|^(?:全真版|文字版|【?字体|打印本页|关闭窗口|浏览次数|访问量|分享到|来源\s*[:：]|发布(?:时间|日期)\s*[:：]|信息来源|索引号|文号\s*[:：]|发布机构|主题分类)/;

/** A title without the label a crawler put before it. */
export function stripChrome(text: string): string {
  return text.replace(TITLE_LABEL, '');
}

const REPORT_WORDS_ALL = new RegExp(REPORT_WORDS.source, 'g');
/** Pieces of site chrome in compact text; a title starts after the last of them. */
const CHROME_MARKERS = /(?:标题|题目|名称|当前位置|您的位置|您现在的位置|所在位置)[:：]|】|打印本页|关闭窗口|全真版|文字版|首页/g;

function chromeEnd(compactText: string): number {
  let end = 0;
  for (const m of compactText.matchAll(CHROME_MARKERS)) end = m.index + m[0].length;
  return end;
}

/** An agency name made of chrome or of report words is not one. */
function plausibleAgency(agency: string): boolean {
  return !/当前位置|首页|标题|字体|打印|来源|发布时间|全真版|文字版|浏览/.test(agency) && !/^(?:政务公开|信息公开|政府信息公开)$/.test(agency);
}

export function isChromeLine(compactText: string): boolean {
  return CHROME_LINE.test(compactText);
}

/** Drops 关于 / numbering in front and 的 / 度 behind, keeping positions. */
function trimSpan(t: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  const head = /^(?:关于|公开|\d+[、.]|[（(][^)）]*[)）])/.exec(t.slice(a, b));
  if (head) a += head[0].length;
  const tail = /(?:关于|的|度)$/.exec(t.slice(a, b));
  if (tail) b -= tail[0].length;
  return [a, b];
}

function rowText(row: Row): string {
  return row.cells.map((c) => c.text).join('');
}

const TITLE_CELLS = 400;

const TRAILING_MARKS = /[\s.,，。、|｜:：;；'"`·_\-—]+$/;

export function findTitle(rows: Row[], regions: Regions): TitleInfo {
  // Title lines: the cells before the first section, joined by row; without any, the first rows.
  // The title is near the top: a region without headings may hold the whole text, so look at its start.
  const placed = (regions.title.length > 0 ? regions.title : rows.slice(0, 8).flatMap((r, row) => r.cells.map((cell, index) => ({ cell, row, index })))).slice(
    0,
    TITLE_CELLS,
  );
  const cells: Cell[] = [];
  const raws: string[] = [];
  for (const [k, p] of placed.entries()) {
    const last = placed[k - 1];
    // Words of a line laid out by spaces belong together; cells of a real table row do not.
    if (last && last.row === p.row && !rows[p.row]?.tabular) raws[raws.length - 1] += p.cell.text;
    else {
      cells.push(p.cell);
      raws.push(p.cell.text);
    }
  }
  const texts = raws.map(compact);
  for (let i = 0; i < cells.length; i++) {
    const t = texts[i]!;
    // compact() keeps lengths, so indices into t are indices into the text as printed.
    const asPrinted = compactAsPrinted(raws[i]!);
    // A title line may follow crawler chrome on the same line (a flattened page runs it all together):
    // each report-words match ends a candidate title that starts after the last piece of chrome.
    let from = 0;
    for (const m of t.matchAll(REPORT_WORDS_ALL)) {
      const end = m.index + m[0].length;
      const start = from + chromeEnd(t.slice(from, m.index));
      from = end;
      // A flattened page runs the title into the first paragraph: the title ends with the report words.
      if (end - start > 120) continue;
      const printed = asPrinted.slice(start, end);
      let info = agencyFromTitle(printed);
      if (info.agency && !plausibleAgency(info.agency)) continue;
      // “信息公开工作年度报告” on its own line: the agency is on a line just above.
      if (!info.agency) {
        for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
          // Stray marks after the name (OCR's “ . |”) are not part of it.
          const above = texts[k]!.replace(TRAILING_MARKS, '');
          if (!above || isChromeLine(above) || isChromeLine(raws[k]!.trim())) continue;
          if (above.length <= 40 && AGENCY_END.test(above.replace(YEAR, ''))) {
            info = agencyFromTitle(compactAsPrinted(raws[k]!).replace(TRAILING_MARKS, '') + printed);
            if (!info.agency) info = { agency: above.replace(YEAR, '') || null, year: info.year ?? yearOf(above) };
            break;
          }
        }
      }
      return { ...info, line: cells[i]!.line };
    }
  }
  return { agency: null, year: null };
}

/** The statistics period or the first year in the body, when the title gives none. */
export function yearFromBody(rows: Row[], regions: Regions): number | null {
  const texts = [...regions.title, ...regions.overview].map((p) => compact(p.cell.text));
  for (const t of texts) {
    const m = /统计(?:期限|时段|时间|区间)?.{0,6}?((?:19|20)\d{2})年1月1日/.exec(t);
    if (m) return Number(m[1]);
  }
  for (const t of texts) {
    const y = yearOf(t);
    if (y) return y;
  }
  return null;
}

const DATE_LINE =
  /^(.{0,40}?)((?:19|20)\d{2}|[二][〇零○O][一二三四五六七八九〇零○O]{2})\s*[年./-]\s*([0-9一二三四五六七八九十]{1,3})\s*[月./-]\s*([0-9一二三四五六七八九十]{1,3})\s*日?$/;

function parseDate(m: RegExpExecArray): string | null {
  const y = /^\d+$/.test(m[2]!) ? Number(m[2]) : chineseYear(m[2]!);
  const mo = chineseSmall(m[3]!);
  const d = chineseSmall(m[4]!);
  if (!y || !mo || !d || mo > 12 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A flattened page ends “…无。XX镇人民政府2023年1月14日”: the signature follows the last full stop, and
 * may itself be followed by a 印发 line; the signature is the first dated agency there not marked 印发.
 */
function afterLastSentence(text: string): string {
  const i = Math.max(text.lastIndexOf('。'), text.lastIndexOf('；'), text.lastIndexOf('！'));
  const tail = i >= 0 ? text.slice(i + 1) : text.slice(-60);
  const date = new RegExp(DATE_LINE.source.slice(1, -1), 'g');
  for (let m = date.exec(tail); m; m = date.exec(tail)) {
    const end = m.index + m[0].length;
    if (/^(?:印发|发布|起|至|止)/.test(tail.slice(end))) continue;
    return tail.slice(0, end);
  }
  return tail;
}

export interface PublishedOn {
  date: string | null;
  /** Where the date came from: the signature under the report, or the page's publication line. */
  from: 'signature' | 'page' | null;
}

/**
 * The signing date stands on its own line at the end (after the body of section 六), under the agency;
 * a 印发 line or the page's publication time may disagree and never win over it. Without a signature
 * date, the page's 发布日期 / 发布时间 is the fallback, and says so.
 */
export function findPublishedOn(rows: Row[], regions: Regions): PublishedOn {
  const tail = regions.otherMatters.length > 0 ? regions.otherMatters : regions.problems;
  const tailRows = [...new Set(tail.map((p) => p.row))];
  for (let i = tailRows.length - 1; i >= Math.max(0, tailRows.length - 12); i--) {
    const text = compact(rowText(rows[tailRows[i]!]!));
    for (const candidate of [text, afterLastSentence(text)]) {
      const m = DATE_LINE.exec(candidate);
      if (m && (m[1] === '' || AGENCY_END.test(m[1]!))) {
        const date = parseDate(m);
        if (date) return { date, from: 'signature' };
      }
    }
  }
  // The page's own publication line: 发布日期 before 成文日期 before 印发日期.
  // Lines of the title region, joined (a flattened page cuts a date into several cells).
  const lines = new Map<number, string>();
  for (const p of regions.title) lines.set(p.row, (lines.get(p.row) ?? '') + p.cell.text);
  const stamp = /(发布|成文|印发)(?:日期|时间)[:：]?((?:19|20)\d{2})[-年./](\d{1,2})[-月./](\d{1,2})/g;
  const dated = [...lines.values()].flatMap((line) => [...compact(line).matchAll(stamp)]);
  const rank = (m: RegExpMatchArray) => ['发布', '成文', '印发'].indexOf(m[1]!);
  const best = dated.sort((a, b) => rank(a) - rank(b))[0];
  if (best) {
    const month = Number(best[3]);
    const day = Number(best[4]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return { date: `${best[2]}-${best[3]!.padStart(2, '0')}-${best[4]!.padStart(2, '0')}`, from: 'page' };
  }
  return { date: null, from: null };
}

export function metadataDiagnostics(info: TitleInfo, yearFromText: boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!info.agency)
    out.push({
      code: 'AGENCY_NOT_FOUND',
      severity: DIAGNOSTIC_CODES.AGENCY_NOT_FOUND.severity,
      path: 'agency',
      message: '标题中未找到机关名称 / no agency name in the title',
    });
  if (!info.year)
    out.push({ code: 'YEAR_NOT_FOUND', severity: DIAGNOSTIC_CODES.YEAR_NOT_FOUND.severity, path: 'year', message: '未找到报告年度 / report year not found' });
  else if (yearFromText)
    out.push({
      code: 'YEAR_FROM_TEXT',
      severity: DIAGNOSTIC_CODES.YEAR_FROM_TEXT.severity,
      path: 'year',
      message: `标题无年度，取正文中的 ${info.year} 年 / year ${info.year} taken from the body`,
    });
  return out;
}

export { toSimplified };
