import { generateReport } from '@gongkai/samples/generator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.ts';
import { ingestBytes } from '../services/ingest.ts';
import { tempDatabase } from '../test-support.ts';
import { anomalies, robust } from './anomalies.ts';

// Anomalies against peers on a store filled by the real ingest: fourteen county governments of one
// province with about the same number of requests, and one with twenty times as many.

let db: Db;
const COUNTIES = ['武陟县', '温县', '博爱县', '修武县', '获嘉县', '原阳县', '延津县', '封丘县', '新安县', '宜阳县', '洛宁县', '伊川县', '嵩县', '栾川县'];

beforeAll(async () => {
  ({ db } = tempDatabase());
  for (const [i, name] of COUNTIES.entries()) {
    const newRequests = name === '延津县' ? 2400 : 100 + ((i * 37) % 40);
    const g = generateReport({
      seed: 6_100 + i,
      layout: 'tabs',
      template: '2021',
      year: 2024,
      agency: `${name}人民政府`,
      province: '河南省',
      newRequests,
      stable: true,
    });
    await ingestBytes(db, `peers/${i}.txt`, g.bytes, { synthetic: true });
  }
}, 120_000);
afterAll(() => db.$client.close());

describe('anomalies against peers', () => {
  it('flags the one body far above its peers on new requests, and no other on that measure', () => {
    const found = anomalies(db, { year: 2024, kind: 'PEERS' }).entries.filter((a) => a.measure.key === 'applications.newlyReceived.total');
    const names = found.map((a) => (db.$client.prepare('SELECT name FROM agencies WHERE id = ?').get(a.agencyId) as { name: string }).name);
    expect(names).toEqual(['延津县人民政府']);
    expect(found[0]!.value).toBe(2400);
    expect(found[0]!.over).toBe(COUNTIES.length - 1);
    expect(found[0]!.reasonZh).toMatch(/同省同级13个机关2024年的中位数/);
  });

  it('does not judge a province with fewer than nine peers, nor a count under minBase', () => {
    expect(anomalies(db, { year: 2024, kind: 'PEERS', minBase: 5000 }).entries.filter((a) => a.measure.key.startsWith('applications'))).toEqual([]);
    expect(anomalies(db, { year: 2024, kind: 'PEERS', regionCode: '4108' }).entries).toEqual([]);
  });

  it('robust statistics: the median and MAD ignore one wild value', () => {
    expect(robust([10, 11, 12, 13, 1000])).toEqual({ median: 12, mad: 1 });
  });

  it('refuses a bad threshold, year or region by name', () => {
    expect(() => anomalies(db, { year: 2024, threshold: 0 })).toThrow(/threshold/);
    expect(() => anomalies(db, { year: 3000 })).toThrow(/year/);
    expect(() => anomalies(db, { year: 2024, regionCode: "41' OR 1=1" })).toThrow(/regionCode/);
  });
});
