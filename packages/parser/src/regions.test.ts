import type { SectionKey } from '@gongkai/schema/report';
import { describe, expect, it } from 'vitest';
import { findRegions } from './regions.ts';
import type { Regions } from './regions.ts';
import { tokenizeText } from './tokenize.ts';

const regionsOf = (text: string) => findRegions(tokenizeText(text).rows);

/** The region holding the cell that reads `text` exactly. */
function regionOf(regions: Regions, text: string): SectionKey | 'title' | undefined {
  return (Object.keys(regions) as (keyof Regions)[]).find((key) => regions[key].some((p) => p.cell.text === text));
}

const TITLE = '某某镇人民政府2023年政府信息公开工作年度报告';

describe('findRegions: headings', () => {
  it.each<[string, SectionKey]>([
    ['一、总体情况', 'overview'],
    ['一、工作总体情况', 'overview'],
    ['1.基本情况', 'overview'],
    ['二、主动公开政府信息情况', 'active'],
    ['（二）主动公开政府信息情况', 'active'],
    ['二、主动公开信息的情况', 'active'],
    ['三、收到和处理政府信息公开申请情况', 'applications'],
    ['三、收到及处理政府信息公开申请的情况', 'applications'],
    ['四、政府信息公开行政复议、行政诉讼情况', 'review'],
    ['四、行政复议和行政诉讼情况', 'review'],
    ['五、存在的主要问题及改进情况', 'problems'],
    ['五、存在问题及改进措施', 'problems'],
    // OCR read 五 as 四: the words name the section alone.
    ['四存在的主要问题及改进情况', 'problems'],
    ['六、其他需要报告的事项', 'otherMatters'],
    // Markdown headings, traditional characters, a heading spaced out over many cells.
    ['### 三、收到和处理政府信息公开申请情况', 'applications'],
    ['四、政府信息公開行政復議、行政訴訟情況', 'review'],
    ['六、其他需要報告的事項', 'otherMatters'],
    ['三 、 收 到 和 处 理 政 府 信 息 公 开 申 请 情 况', 'applications'],
  ])('%s opens %s', (heading, key) => {
    const regions = regionsOf(`${TITLE}\n${heading}\n本节正文。\n`);
    expect(regionOf(regions, '本节正文。')).toBe(key);
    expect(regionOf(regions, TITLE)).toBe('title');
  });

  it('keeps every section in order, each with its own cells', () => {
    const text = [
      TITLE,
      '一、总体情况',
      '本年度主动公开政府信息120条。',
      '二、主动公开政府信息情况',
      '规章\t0\t0\t0',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3',
      '四、政府信息公开行政复议、行政诉讼情况',
      '0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      '五、存在的主要问题及改进情况',
      '信息更新不够及时。',
      '六、其他需要报告的事项',
      '无。',
    ].join('\n');
    const regions = regionsOf(text);
    expect(regionOf(regions, '本年度主动公开政府信息120条。')).toBe('overview');
    expect(regionOf(regions, '规章')).toBe('active');
    expect(regionOf(regions, '一、本年新收政府信息公开申请数量')).toBe('applications');
    expect(regions.review.map((p) => p.cell.text).slice(1)).toEqual(['0', '1', '0', '0', '1', ...Array(10).fill('0')]);
    expect(regionOf(regions, '信息更新不够及时。')).toBe('problems');
    expect(regionOf(regions, '无。')).toBe('otherMatters');
  });
});

describe('findRegions: tables whose heading did not come through', () => {
  it('finds section 二 by 第二十条, section 三 by its corner note, section 四 after 结转下年度', () => {
    const text = [
      TITLE,
      '一、总体情况',
      '本年度主动公开政府信息120条。',
      '第二十条第（一）项\t\t\t',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况',
      '一、\t本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3',
      '四、\t结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0',
      '行政复议\t\t\t\t\t行政诉讼',
      '0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
    ].join('\n');
    const regions = regionsOf(text);
    expect(regionOf(regions, '第二十条第（一）项')).toBe('active');
    expect(regionOf(regions, '规章')).toBe('active');
    expect(regionOf(regions, '本年新收政府信息公开申请数量')).toBe('applications');
    expect(regionOf(regions, '结转下年度继续办理')).toBe('applications');
    expect(regionOf(regions, '行政复议')).toBe('review');
  });

  it('opens the narrative right after the title where 一、总体情况 is not printed', () => {
    const paragraph = '根据《中华人民共和国政府信息公开条例》规定，现公布本镇2023年政府信息公开工作年度报告，统计期限为2023年1月1日至12月31日。';
    const regions = regionsOf(`${TITLE}\n${paragraph}\n`);
    expect(regionOf(regions, TITLE)).toBe('title');
    expect(regionOf(regions, paragraph)).toBe('overview');
  });
});

describe('findRegions: words that are not headings', () => {
  it.each([
    // A sentence of the narrative that starts with a heading's words.
    '复议和行政诉讼情况方面，本年度未发生因政府信息公开引起的行政复议和行政诉讼案件。',
    '主动公开政府信息情况良好，全年未发生泄密事件；',
    '存在的主要问题是信息更新不够及时，内容不够丰富，解读形式较为单一，今后将加以改进。',
  ])('%s stays in the overview', (sentence) => {
    const regions = regionsOf(`${TITLE}\n一、总体情况\n${sentence}\n`);
    expect(regionOf(regions, sentence)).toBe('overview');
  });

  it('lets a numbered heading of an earlier section overrule an unnumbered line taken for a later one', () => {
    const regions = regionsOf(`${TITLE}\n行政复议、行政诉讼情况\n二、主动公开政府信息情况\n规章\t0\t0\t0\n`);
    expect(regionOf(regions, '行政复议、行政诉讼情况')).toBe('review');
    expect(regionOf(regions, '规章')).toBe('active');
  });
});
