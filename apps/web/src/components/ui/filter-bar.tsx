import { ADMIN_LEVELS, LEVEL_LABELS } from '@gongkai/schema/measures';
import { AgencyDocument, FilterOptionsDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import type { Filters } from '../../lib/filters';
import { fullRegionCode, href, langParam, SYNTHETIC_FILTERS } from '../../lib/filters';
import { attempt, query } from '../../lib/graphql';
import { regionOptions } from '../../lib/regions';
import { AutoSubmitForm } from './auto-submit-form';
import { ErrorBox } from './widget-states';

type Field = 'years' | 'region' | 'level' | 'agency' | 'synthetic' | 'search';

/** The filters of a page, as a GET form whose fields are the URL's params. */
export async function FilterBar({
  lang,
  filters,
  path,
  fields = ['years', 'region', 'level', 'agency', 'synthetic'],
  search,
  hidden = {},
}: {
  lang: Lang;
  filters: Filters;
  path: string;
  fields?: Field[];
  search?: string;
  hidden?: Record<string, string | null | undefined>;
}) {
  const m = t(lang);
  const result = await attempt(() =>
    query(FilterOptionsDocument, {
      region: filters.region ? fullRegionCode(filters.region) : '',
      withRegion: filters.region !== null,
      agencyRegion: filters.region,
      level: filters.level,
      synthetic: filters.synthetic,
    }),
  );
  if (!result.ok) return <ErrorBox error={result.error} lang={lang} />;
  const options = result.data;
  const years = [...options.status.years].sort((a, b) => a - b);
  const regions = regionOptions(options.provinces, options.region as Parameters<typeof regionOptions>[1]);
  const agencies = options.agencies.edges.map((e) => e.node);
  if (filters.agency && !agencies.some((a) => a.id === filters.agency)) {
    const chosen = await attempt(() => query(AgencyDocument, { id: filters.agency! }));
    agencies.unshift({ id: filters.agency, name: chosen.ok && chosen.data.agency ? chosen.data.agency.name : `#${filters.agency}` });
  }
  const has = (f: Field) => fields.includes(f);
  const hiddenParams = { ...hidden, ...langParam(lang) };
  return (
    // Keyed by the filters: after a navigation (back, forward) the fields show the URL, not stale input.
    <AutoSubmitForm key={JSON.stringify([filters, search, hidden])} action={path} className="filters" label={m.filters.title}>
      {has('search') ? (
        <label className="filter-search">
          {m.filters.search}
          <input type="search" name="search" defaultValue={search ?? ''} placeholder={m.filters.searchPlaceholder} />
        </label>
      ) : null}
      {has('years') ? (
        <>
          <label>
            {m.filters.yearFrom}
            <select name="yearFrom" defaultValue={filters.yearFrom ?? ''} data-testid="filter-yearFrom">
              <option value="">—</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label>
            {m.filters.yearTo}
            <select name="yearTo" defaultValue={filters.yearTo ?? ''} data-testid="filter-yearTo">
              <option value="">—</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      {has('region') ? (
        <label className="filter-region">
          {m.filters.region}
          <select name="region" defaultValue={filters.region ?? ''} data-testid="filter-region">
            <option value="">{m.filters.allRegions}</option>
            {regions.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label} ({r.reportCount})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {has('level') ? (
        <label>
          {m.filters.level}
          <select name="level" defaultValue={filters.level ?? ''} data-testid="filter-level">
            <option value="">{m.filters.allLevels}</option>
            {ADMIN_LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l][lang]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {has('agency') ? (
        <label className="filter-agency">
          {m.filters.agency}
          <select name="agency" defaultValue={filters.agency ?? ''} data-testid="filter-agency">
            <option value="">{m.filters.allAgencies}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {has('synthetic') ? (
        <label>
          {m.filters.synthetic}
          <select name="synthetic" defaultValue={filters.synthetic === 'INCLUDE' ? '' : filters.synthetic} data-testid="filter-synthetic">
            {SYNTHETIC_FILTERS.map((s) => (
              <option key={s} value={s === 'INCLUDE' ? '' : s}>
                {m.syntheticOptions[s]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {Object.entries(hiddenParams).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <span className="filters-actions">
        <button type="submit" className="primary">
          {m.filters.apply}
        </button>
        <a href={href(path, langParam(lang))}>{m.filters.reset}</a>
      </span>
    </AutoSubmitForm>
  );
}
