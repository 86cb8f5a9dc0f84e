import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import { LangField } from '../ui/lang-field';
import { SelectControl, yearChoices } from '../ui/select-control';

/** Pick the year to compare a report with: a GET form to the compare page (`action`, or the page it is on). */
export function CompareYearForm({
  action,
  label,
  years,
  chosen,
  lang,
}: {
  action?: string;
  label: string;
  years: readonly number[];
  chosen: number;
  lang: Lang;
}) {
  const m = t(lang);
  return (
    <form action={action} method="get" className="filters">
      <SelectControl label={label} name="year" defaultValue={chosen} choices={yearChoices(years)} />
      <LangField lang={lang} />
      <button type="submit" className="primary">
        {m.report.compareGo}
      </button>
    </form>
  );
}
