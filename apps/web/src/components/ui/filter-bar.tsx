import { ADMIN_LEVELS, LEVEL_LABELS } from '@gongkai/schema/measures';
import { AgencyDocument, FilterOptionsDocument } from '../../graphql/generated';
import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import type { Filters } from '../../lib/filters';
import { fullRegionCode, href, langParam, SYNTHETIC_FILTERS } from '../../lib/filters';
import { attempt, query } from '../../lib/graphql';
import { regionOptions } from '../../lib/regions';
import { AutoSubmitForm } from './auto-submit-form';
import { SelectControl, yearChoices } from './select-control';
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
          <SelectControl
            label={m.filters.yearFrom}
            name="yearFrom"
            defaultValue={filters.yearFrom ?? ''}
            data-testid="filter-yearFrom"
            first={<option value="">—</option>}
            choices={yearChoices(years)}
          />
          <SelectControl
            label={m.filters.yearTo}
            name="yearTo"
            defaultValue={filters.yearTo ?? ''}
            data-testid="filter-yearTo"
            first={<option value="">—</option>}
            choices={yearChoices(years)}
          />
        </>
      ) : null}
      {has('region') ? (
        <SelectControl
          className="filter-region"
          label={m.filters.region}
          name="region"
          defaultValue={filters.region ?? ''}
          data-testid="filter-region"
          first={<option value="">{m.filters.allRegions}</option>}
          choices={regions.map((r) => ({
            value: r.value,
            label: (
              <>
                {r.label} ({r.reportCount})
              </>
            ),
          }))}
        />
      ) : null}
      {has('level') ? (
        <SelectControl
          label={m.filters.level}
          name="level"
          defaultValue={filters.level ?? ''}
          data-testid="filter-level"
          first={<option value="">{m.filters.allLevels}</option>}
          choices={ADMIN_LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l][lang] }))}
        />
      ) : null}
      {has('agency') ? (
        <SelectControl
          className="filter-agency"
          label={m.filters.agency}
          name="agency"
          defaultValue={filters.agency ?? ''}
          data-testid="filter-agency"
          first={<option value="">{m.filters.allAgencies}</option>}
          choices={agencies.map((a) => ({ value: a.id, label: a.name }))}
        />
      ) : null}
      {has('synthetic') ? (
        <SelectControl
          label={m.filters.synthetic}
          name="synthetic"
          defaultValue={filters.synthetic === 'INCLUDE' ? '' : filters.synthetic}
          data-testid="filter-synthetic"
          choices={SYNTHETIC_FILTERS.map((s) => ({ value: s === 'INCLUDE' ? '' : s, label: m.syntheticOptions[s] }))}
        />
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
