import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import { formatNumber } from '../../lib/format';

/** Says, wherever synthetic reports are among the figures shown, how many there are. */
export function SyntheticBanner({ lang, synthetic, total, excludeHref }: { lang: Lang; synthetic: number; total: number; excludeHref?: string }) {
  if (synthetic <= 0) return null;
  const m = t(lang);
  return (
    <div className="banner" role="note" data-testid="synthetic-banner">
      <span className="badge badge-synthetic">{m.synthetic.badge}</span>
      <span>{m.synthetic.banner(formatNumber(synthetic, lang), formatNumber(total, lang))}</span>
      {excludeHref && synthetic < total ? <a href={excludeHref}>{m.synthetic.excludeLink}</a> : null}
    </div>
  );
}

export function SyntheticBadge({ lang }: { lang: Lang }) {
  return <span className="badge badge-synthetic">{t(lang).synthetic.badge}</span>;
}
