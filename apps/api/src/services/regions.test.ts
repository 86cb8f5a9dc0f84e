import { describe, expect, it } from 'vitest';
import type { StoredLevel } from '@gongkai/schema/measures';
import { agencyLevel, divisions, normaliseAgencyName, resolveAgency } from './regions.ts';

describe('normaliseAgencyName', () => {
  it.each([
    ['海通乡人民政府', '海通乡'],
    ['海通乡', '海通乡'],
    ['武陟县大封镇人民政府', '武陟县大封镇'],
    ['郑州市生态环境局', '郑州市生态环境局'],
    ['浙江省人民政府', '浙江省'],
    ['淮安市人民政府', '淮安市'],
    ['大峪镇政府', '大峪镇'],
    ['城关街道办事处', '城关街道'],
    ['新华街道办', '新华街道'],
    ['武陟县人民政府办公室', '武陟县人民政府办公室'],
    ['武陟县政府办公室', '武陟县人民政府办公室'],
    ['武陟县政府办', '武陟县人民政府办公室'],
    ['浙江省人民政府办公厅', '浙江省人民政府办公厅'],
    ['浙江省政府办公厅', '浙江省人民政府办公厅'],
    ['人民政府办公室', '人民政府办公室'],
    ['街道办事处', '街道办事处'],
    ['人民政府', '人民政府'],
    [' 武陟县 人民政府 ', '武陟县'],
    ['武陟县人民政府（盖章）', '武陟县'],
    ['焦作市人民政府国有资产监督管理委员会', '焦作市人民政府国有资产监督管理委员会'],
  ])('%s → %s', (name, key) => {
    expect(normaliseAgencyName(name)).toBe(key);
  });
});

describe('agencyLevel', () => {
  it.each<[string, StoredLevel | null]>([
    ['浙江省人民政府', 'province'],
    ['内蒙古自治区人民政府', 'province'],
    ['北京市人民政府', 'province'],
    ['淮安市人民政府', 'city'],
    ['黔东南州人民政府', 'city'],
    ['兴安盟', 'city'],
    ['义乌市人民政府', 'county'],
    ['济源市人民政府', 'county'],
    ['洪泽区人民政府', 'county'],
    ['武陟县', 'county'],
    ['阿荣旗人民政府', 'county'],
    ['北京市朝阳区人民政府', 'county'],
    ['海通乡人民政府', 'township'],
    ['武陟县大封镇人民政府', 'township'],
    ['城关街道办事处', 'township'],
    ['东莞市虎门镇人民政府', 'township'],
    ['某某镇人民政府', 'township'],
    ['某某市人民政府', 'city'],
    ['顺德区教育局', 'department'],
    ['浙江省人民政府办公厅', 'department'],
    ['武陟县人民政府办公室', 'department'],
    ['郑州市生态环境局', 'department'],
    ['国家税务总局焦作市税务局', 'department'],
    ['国家统计局', 'department'],
    ['人民政府办公室', 'department'],
    ['郑州高新技术产业开发区管理委员会', 'department'],
    ['', null],
  ])('%s → %s', (name, level) => {
    expect(agencyLevel(name)).toBe(level);
  });
});

interface Case {
  agency: string;
  texts?: string[];
  known?: { name: string; code: string }[];
  level: StoredLevel | null;
  best: { code: string; township?: string | null; path?: string } | null;
  candidates?: string[];
}

const cases: Case[] = [
  {
    agency: '武陟县大封镇人民政府',
    level: 'township',
    best: { code: '410823', township: '大封镇', path: '河南省焦作市武陟县大封镇' },
  },
  {
    agency: '河南省焦作市武陟县大封镇人民政府',
    level: 'township',
    best: { code: '410823', township: '大封镇' },
  },
  { agency: '桐柏县淮源镇人民政府', level: 'township', best: { code: '411330', township: '淮源镇' } },
  {
    agency: '海通乡',
    texts: ['濮阳县海通乡2022年政府信息公开工作年度报告'],
    level: 'township',
    best: { code: '410928', township: '海通乡', path: '河南省濮阳市濮阳县海通乡' },
  },
  {
    agency: '大峪镇人民政府',
    level: 'township',
    best: null,
    candidates: ['130406', '410482', '419001', '623023'],
  },
  {
    agency: '大峪镇人民政府',
    texts: ['济源市大峪镇2022年政府信息公开工作年度报告'],
    level: 'township',
    best: { code: '419001', township: '大峪镇', path: '河南省济源市大峪镇' },
  },
  {
    agency: '大峪镇人民政府',
    known: [{ name: '大峪镇人民政府', code: '410482' }],
    level: 'township',
    best: { code: '410482', township: '大峪镇' },
  },
  { agency: '洪泽区人民政府', level: 'county', best: { code: '320813', path: '江苏省淮安市洪泽区' } },
  { agency: '淮安市人民政府', level: 'city', best: { code: '320800' } },
  { agency: '顺德区教育局', level: 'department', best: { code: '440606', township: null } },
  { agency: '江北区应急管理局', level: 'department', best: null, candidates: ['330205', '500105'] },
  {
    agency: '江北区应急管理局',
    texts: ['宁波市江北区应急管理局2023年政府信息公开工作年度报告'],
    level: 'department',
    best: { code: '330205' },
  },
  {
    agency: '江北区应急管理局',
    known: [{ name: '江北区人民政府', code: '500105' }],
    level: 'department',
    best: { code: '500105', path: '重庆市江北区' },
  },
  { agency: '北京市朝阳区人民政府', level: 'county', best: { code: '110105', path: '北京市朝阳区' } },
  { agency: '朝阳区人民政府', level: 'county', best: null, candidates: ['110105', '220104'] },
  { agency: '浙江省人民政府', level: 'province', best: { code: '330000', path: '浙江省' } },
  { agency: '浙江省人民政府办公厅', level: 'department', best: { code: '330000' } },
  { agency: '济源市人民政府', level: 'county', best: { code: '419001', path: '河南省济源市' } },
  { agency: '义乌市人民政府', level: 'county', best: { code: '330782' } },
  { agency: '黔东南州人民政府', level: 'city', best: { code: '522600' } },
  { agency: '国家税务总局焦作市税务局', level: 'department', best: { code: '410800' } },
  { agency: '东莞市虎门镇人民政府', level: 'township', best: { code: '441900', township: '虎门镇' } },
  { agency: '重庆市江北区人民政府', level: 'county', best: { code: '500105' } },
  { agency: '国家统计局', level: 'department', best: null, candidates: [] },
  { agency: '某某镇人民政府', level: 'township', best: null, candidates: [] },
  { agency: '大刘庄镇人民政府', level: 'township', best: { code: '130535', township: '大刘庄镇' } },
];

describe('resolveAgency', () => {
  it.each(cases)('$agency ($texts, $known)', ({ agency, texts, known, level, best, candidates }) => {
    const r = resolveAgency({ agency, ...(texts ? { texts } : {}), ...(known ? { known } : {}) });
    expect(r.level).toBe(level);
    if (best) expect(r.best).toMatchObject(best);
    else expect(r.best).toBeNull();
    if (candidates) expect(r.candidates.map((c) => c.code).sort()).toEqual(candidates);
  });

  it.each(cases)('$agency: candidates are sorted, at most 10, and share at most 1', ({ agency, texts, known }) => {
    const { candidates, best } = resolveAgency({ agency, ...(texts ? { texts } : {}), ...(known ? { known } : {}) });
    expect(candidates.length).toBeLessThanOrEqual(10);
    const confidences = candidates.map((c) => c.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(confidences.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    if (best) expect(best.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('keeps a bare, unique township honest: found, but not as sure as with its county', () => {
    const bare = resolveAgency({ agency: '海通乡' });
    const withCounty = resolveAgency({ agency: '濮阳县海通乡人民政府' });
    expect(bare.candidates.map((c) => c.code)).toEqual(['410928']);
    expect(bare.candidates[0]?.confidence).toBeLessThan(withCounty.best?.confidence ?? 0);
  });

  it('splits a common township name without choosing, and says more with 县委、县政府', () => {
    const plain = resolveAgency({ agency: '城关镇人民政府' });
    expect(plain.best).toBeNull();
    expect(plain.candidates).toHaveLength(10);
    const dayu = resolveAgency({ agency: '大峪镇人民政府', texts: ['在县委、县政府的领导下'] });
    expect(dayu.candidates[0]?.code).toBe('623023');
    expect(dayu.best).toBeNull();
  });

  it('does not read short place names inside other words', () => {
    expect(resolveAgency({ agency: '公安部' }).best).toBeNull();
    expect(resolveAgency({ agency: '城关镇人民政府' }).candidates.every((c) => c.township === '城关镇')).toBe(true);
    expect(resolveAgency({ agency: '新华街道办事处' }).candidates.every((c) => c.township === '新华街道')).toBe(true);
  });

  it('runs well under a millisecond per call once loaded', () => {
    const names = cases.map((c) => c.agency);
    const texts = ['某某县2022年政府信息公开工作年度报告', '在县委、县政府的坚强领导下，'.repeat(50)];
    resolveAgency({ agency: names[0] ?? '' });
    const rounds = 200;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) for (const agency of names) resolveAgency({ agency, texts });
    const perCall = ((performance.now() - start) * 1000) / (rounds * names.length);
    console.log(`resolveAgency: ${perCall.toFixed(1)} µs per call (${rounds * names.length} calls)`);
  });
});

describe('divisions', () => {
  const all = divisions();
  const byCode = new Map(all.map((d) => [d.code, d]));
  const parentLevels = { province: [null], city: ['province'], county: ['city', 'province'] };

  it('has the three levels in the expected numbers', () => {
    const count = (level: string) => all.filter((d) => d.level === level).length;
    expect(count('province')).toBe(34);
    expect(count('city')).toBeGreaterThan(300);
    expect(count('county')).toBeGreaterThan(2900);
    expect(byCode.size).toBe(all.length);
  });

  it('forms a tree: every parent exists at the level above', () => {
    for (const d of all) {
      const parent = d.parentCode === null ? undefined : byCode.get(d.parentCode);
      expect(parentLevels[d.level]).toContain(parent?.level ?? null);
      expect(d.code).toMatch(/^\d{6}$/);
    }
  });

  it.each([
    ['110105', '110000'],
    ['500105', '500000'],
    ['500230', '500000'],
    ['419001', '410000'],
    ['429004', '420000'],
    ['410823', '410800'],
    ['410800', '410000'],
  ])('%s hangs from %s', (code, parentCode) => {
    expect(byCode.get(code)?.parentCode).toBe(parentCode);
  });

  it('leaves out the 市辖区 and 直辖县级行政区划 placeholders', () => {
    expect(all.some((d) => d.name === '市辖区' || d.name.includes('直辖县级行政区划'))).toBe(false);
  });
});
