import type { SectionKey } from '@gongkai/schema/report';
import type { Cell, Row } from './document.ts';
import { compact } from './labels.ts';

// Which section each cell belongs to, from the section headings, falling back to the tables' own
// landmarks where a heading is missing or garbled.

export interface PlacedCell {
  cell: Cell;
  row: number;
  /** Index of the cell in its row. */
  index: number;
}

export type Regions = Record<SectionKey | 'title', PlacedCell[]>;

const ORDER: (SectionKey | 'title')[] = ['title', 'overview', 'active', 'applications', 'review', 'problems', 'otherMatters'];

const NUM = (n: string, d: string) => `^(?:${n}|${d}|[（(]${n}[）)])?[、.，,：:]?`;
const HEADINGS: Record<SectionKey, RegExp> = {
  overview: new RegExp(`${NUM('一', '1')}(?:工作)?(?:总体|基本|整体)情况`),
  active: new RegExp(`${NUM('二', '2')}主动公开(?:政府)?信息(?:的)?情况`),
  applications: new RegExp(`${NUM('三', '3')}收到(?:和|及|与)?处理政府信息公开申请(?:的)?情况`),
  review: new RegExp(`${NUM('四', '4')}(?:政府信息公开)?(?:行政复议|复议)[、,，和及与]?(?:行政诉讼|诉讼)(?:情况)?`),
  // Or under another numeral (OCR reads 五 as 四; some reports renumber): 存在的主要问题 names it alone.
  problems: new RegExp(`${NUM('五', '5')}(?:存在的?)?(?:主要)?问题(?:及|和|与)?(?:改进)?(?:情况|措施)?|${NUM('[一二三四六七]', '[1-47]')}存在的?主要问题`),
  otherMatters: new RegExp(`${NUM('六', '6')}其他需要报告的?事项`),
};

/** Landmarks inside the tables, used when a heading did not come through. */
const LANDMARKS: Partial<Record<SectionKey, RegExp>> = {
  active: /^第二十条第/,
  applications: /本列数据的勾稽关系|^申请人情况|^一[、.]?本年新收/,
};

/** `c` is the compact text of a cell or row. */
function headingAt(c: string, key: SectionKey): boolean {
  const m = HEADINGS[key].exec(c);
  if (!m) return false;
  // A numbered heading (四、…) is one wherever it stands; an unnumbered one must be the whole line,
  // or a wrapped sentence that happens to start “复议和行政诉讼…” would open a section.
  const numbered = /^[（(]?[一二三四五六1-6]/.test(c);
  if (!numbered && (c.length > m[0].length + 6 || /[。；，]$/.test(c))) return false;
  if (key === 'problems') return /存在/.test(c.slice(0, 12)) || /^[五5]/.test(c);
  return true;
}

/** Characters every heading or landmark contains: cells without any of them need no closer look. */
const MAYBE_LANDMARK = /[况项题条列申收转复況項題條轉複復]/;

export function findRegions(rows: Row[]): Regions {
  const regions: Regions = { title: [], overview: [], active: [], applications: [], review: [], problems: [], otherMatters: [] };
  let current = 0;
  let seenCarriedForward = false;
  const advanceTo = (key: SectionKey | 'title') => {
    current = Math.max(ORDER.indexOf(key), 0);
  };
  /** `c`: compact text. Every heading names 情况, 事项 or 问题; most cells are numbers and labels. */
  const headingIn = (c: string) => {
    if (!/情况|事项|问题/.test(c)) return null;
    const text = c;
    for (let k = current + 1; k < ORDER.length; k++) {
      const key = ORDER[k] as SectionKey;
      if (headingAt(text, key)) return key;
    }
    // A numbered heading of an earlier section overrules an unnumbered one we took for a heading.
    if (/^[一二三四五六][、.]/.test(text)) {
      for (let k = 1; k < current; k++) {
        const key = ORDER[k] as SectionKey;
        if (headingAt(text, key)) return key;
      }
    }
    return null;
  };
  rows.forEach((row, r) => {
    // Spaced-out headings (“二 、 主 动 公 开…”) arrive as many cells: read the row as a whole first.
    const joined = row.cells.length > 1 ? row.cells.map((c) => c.text).join('') : '';
    const rowText = joined.length <= 200 ? joined : '';
    const rowLandmark = rowText && MAYBE_LANDMARK.test(rowText) ? compact(rowText) : '';
    const rowHeading = rowLandmark ? headingIn(rowLandmark) : null;
    row.cells.forEach((cell, index) => {
      const text = cell.text;
      if (index === 0 && rowHeading) advanceTo(rowHeading);
      if (index === 0 && rowLandmark) {
        if (current <= ORDER.indexOf('overview') && LANDMARKS.active!.test(rowLandmark)) advanceTo('active');
        if (current <= ORDER.indexOf('active') && LANDMARKS.applications!.test(rowLandmark)) advanceTo('applications');
      }
      if (text && MAYBE_LANDMARK.test(text)) {
        const c = compact(text);
        const heading = headingIn(c);
        if (heading) advanceTo(heading);
        if (current <= ORDER.indexOf('overview') && LANDMARKS.active!.test(c)) advanceTo('active');
        if (current <= ORDER.indexOf('active') && LANDMARKS.applications!.test(c)) advanceTo('applications');
        if (ORDER[current] === 'applications') {
          if (/结转下年度/.test(c)) seenCarriedForward = true;
          else if (seenCarriedForward && /^行政复议/.test(c)) advanceTo('review');
        }
      }
      // A report without 一、总体情况 starts its narrative right after the title.
      if (ORDER[current] === 'title' && r > 0 && text.length > 60) advanceTo('overview');
      regions[ORDER[current]!].push({ cell, row: r, index });
    });
  });
  return regions;
}
