import { buildSchema } from 'graphql';
import type { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from './generated/graphql.ts';
import {
  ADMIN_LEVELS,
  APPLICANT_GROUPS,
  cellLabel,
  DIMENSIONS,
  dimensionValueLabel,
  LEVEL_LABELS,
  levelFromStored,
  levelToStored,
  MEASURE_BY_KEY,
  MEASURES,
  MODEL_NAMED_DIMENSIONS,
  outcomeCells,
  outcomeRows,
  REGION_LEVELS,
  STORED_LEVELS,
  STORED_REGION_LEVELS,
  UNKNOWN_LEVEL,
} from './measures.ts';
import { APPLICANT_PART_KEYS, CELL_BY_PATH, CELLS, OUTCOME_GROUP_KEYS, OUTCOME_ROW_KEYS } from './report-model.ts';

const schema = buildSchema(typeDefs);
const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
const HAN = /\p{Script=Han}/u;

describe('measures', () => {
  it('have unique keys, and every cell they sum is a cell of the model', () => {
    expect(MEASURE_BY_KEY.size).toBe(MEASURES.length);
    for (const m of MEASURES) {
      for (const path of [...m.cells, ...(m.denominator ?? [])]) expect(CELL_BY_PATH.has(path), `${m.key}: ${path}`).toBe(true);
      expect(m.cells.length > 0 || m.count !== undefined, m.key).toBe(true);
      expect(m.kind === 'RATE', m.key).toBe(m.denominator !== undefined);
    }
  });

  it('offer every cell of the model as a measure of its own, money in 万元', () => {
    for (const c of CELLS) expect(MEASURE_BY_KEY.get(c.path)).toMatchObject({ kind: 'CELL', cells: [c.path], unit: c.money ? '万元' : '件' });
  });

  it('are labelled in Chinese and in English', () => {
    for (const m of MEASURES) {
      expect(m.labelZh, m.key).toMatch(HAN);
      expect(m.labelEn, m.key).toMatch(/^[A-Z]/);
      expect(m.labelEn, m.key).not.toMatch(HAN);
    }
  });

  it('are of the kinds the API knows', () => {
    expect(enumValues('MeasureKind')).toEqual(expect.arrayContaining([...new Set(MEASURES.map((m) => m.kind))]));
  });

  it('sum a rate over what it is a share of', () => {
    expect(MEASURE_BY_KEY.get('rate.granted')).toMatchObject({ cells: ['applications.granted.total'], denominator: ['applications.totalProcessed.total'] });
    expect(MEASURE_BY_KEY.get('rate.litigationCorrected')?.denominator).toHaveLength(6);
    expect(MEASURE_BY_KEY.get('litigation.total')?.cells).toEqual(['review.litigationDirect.total', 'review.litigationAfterReconsideration.total']);
  });
});

describe('cell labels', () => {
  it.each([
    ['applications.carriedOver.total', '上年结转政府信息公开申请数量·总计', 'Requests carried over from last year · Total'],
    ['active.regulations.inForce', '规章·现行有效件数', 'Regulations · In force'],
    ['review.reconsideration.corrected', '行政复议·结果纠正', 'Administrative reconsideration · Corrected'],
  ])('%s → %s', (path, zh, en) => {
    expect(cellLabel(path)).toEqual({ zh, en });
  });

  it.each([
    'something.else',
    'applications.carriedOver',
    'applications.carriedOver.total.extra',
    'active.regulations.constructor',
    'review.toString.total',
    '',
  ])('names no cell: “%s”', (path) => {
    expect(cellLabel(path)).toBeNull();
  });

  it('name every cell of the model, each differently', () => {
    const labels = CELLS.map((c) => cellLabel(c.path));
    expect(labels.every((l) => l !== null)).toBe(true);
    expect(new Set(labels.map((l) => l!.zh)).size).toBe(CELLS.length);
    expect(new Set(labels.map((l) => l!.en)).size).toBe(CELLS.length);
  });
});

describe('outcome and applicant groups', () => {
  it('split the rows of rule 2 among the outcome groups, each row once', () => {
    const rows = OUTCOME_GROUP_KEYS.flatMap(outcomeRows);
    expect([...rows].sort()).toEqual([...OUTCOME_ROW_KEYS].sort());
    expect(outcomeCells('unable', 'naturalPerson')).toEqual([
      'applications.unableNotHeld.naturalPerson',
      'applications.unableNeedsCreation.naturalPerson',
      'applications.unableUnclear.naturalPerson',
    ]);
  });

  it('split the six applicant columns between natural persons and organisations', () => {
    expect(Object.values(APPLICANT_GROUPS).flatMap((g) => g.columns)).toEqual([...APPLICANT_PART_KEYS]);
  });
});

describe('dimensions', () => {
  it('are the API enum DimensionKey, labelled in both languages', () => {
    expect(DIMENSIONS.map((d) => d.key)).toEqual(enumValues('DimensionKey'));
    for (const d of DIMENSIONS) {
      expect(d.labelZh).toMatch(HAN);
      expect(d.labelEn).not.toMatch(HAN);
    }
  });

  it.each([
    ['APPLICANT_TYPE', 'commercial', { zh: '商业企业', en: 'Commercial enterprises' }],
    ['OUTCOME_GROUP', 'denied', { zh: '不予公开', en: 'Denied' }],
    ['LEVEL', 'county', { zh: '县级', en: 'County' }],
    ['LEVEL', null, UNKNOWN_LEVEL],
    ['LEVEL', '', UNKNOWN_LEVEL],
    ['LEVEL', 'COUNTY', null],
    ['APPLICANT_TYPE', 'constructor', null],
    ['YEAR', 2024, null],
  ] as const)('%s %s → %o', (key, value, label) => {
    expect(dimensionValueLabel(key, value)).toEqual(label);
  });

  it('name values only of the dimensions the model names', () => {
    const sample: Record<string, unknown> = {
      YEAR: 2024,
      REGION: '410000',
      LEVEL: 'province',
      AGENCY: 1,
      TEMPLATE: '2021',
      APPLICANT_TYPE: 'naturalPerson',
      OUTCOME_GROUP: 'granted',
    };
    for (const d of DIMENSIONS) expect(dimensionValueLabel(d.key, sample[d.key]) !== null, d.key).toBe(MODEL_NAMED_DIMENSIONS.includes(d.key));
  });
});

describe('administrative levels', () => {
  it('are the API enums AdminLevel and RegionLevel, labelled in both languages', () => {
    expect(ADMIN_LEVELS).toEqual(enumValues('AdminLevel'));
    expect(REGION_LEVELS).toEqual(enumValues('RegionLevel'));
    for (const l of ADMIN_LEVELS) expect(LEVEL_LABELS[l].zh).toMatch(HAN);
  });

  it('change case in one place, both ways', () => {
    expect(STORED_LEVELS).toEqual(['province', 'city', 'county', 'township', 'department']);
    expect(STORED_REGION_LEVELS).toEqual(['province', 'city', 'county']);
    for (const l of ADMIN_LEVELS) expect(levelFromStored(levelToStored(l))).toBe(l);
  });

  it.each(['Province', 'PROVINCE', '', 'nation', 'constructor', null, undefined])('reads no level from %o', (stored) => {
    expect(levelFromStored(stored)).toBeNull();
  });
});
