import { describe, expect, it } from 'vitest';
import { crossTable, heatLevel } from './heat';
import { regionOptions } from './regions';
import { sourceParts } from './source';

describe('sourceParts', () => {
  const text = 'line one\n| 本年新收 | 12 | 3 |\nline three';
  it('marks [start, end) and the line that holds it', () => {
    const start = text.indexOf('12');
    const p = sourceParts(text, start, start + 2);
    expect(p.marked).toBe('12');
    expect(p.lineBefore + p.marked + p.lineAfter).toBe('| 本年新收 | 12 | 3 |');
    expect(p.before + p.lineBefore + p.marked + p.lineAfter + p.after).toBe(text);
  });

  it('handles an empty range (an inferred blank), the first line and out-of-range offsets', () => {
    expect(sourceParts(text, 3, 3).marked).toBe('');
    expect(sourceParts(text, 0, 4)).toMatchObject({ before: '', lineBefore: '', marked: 'line', lineAfter: ' one' });
    expect(sourceParts('\nabc', 0, 0)).toMatchObject({ before: '', marked: '', lineAfter: '' });
    expect(sourceParts(text, 1000, 2000).marked).toBe('');
  });
});

describe('regionOptions', () => {
  const provinces = [
    { code: '320000', name: '江苏省', reportCount: 87 },
    { code: '410000', name: '河南省', reportCount: 90 },
    { code: '110000', name: '北京市', reportCount: 0 },
  ];
  const cities = [
    { code: '410100', name: '郑州市', reportCount: 10 },
    { code: '410800', name: '焦作市', reportCount: 5 },
    { code: '410200', name: '开封市', reportCount: 0 },
  ];
  const counties = [
    { code: '410823', name: '武陟县', reportCount: 2 },
    { code: '410822', name: '博爱县', reportCount: 1 },
  ];

  it('lists provinces with reports only, when nothing is chosen', () => {
    expect(regionOptions(provinces, null).map((o) => o.value)).toEqual(['32', '41']);
  });

  it('opens the chosen province', () => {
    const options = regionOptions(provinces, { code: '410000', name: '河南省', reportCount: 90, level: 'PROVINCE', children: cities, parent: null });
    expect(options.map((o) => [o.value, o.depth])).toEqual([
      ['32', 0],
      ['41', 0],
      ['4101', 1],
      ['4108', 1],
    ]);
    expect(options[2]!.label).toBe('\u3000郑州市');
  });

  it('opens the province and city of a chosen county', () => {
    const options = regionOptions(provinces, {
      code: '410823',
      name: '武陟县',
      reportCount: 2,
      level: 'COUNTY',
      children: [],
      parent: {
        code: '410800',
        name: '焦作市',
        level: 'CITY',
        children: counties,
        parent: { code: '410000', name: '河南省', level: 'PROVINCE', children: cities },
      },
    });
    expect(options.map((o) => o.value)).toEqual(['32', '41', '4101', '4108', '410823', '410822']);
    expect(options.find((o) => o.value === '410823')!.depth).toBe(2);
  });
});

describe('crossTable and heatLevel', () => {
  it('counts by row and column, sorted', () => {
    const t = crossTable(
      [
        { code: 'B', year: 2020, n: 2 },
        { code: 'A', year: 2019, n: 1 },
        { code: 'B', year: 2020, n: 3 },
      ],
      (x) => x.code,
      (x) => x.year,
      (x) => x.n,
    );
    expect(t.rows).toEqual(['A', 'B']);
    expect(t.columns).toEqual([2019, 2020]);
    expect(t.get('B', 2020)).toBe(5);
    expect(t.get('A', 2020)).toBe(0);
    expect(t.max).toBe(5);
  });

  it.each([
    [0, 10, 0],
    [1, 100, 1],
    [20, 100, 2],
    [100, 100, 3],
  ] as const)('%s of %s is level %s', (v, max, level) => {
    expect(heatLevel(v, max)).toBe(level);
  });
});
