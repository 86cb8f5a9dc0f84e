import { levelFromStored } from '@gongkai/schema/measures';
import { CELLS } from '@gongkai/schema/report';
import type { Resolvers } from '../generated.ts';
import { DomainError } from '../../errors.ts';
import { listAgencies } from '../../queries/agencies.ts';
import { MEASURES } from '../../queries/analytics.ts';
import { agencyYears, crossYearChecks } from '../../queries/checks.ts';
import { cellsOfReports } from '../../queries/reports.ts';

const LABELS = new Map(MEASURES.map((m) => [m.key, m]));

export const agencyResolvers: Resolvers = {
  Query: {
    agencies: (_, args, ctx) => listAgencies(ctx.db, args),
    agency: async (_, { id }, ctx) => (await ctx.loaders.agency.load(Number(id))) ?? null,
    compare: async (_, { agencyId, yearA, yearB }, ctx) => {
      const reports = await ctx.loaders.agencyReports.load(Number(agencyId));
      if (!(await ctx.loaders.agency.load(Number(agencyId)))) throw new DomainError('NOT_FOUND', `agency ${agencyId} not found`);
      return { agencyId: Number(agencyId), a: reports.find((r) => r.year === yearA) ?? null, b: reports.find((r) => r.year === yearB) ?? null };
    },
  },
  Agency: {
    id: (a) => String(a.id),
    names: (a, _, ctx) => ctx.loaders.agencyNames.load(a.id),
    level: (a) => levelFromStored(a.level),
    region: (a, _, ctx) => (a.regionCode ? ctx.loaders.region.load(a.regionCode) : null),
    reports: (a, _, ctx) => ctx.loaders.agencyReports.load(a.id),
    years: (a, _, ctx) => agencyYears(ctx.db, a.id),
    crossYearChecks: async (a, _, ctx) => {
      const reports = await ctx.loaders.agencyReports.load(a.id);
      const cells = cellsOfReports(
        ctx.db,
        reports.map((r) => r.id),
      );
      const byId = new Map(reports.map((r, i) => [r.id, cells[i]!]));
      return crossYearChecks(reports, (id) => byId.get(id) ?? []);
    },
  },
  Comparison: {
    agency: async (c, _, ctx) => (await ctx.loaders.agency.load(c.agencyId))!,
    differences: async (c, _, ctx) => {
      if (!c.a || !c.b) return [];
      const [a, b] = await Promise.all([ctx.loaders.cells.load(c.a.id), ctx.loaders.cells.load(c.b.id)]);
      const va = new Map(a.map((x) => [x.spec.path, x.value]));
      const vb = new Map(b.map((x) => [x.spec.path, x.value]));
      return CELLS.filter((s) => va.has(s.path) || vb.has(s.path))
        .map((s) => ({ s, a: va.get(s.path) ?? null, b: vb.get(s.path) ?? null }))
        .filter((d) => d.a !== d.b)
        .map((d) => ({
          path: d.s.path,
          labelZh: LABELS.get(d.s.path)?.labelZh ?? d.s.path,
          labelEn: LABELS.get(d.s.path)?.labelEn ?? d.s.path,
          a: d.a,
          b: d.b,
          change: d.a !== null && d.b !== null ? d.b - d.a : null,
        }));
    },
  },
};
