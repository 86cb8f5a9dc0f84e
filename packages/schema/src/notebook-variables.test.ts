import { describe, expect, it } from 'vitest';
import { pathInto, variablePlaces } from './notebook-variables.ts';

describe('variablePlaces', () => {
  it('finds where the variables read the given parameters, with the value each place then holds', () => {
    const variables = '{"filter": {"yearFrom": "$years.0", "yearTo": "$years.1", "regionCode": "$region"}, "measures": ["$m", "reports"]}';
    expect(variablePlaces(variables, { years: [2020, 2024] })).toEqual([
      { path: ['filter', 'yearFrom'], value: 2020 },
      { path: ['filter', 'yearTo'], value: 2024 },
    ]);
    expect(variablePlaces(variables, { m: 'rate.granted', region: '41' })).toEqual([
      { path: ['filter', 'regionCode'], value: '41' },
      { path: ['measures', '0'], value: 'rate.granted' },
    ]);
    expect(variablePlaces(variables, {})).toEqual([]);
    expect(variablePlaces('not json', { years: [2020, 2024] })).toBeNull();
    expect(variablePlaces('[1]', {})).toBeNull();
  });

  it('reads paths into values', () => {
    expect(pathInto([2019, 2025], '1')).toBe(2025);
    expect(pathInto({ a: { b: 3 } }, 'a.b')).toBe(3);
    expect(pathInto(null, 'a')).toBeUndefined();
  });
});
