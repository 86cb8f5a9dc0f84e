import { APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_RESULTS, SECTIONS } from '@gongkai/schema/report';
import type { ApplicationRowKey, SectionKey, Template } from '@gongkai/schema/report';
import type { Rng } from './rng.ts';

// The printed labels of one report: the official ones of the format, with the variation real reports
// show (ASCII or full-width punctuation, 1. or 1、, known misprints and wording variants).

export interface LabelStyle {
  /** （一） and ， (full width) or (一) and , (ASCII). */
  fullWidth: boolean;
  /** A space after the closing parenthesis: '(一) 予以公开'. */
  parenSpace: boolean;
  itemSep: '.' | '、' | '. ';
  /** 其他法律法规禁止公开 instead of 其他法律行政法规禁止公开. */
  lawVariant: boolean;
  /** 总记 for 总计 in the row （七）总计. */
  totalMisprint: boolean;
  quotes: '“”' | '""';
  /** 2019 reports print 规范性文件; a few print the 2021 label. */
  normative2019: '规范性文件' | '行政规范性文件';
  /** 第二十条 第（一）项 with a space. */
  articleSpace: boolean;
  feeDecimalsNote: boolean;
  procurementUnit: boolean;
  /** Positive 本年增/减 printed with '+'. */
  plusSign: boolean;
  cornerParens: boolean;
  /** Section headings spaced out: '三 、收 到 和 处 理 ...'. */
  spacedHeadings: boolean;
}

export function chooseLabelStyle(rng: Rng): LabelStyle {
  const fullWidth = rng.chance(0.65);
  return {
    fullWidth,
    parenSpace: !fullWidth && rng.chance(0.5),
    itemSep: rng.weighted([
      ['.', 6],
      ['、', 2],
      ['. ', 1],
    ] as const),
    lawVariant: rng.chance(0.15),
    totalMisprint: rng.chance(0.06),
    quotes: rng.chance(0.8) ? '“”' : '""',
    normative2019: rng.chance(0.85) ? '规范性文件' : '行政规范性文件',
    articleSpace: rng.chance(0.15),
    feeDecimalsNote: rng.chance(0.15),
    procurementUnit: rng.chance(0.3),
    plusSign: rng.chance(0.3),
    cornerParens: rng.chance(0.9),
    spacedHeadings: rng.chance(0.1),
  };
}

/** ASCII punctuation for the full-width kind, as OCR and PDF converters print it. */
export function asciiPunct(text: string): string {
  return text.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';');
}

export function punct(text: string, style: LabelStyle): string {
  return style.fullWidth ? text : asciiPunct(text);
}

/** '三 、收 到 和 处 理': spaces between some characters, as a PDF with letter spacing gives. */
export function spaceOut(text: string, rng: Rng): string {
  return [...text].map((ch, i) => (i > 0 && rng.chance(0.6) ? ` ${ch}` : ch)).join('');
}

function numbering(n: string, style: LabelStyle): string {
  const paren = /^（(.+)）$/.exec(n);
  if (paren) return punct(`（${paren[1]}）`, style) + (style.parenSpace ? ' ' : '');
  const item = /^(\d+)\.$/.exec(n);
  if (item) return `${item[1]}${style.itemSep}`;
  return n;
}

export function applicationLabel(row: ApplicationRowKey, style: LabelStyle): string {
  const spec = APPLICATION_ROWS.find((r) => r.key === row);
  if (!spec) throw new Error(`unknown row ${row}`);
  let zh = spec.label.zh;
  if (row === 'deniedLawProhibited' && style.lawVariant) zh = '其他法律法规禁止公开';
  if (row === 'totalProcessed' && style.totalMisprint) zh = '总记';
  if (style.quotes === '""') zh = zh.replace(/[“”]/g, '"');
  return numbering(spec.numbering, style) + punct(zh, style);
}

export const OUTCOME_GROUP_LABELS = {
  denied: '（三）不予公开',
  unable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  other: '（六）其他处理',
} as const;

export function groupLabel(text: string, style: LabelStyle): string {
  const m = /^（(.)）(.+)$/.exec(text);
  return m ? numbering(`（${m[1]}）`, style) + m[2] : text;
}

export const RESULTS_GROUP = '三、本年度办理结果';

export function cornerLabel(style: LabelStyle): string {
  const text = '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和';
  return punct(style.cornerParens ? `（${text}）` : text, style);
}

export function applicantLabels(): { naturalPerson: string; orgGroup: string; orgs: string[]; total: string } {
  return {
    naturalPerson: APPLICANT_COLUMNS.naturalPerson.zh,
    orgGroup: '法人或其他组织',
    orgs: [
      APPLICANT_COLUMNS.commercial.zh,
      APPLICANT_COLUMNS.research.zh,
      APPLICANT_COLUMNS.publicInterest.zh,
      APPLICANT_COLUMNS.legalService.zh,
      APPLICANT_COLUMNS.otherOrg.zh,
    ],
    total: APPLICANT_COLUMNS.total.zh,
  };
}

export const REVIEW_RESULT_LABELS = [
  REVIEW_RESULTS.upheld.zh,
  REVIEW_RESULTS.corrected.zh,
  REVIEW_RESULTS.other.zh,
  REVIEW_RESULTS.pending.zh,
  REVIEW_RESULTS.total.zh,
];

export function articleLabel(item: string, style: LabelStyle): string {
  return punct(`第二十条${style.articleSpace ? ' ' : ''}第${item}项`, style);
}

/** Column headers of the section 二 sub-tables, by format. */
export function activeHeaders(template: Template, style: LabelStyle) {
  const fee = `本年收费金额（单位：万元${style.feeDecimalsNote ? '，保留4位小数' : ''}）`;
  return template === '2021'
    ? { documents: ['本年制发件数', '本年废止件数', '现行有效件数'], decisions: ['本年处理决定数量'], fees: [punct(fee, style)] }
    : {
        documents: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
        decisions: ['上一年项目数量', '本年增/减', '处理决定数量'],
        fees: ['上一年项目数量', '本年增/减'],
        procurement: ['采购项目数量', punct(style.procurementUnit ? '采购总金额（万元）' : '采购总金额', style)],
      };
}

export function sectionHeading(key: SectionKey, style: LabelStyle, rng: Rng): string {
  const s = SECTIONS.find((x) => x.key === key);
  if (!s) throw new Error(`unknown section ${key}`);
  const text = `${s.numeral}、${s.zh}`;
  return style.spacedHeadings && rng.chance(0.5) ? spaceOut(text, rng) : text;
}
