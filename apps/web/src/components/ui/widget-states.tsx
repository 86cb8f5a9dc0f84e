import type { Lang } from '../../i18n/messages';
import { t } from '../../i18n/messages';
import type { ApiError } from '../../lib/graphql';

// The loading, empty and error states every widget shares.

export function Skeleton({ kind, label }: { kind: 'chart' | 'figures' | 'lines'; label: string }) {
  if (kind === 'lines') {
    return (
      <div role="status" aria-live="polite">
        <span className="visually-hidden">{label}</span>
        <div className="skeleton skeleton-line" style={{ width: '70%' }} />
        <div className="skeleton skeleton-line" style={{ width: '90%' }} />
        <div className="skeleton skeleton-line" style={{ width: '50%' }} />
      </div>
    );
  }
  return (
    <div role="status" aria-live="polite" className={`skeleton skeleton-${kind}`}>
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

export function ErrorBox({ error, lang, title }: { error: ApiError; lang: Lang; title?: string }) {
  const m = t(lang);
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>{title ?? m.state.error}</strong>
      </p>
      <p>{error.code === 'API_UNREACHABLE' ? m.state.apiDown : error.message}</p>
      <p>
        <code>{error.code}</code>
      </p>
    </div>
  );
}

/** An error inside a chart's frame, so the grid keeps its shape. */
export function WidgetError({ error, lang, title }: { error: ApiError; lang: Lang; title: string }) {
  return (
    <section className="chart" aria-label={title}>
      <h3>{title}</h3>
      <ErrorBox error={error} lang={lang} />
    </section>
  );
}
