import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Layout } from '@gongkai/samples/generator';
import { CONVENTIONS, generateReportAsync, LAYOUTS } from '@gongkai/samples/generator';
import type { Convention } from '@gongkai/samples/generator';
import { ruleEquations } from '@gongkai/schema/report';
import type { ApplicationRowKey } from '@gongkai/schema/report';
import { parseReport } from './parse.ts';

// Generated reports in every layout go through the parser. Undamaged: every cell and the metadata come
// back exactly. Damaged: no cell ever comes back as a wrong number, rows untouched by damage come back
// exactly, and a lone blank cell in a table row (which rule 3 fixes) comes back exactly.

type Flat = Record<string, unknown>;
const flatten = (o: unknown, prefix = '', out: Flat = {}): Flat => {
  for (const [k, v] of Object.entries((o as Record<string, unknown>) ?? {})) {
    const p = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') flatten(v, p, out);
    else out[p] = v;
  }
  return out;
};
const tables = (r: { active: unknown; applications: unknown; review: unknown }) =>
  flatten({ active: r.active, applications: r.applications, review: r.review });
// Layouts whose cells stay in place when a cell is left blank (text tables may carry stray trailing
// separators, which make a blank last column indistinguishable from padding).
const CELL_DELIMITED: Layout[] = ['cell-lines', 'html', 'docx'];

// Local runs explore new seeds; CI replays a fixed one, so a rare case found later turns into a fix
// and an example below, not into a red build at random.
const runs = (numRuns: number) => ({ numRuns, ...(process.env.CI ? { seed: 20261121 } : {}) });

type Case = { seed: number; layout: Layout; template: '2019' | '2021' | 'mixed'; encoding: 'utf-8' | 'gb18030' | 'utf-16le' };
/** Counterexamples found so far, replayed on every run. */
const FOUND: [Case, number][] = [
  [{ seed: 920, layout: 'pipes', template: '2019', encoding: 'utf-8' }, 0.11414315132424237], // （七）总记 misprint
  [{ seed: 964798, layout: 'pipes', template: '2019', encoding: 'utf-8' }, 0.05916525144129992], // blank total, no outer pipes
  [{ seed: 232510, layout: 'tabs', template: 'mixed', encoding: 'utf-8' }, 0.11433030595071615], // blank first review cell
  [{ seed: 355037, layout: 'tabs', template: '2019', encoding: 'utf-8' }, 0.049993483815342195], // stray trailing tabs
];

const arbitraries = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  layout: fc.constantFrom(...LAYOUTS),
  template: fc.constantFrom('2019' as const, '2021' as const, 'mixed' as const),
  encoding: fc.constantFrom('utf-8' as const, 'utf-8' as const, 'gb18030' as const, 'utf-16le' as const),
});

describe('generated reports round-trip through the parser', () => {
  it('undamaged: every cell, the agency, year, format and signing date', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries, async ({ seed, layout, template, encoding }) => {
        const g = await generateReportAsync({ seed, layout, template, encoding });
        const r = await parseReport(g.bytes, { fileName: g.fileName });
        const want = tables(g.truth);
        const got = tables(r);
        if (layout === 'flat') {
          // Glued digits: what the rules leave open may be null, but nothing may be wrong.
          for (const [path, v] of Object.entries(want)) if (got[path] !== null && got[path] !== undefined) expect(got[path], path).toBe(v);
        } else {
          expect(got).toEqual(want);
        }
        expect(r.agency?.replace(/人民政府$/, '')).toBe(g.truth.agency.replace(/人民政府$/, ''));
        expect(r.year).toBe(g.truth.year);
        expect(r.template).toBe(g.truth.template);
        expect(r.publishedOn).toBe(g.truth.publishedOn);
      }),
      runs(160),
    );
  });

  it('damaged: never a wrong number; untouched rows and lone blanks exact', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraries, fc.double({ min: 0.02, max: 0.12, noNaN: true }), async ({ seed, layout, template }, damageRate) => {
        const damage = layout === 'flat' ? (['glued'] as const) : (['blank', 'ocr-swap'] as const);
        const g = await generateReportAsync({ seed, layout, template, damage: [...damage], damageRate });
        const r = await parseReport(g.bytes, { fileName: g.fileName });
        const want = tables(g.truth);
        const got = tables(r);
        for (const [path, v] of Object.entries(want)) {
          if (got[path] !== null && got[path] !== undefined) expect(got[path], `${layout} ${path}`).toBe(v);
        }
        if (layout === 'flat') return;
        const damagedRows = new Set(g.damaged.map((d) => d.path.split('.').slice(0, 2).join('.')));
        for (const [path, v] of Object.entries(want)) {
          const row = path.split('.').slice(0, 2).join('.');
          if (!damagedRows.has(row) && path.startsWith('applications.')) expect(got[path], `${layout} untouched ${path}`).toBe(v);
        }
        if (!CELL_DELIMITED.includes(layout)) return;
        const perRow = new Map<string, number>();
        for (const d of g.damaged) perRow.set(d.path.split('.').slice(0, 2).join('.'), (perRow.get(d.path.split('.').slice(0, 2).join('.')) ?? 0) + 1);
        for (const d of g.damaged) {
          const row = d.path.split('.').slice(0, 2).join('.');
          if (d.kind === 'blank' && d.path.startsWith('applications.') && perRow.get(row) === 1)
            expect(got[d.path], `${layout} lone blank ${d.path}`).toBe(want[d.path]);
        }
      }),
      { ...runs(160), examples: FOUND },
    );
  });

  it('printed as real reports print: no wrong number, no equation broken unless printed so, cut reports flagged', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraries,
        fc.subarray([...CONVENTIONS] as Convention[], { minLength: 1 }),
        fc.boolean(),
        async ({ seed, layout, template }, chosen, cut) => {
          const truncate = cut && layout !== 'docx' && seed % 3 === 0;
          // Digits run together are cut into cells by rule 3; where the printed total contradicts its
          // parts, a wrong cut can satisfy it. A known limit of the flattened layout (see the README).
          const conventions = layout === 'flat' ? chosen.filter((c) => c !== 'bad-totals') : chosen;
          const g = await generateReportAsync({ seed, layout, template, conventions, truncate });
          const r = await parseReport(g.bytes, { fileName: g.fileName });
          const want = tables(g.truth);
          const got = tables(r);
          // No cell, blank or printed, comes back as a number other than the truth.
          for (const [path, v] of Object.entries(got)) if (v !== null && v !== undefined) expect(v, `${layout} ${conventions} ${path}`).toBe(want[path]);
          // Every equation whose cells all have values holds, unless every one of them was printed so.
          const rows = Object.keys(r.applications) as ApplicationRowKey[];
          for (const eq of ruleEquations(rows)) {
            const paths = [...eq.lhs, ...eq.rhs];
            if (paths.some((p) => got[p] === null || got[p] === undefined)) continue;
            if (paths.every((p) => r.provenance[p]?.state === 'printed')) continue;
            const sum = (ps: string[]) => ps.reduce((a, p) => a + (got[p] as number), 0);
            expect(sum(eq.lhs), `${layout} ${conventions} rule ${eq.rule} ${eq.where}`).toBe(sum(eq.rhs));
          }
          // A report cut inside its tables says so; one that does not has every table to its end.
          if (truncate && !r.diagnostics.some((d) => d.code === 'REPORT_INCOMPLETE')) {
            expect(Object.keys(r.review), `${layout} cut, not flagged`).toHaveLength(3);
            expect(r.applications.carriedForward, `${layout} cut, not flagged`).toBeDefined();
          }
          if (!truncate)
            expect(
              r.diagnostics.map((d) => d.code),
              `${layout} ${conventions}`,
            ).not.toContain('REPORT_INCOMPLETE');
          // Metadata read past the crawler's chrome.
          expect(r.agency?.replace(/人民政府$/, '')).toBe(g.truth.agency.replace(/人民政府$/, ''));
        },
      ),
      runs(200),
    );
  });
});
