import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '@gongkai/samples/seeds';
import { describe, expect, it } from 'vitest';
import { parseText } from './parse.ts';

// The same seed reports written in traditional characters parse to the same numbers, and the agency
// comes back as printed.
const TRADITIONAL =
  '國国開开報报請请數数結结轉转處处總总計计記记審审維维糾纠許许罰罚強强規规範范採采購购務务類类護护權权險险穩稳當当關关機机構构業业織织會会團团體体學学術术經经濟济問问題题況况進进與与復复訟讼議议據据稅税費费額额內内過过執执詢询現现製制確确補补訪访舉举訴诉複复時时為为對对於于項项條条檔档獲获發发廢废屬属辦办號号門门縣县鄉乡鎮镇區区廳厅決决';
const toTraditional = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) toTraditional.set(TRADITIONAL[i + 1]!, TRADITIONAL[i]!);
const convert = (text: string) => [...text].map((c) => toTraditional.get(c) ?? c).join('');

const dir = SEEDS_DIR;
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.startsWith('002'));

describe('reports in traditional characters', () => {
  it.each(seeds)('%s', (file) => {
    const expected = JSON.parse(readFileSync(join(dir, file.replace('.txt', '.expected.json')), 'utf8'));
    const report = parseText(convert(readFileSync(join(dir, file), 'utf8')));
    expect({ active: report.active, applications: report.applications, review: report.review, year: report.year, template: report.template }).toEqual({
      active: expected.active,
      applications: expected.applications,
      review: expected.review,
      year: expected.year,
      template: expected.template,
    });
    expect(report.agency).toBe(convert(expected.agency));
  });
});
