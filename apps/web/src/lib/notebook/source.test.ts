import { describe, expect, it } from 'vitest';
import { t } from '../../i18n/messages';
import { chinaDay, sourceLine } from './source';

const zh = t('zh').notebooks.embed;
const en = t('en').notebooks.embed;

describe('source line', () => {
  it('dates the data by the latest ingest, in China time', () => {
    expect(chinaDay('2026-11-21T17:30:00.000Z')).toBe('2026-11-22');
    const data = { status: { years: [2019, 2025], lastIngestedAt: '2026-11-21T03:00:00.000Z' } };
    expect(sourceLine(data, 'zh', zh)).toBe('数据来源：公开 · 政府信息公开工作年度报告 · 数据截至 2026年11月21日');
    expect(sourceLine(data, 'en', en)).toBe('Source: Gongkai · annual government information disclosure reports · data as of 21 November 2026');
  });

  it('falls back to the report years, then to the source alone', () => {
    expect(sourceLine({ status: { years: [2019, 2020, 2025], lastIngestedAt: null } }, 'zh', zh)).toBe(
      '数据来源：公开 · 政府信息公开工作年度报告 · 报告年度 2019–2025年',
    );
    expect(sourceLine(null, 'zh', zh)).toBe('数据来源：公开 · 政府信息公开工作年度报告');
  });
});
