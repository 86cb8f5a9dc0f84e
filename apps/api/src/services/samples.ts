import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GenerateOptions, Layout } from '@gongkai/samples/generator';
import { generateReportAsync, generateTruth } from '@gongkai/samples/generator';
import type { Db } from '../db/client.ts';
import { ingestBytes } from './ingest.ts';
import { divisions, townshipsOf } from './regions.ts';
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
        const town = townshipsOf(county.code)[0];
        if (town) out.push({ name: `${place}${town}人民政府`, province: province.name });
      }
    }
  }
  return out;
}

/**
 * Patterns planted in the generated part of the corpus, so that the insight views show something on a
 * fresh start (all of it flagged synthetic): copied sections, counties whose whole-area report does or
 * does not add up to their townships', and a few figures far from the body's own history.
 */
export const PLANTED = {
  copies: [
    { agency: '开封市人民政府', year: 2024, from: { agency: '开封市人民政府', year: 2023 }, sections: ['overview', 'problems'] as const },
    { agency: '开封市生态环境局', year: 2023, from: { agency: '郑州市生态环境局', year: 2023 }, sections: ['overview'] as const },
  ],
  // Every year, so that these counties' own history is of whole-area reports too.
  hierarchy: [
    ...YEARS.map((year) => ({ county: '玄武区人民政府', year, addsUp: true })),
    // In 2024 one township is left out of the sum: the county's report does not add up.
    ...YEARS.map((year) => ({ county: '顺河回族区人民政府', year, addsUp: year !== 2024 })),
  ],
  outliers: [
    { agency: '二七区人民政府', year: 2022, factor: 25 },
    { agency: '无锡市生态环境局', year: 2022, factor: 25 },
  ],
};

interface PlannedReport {
  agency: string;
  year: number;
  seed: number;
  options: GenerateOptions;
}

/** Every generated report of the corpus, in the order it is loaded (children before the sums of them). */
export function samplePlan(): PlannedReport[] {
  const agencies = sampleAgencies();
  const planned: PlannedReport[] = [];
  let seed = 20_250_000;
  for (const [i, agency] of agencies.entries()) {
    // A body's own level of requests, drawn once: its years vary around it, as real ones do.
    const base = baseVolume(agency.name, agency.province);
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
      const outlier = PLANTED.outliers.find((o) => o.agency === agency.name && o.year === year);
      const newRequests = Math.round(base * yearly(agency.name, year) * (outlier?.factor ?? 1));
      planned.push({
        agency: agency.name,
        year,
        seed,
        options: {
          seed,
          layout,
          template,
          agency: agency.name,
          year,
          province: agency.province,
          newRequests,
          stable: true,
          ...(blanks ? { damage: ['blank'] as const, damageRate: 0.2 } : damaged ? { damage: ['blank', 'ocr-swap'] as const, damageRate: 0.03 } : {}),
        },
      });
    }
  }
  plantCopies(planned);
  return plantHierarchy(planned, agencies);
}

/** A body's own level of requests, drawn once from its name: its years vary around it, as real ones do. */
function baseVolume(name: string, province: string): number {
  let seed = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) seed = Math.imul(seed ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return Math.max(1, generateTruth(seed, { agency: name, province, year: 2019 }).applications.newlyReceived?.total ?? 1);
}

/** The year's share of the body's level: 0.8 to 1.25. */
function yearly(name: string, year: number): number {
  return 0.8 + ((name.length * 31 + year * 17) % 10) / 20;
}

function plantCopies(planned: PlannedReport[]): void {
  for (const copy of PLANTED.copies) {
    const target = planned.find((p) => p.agency === copy.agency && p.year === copy.year);
    const source = planned.find((p) => p.agency === copy.from.agency && p.year === copy.from.year);
    if (!target || !source) throw new Error(`sample corpus: planted copy ${copy.agency} ${copy.year} has no report`);
    // Printed clean (no OCR noise), so that the copy is word for word once parsed.
    source.options = { ...source.options, layout: 'tabs' };
    target.options = { ...target.options, layout: 'tabs', copyNarrativesFrom: { seed: source.seed, options: source.options, sections: copy.sections } };
  }
}

/** The planted counties' townships, every one, printed clean; the county's report then sums them. */
function plantHierarchy(planned: PlannedReport[], agencies: SampleAgency[]): PlannedReport[] {
  let seed = 20_260_000;
  const out = [...planned];
  for (const plant of PLANTED.hierarchy) {
    const county = agencies.find((a) => a.name === plant.county);
    const code = divisions().find((d) => d.level === 'county' && plant.county.startsWith(d.name))?.code;
    if (!county || !code) throw new Error(`sample corpus: planted county ${plant.county} is not in the corpus`);
    const children: PlannedReport[] = [];
    for (const town of townshipsOf(code)) {
      const name = `${plant.county.replace(/人民政府$/, '')}${town}人民政府`;
      let child = out.find((p) => p.agency === name && p.year === plant.year);
      if (!child) {
        const newRequests = Math.round(baseVolume(name, county.province) * yearly(name, plant.year));
        child = {
          agency: name,
          year: plant.year,
          seed: ++seed,
          options: { seed, layout: 'tabs', agency: name, year: plant.year, province: county.province, newRequests, stable: true },
        };
        out.splice(out.indexOf(out.find((p) => p.agency === plant.county && p.year === plant.year)!), 0, child);
      }
      // The sum must be of the numbers printed: no damage, and the county's template.
      const { damage: _d, damageRate: _r, ...clean } = child.options;
      child.options = { ...clean, template: plant.year <= 2020 ? '2019' : '2021' };
      children.push(child);
    }
    const parent = out.find((p) => p.agency === plant.county && p.year === plant.year);
    if (!parent) throw new Error(`sample corpus: planted county ${plant.county} has no report in ${plant.year}`);
    const summed = plant.addsUp ? children : children.slice(1);
    const { damage: _d, damageRate: _r, ...clean } = parent.options;
    parent.options = { ...clean, template: plant.year <= 2020 ? '2019' : '2021', sumOf: summed.map((c) => generateTruth(c.seed, c.options)) };
    // Children are loaded before the parent.
    out.splice(out.indexOf(parent), 1);
    out.splice(Math.max(...children.map((c) => out.indexOf(c))) + 1, 0, parent);
  }
  return out;
}

/**
 * Only the reports that carry the planted patterns (every year of the bodies involved, and the planted
 * counties' townships): what the dashboard's browser tests add to their own small corpus.
 */
export function plantedPlan(): PlannedReport[] {
  const bodies = new Set([
    ...PLANTED.copies.flatMap((c) => [c.agency, c.from.agency]),
    ...PLANTED.outliers.map((o) => o.agency),
    ...PLANTED.hierarchy.map((h) => h.county),
  ]);
  const counties = PLANTED.hierarchy.map((h) => h.county.replace(/人民政府$/, ''));
  return samplePlan().filter((p) => bodies.has(p.agency) || counties.some((c) => p.agency.startsWith(c)));
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
  for (const p of samplePlan()) {
    const g = await generateReportAsync(p.options);
    const outcome = await ingestBytes(db, `synthetic/${p.year}/${g.fileName}`, g.bytes, { synthetic: true });
    if (outcome.status === 'ingested') synthetic++;
  }
  return { real, synthetic };
}
