import type { Metadata } from 'next';
import { langOf, t } from '../../i18n/messages';
import type { SearchParams } from '../../lib/filters';

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return { title: t(langOf((await searchParams).lang)).explorer.title };
}

/** GraphiQL as the API bundles it (from npm, no CDN), proxied under our origin by src/proxy.ts. */
export default async function ExplorerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = t(langOf((await searchParams).lang));
  return (
    <>
      <div className="page-head">
        <h1>{m.explorer.title}</h1>
        <a href="/graphiql" target="_blank" rel="noopener">
          {m.explorer.openFull}
        </a>
      </div>
      <p className="muted">{m.explorer.intro}</p>
      <iframe className="explorer-frame" src="/graphiql" title={m.explorer.title} data-testid="explorer-frame" />
    </>
  );
}
