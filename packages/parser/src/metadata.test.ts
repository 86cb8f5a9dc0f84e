import { describe, expect, it } from 'vitest';
import { agencyFromTitle } from './metadata.ts';

describe('agencyFromTitle', () => {
  it.each([
    ['桐柏县淮源镇人民政府2023年政府信息公开工作年度报告', '桐柏县淮源镇人民政府', 2023],
    ['### 大峪镇人民政府 2020 年政府信息公开工作年度报告', '大峪镇人民政府', 2020],
    ['海通乡2022年政府信息公开工作年度报告', '海通乡', 2022],
    ['2023年濮阳县人民政府政府信息公开工作年度报告', '濮阳县人民政府', 2023],
    ['2023年濮阳县人民政府信息公开工作年度报告', '濮阳县人民政府', 2023],
    ['郑州市生态环境局关于2024年度政府信息公开工作的年度报告', '郑州市生态环境局', 2024],
    ['洪泽区人民政府2023年度政府信息公开工作年度报告', '洪泽区人民政府', 2023],
    ['大刘庄镇人民政府信息公开工作年度报告', '大刘庄镇人民政府', null],
    ['北京市朝阳区人民政府二〇二三年政府信息公开工作年度报告', '北京市朝阳区人民政府', 2023],
    ['淮安市人民政府2024年政府信息公开工作年度报告_淮安市人民政府网', '淮安市人民政府', 2024],
    ['关于2023年度濮阳县人民政府政府信息公开工作年度报告', '濮阳县人民政府', 2023],
    ['关于濮阳县2023年政府信息公开工作年度报告', '濮阳县', 2023],
    ['2023年度政府信息公开工作年度报告', null, 2023],
    ['濮阳县人民政府办公室2023年政府信息公开年报', '濮阳县人民政府办公室', 2023],
    ['海通鄉2022年政府信息公開工作年度報告', '海通鄉', 2022],
  ])('%s', (title, agency, year) => {
    expect(agencyFromTitle(title)).toEqual({ agency, year });
  });
});

describe('findTitle', () => {
  it('joins a title wrapped after the agency, stray marks at the line’s end and all (as OCR leaves them)', async () => {
    const { findTitle } = await import('./metadata.ts');
    const { findRegions } = await import('./regions.ts');
    const { tokenizeText } = await import('./tokenize.ts');
    const { rows } = tokenizeText('当前位置：首页 > 政务公开\n郑州市卫生健康委员会 . |\n2023年政府信息公开工作年度报告 .\n一、总体情况\n本年度……\n');
    expect(findTitle(rows, findRegions(rows))).toMatchObject({ agency: '郑州市卫生健康委员会', year: 2023 });
  });
});
