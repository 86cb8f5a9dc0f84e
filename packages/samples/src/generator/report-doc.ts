import type { SectionKey } from '@gongkai/schema/report';
import { activeTables, applicationsTable, reviewTable } from './grid.ts';
import type { GridTable } from './grid.ts';
import { chooseLabelStyle, punct, sectionHeading } from './labels.ts';
import type { LabelStyle } from './labels.ts';
import { otherMatterBlocks, overviewBlocks, preamble, problemBlocks } from './narrative.ts';
import type { NarrativeBlock } from './narrative.ts';
import type { Rng } from './rng.ts';
import type { Facts } from './truth.ts';

// A whole report before layout: title, sections with narrative and tables, signature. The layouts
// differ only in how they print this.

export type DocBlock = NarrativeBlock | { kind: 'table'; table: GridTable };

export interface DocSection {
  key: SectionKey;
  heading: string;
  blocks: DocBlock[];
}

export interface ReportDoc {
  facts: Facts;
  style: LabelStyle;
  /** One line, or two (agency, then year and report words). */
  title: string[];
  preamble: string | null;
  sections: DocSection[];
  /** The signing lines at the end; date present exactly when truth.publishedOn is. */
  signature: { agency: string | null; date: string | null; issued?: string } | null;
  /** Crawler or site lines saved above the title (标题：…, 当前位置：…); not part of the report. */
  chrome?: string[];
}

export function buildReportDoc(facts: Facts, rng: Rng): ReportDoc {
  const style = chooseLabelStyle(rng.fork('labels'));
  const text = rng.fork('text');
  const p = (blocks: NarrativeBlock[]): DocBlock[] => blocks.map((b) => ({ ...b, text: punct(b.text, style) }));
  const sections: DocSection[] = [
    { key: 'overview', heading: sectionHeading('overview', style, rng), blocks: p(overviewBlocks(text, facts)) },
    { key: 'active', heading: sectionHeading('active', style, rng), blocks: activeTables(facts, style).map((table) => ({ kind: 'table', table })) },
    { key: 'applications', heading: sectionHeading('applications', style, rng), blocks: [{ kind: 'table', table: applicationsTable(facts, style) }] },
    { key: 'review', heading: sectionHeading('review', style, rng), blocks: [{ kind: 'table', table: reviewTable(facts) }] },
    { key: 'problems', heading: sectionHeading('problems', style, rng), blocks: p(problemBlocks(text, facts)) },
    { key: 'otherMatters', heading: sectionHeading('otherMatters', style, rng), blocks: p(otherMatterBlocks(text, facts)) },
  ];
  const pre = preamble(text, facts);
  return {
    facts,
    style,
    title: titleLines(rng, facts.truth.agency, facts.truth.year),
    preamble: pre === null ? null : punct(pre, style),
    sections,
    signature: signature(rng, facts),
  };
}

export function titleLines(rng: Rng, agency: string, year: number): string[] {
  return rng.weighted<string[]>([
    [[`${agency}${year}年政府信息公开工作年度报告`], 5],
    [[`${agency}${year}年度政府信息公开工作年度报告`], 2],
    [[agency, `${year}年政府信息公开工作年度报告`], 3],
    [[`${year}年${agency}政府信息公开工作年度报告`], 1.5],
    [[`${agency}关于${year}年度政府信息公开工作的年度报告`], 1],
  ]);
}

function signature(rng: Rng, facts: Facts): ReportDoc['signature'] {
  const iso = facts.truth.publishedOn;
  if (iso === null) return rng.chance(0.3) ? { agency: facts.truth.agency, date: null } : null;
  return { agency: rng.chance(0.85) ? facts.truth.agency : null, date: dateText(rng, iso) };
}

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function cnNumber(n: number): string {
  if (n <= 10) return n === 10 ? '十' : CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

/** A signing date as printed: 2024年1月15日, 2024年01月15日 or 二〇二四年一月十五日. */
export function dateText(rng: Rng, iso: string): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  const month = Number(m);
  const day = Number(d);
  return rng.weighted([
    [`${y}年${month}月${day}日`, 6],
    [`${y}年${m}月${d}日`, 1],
    [`${[...y].map((ch) => CN_DIGITS[Number(ch)]).join('')}年${cnNumber(month)}月${cnNumber(day)}日`, 2],
  ] as const);
}
