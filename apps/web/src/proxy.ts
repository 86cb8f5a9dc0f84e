import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { apiOrigin, env } from './env';
import { LANG_HEADER, langOf } from './i18n/messages';
import { CHROME_HEADER, frameHeaders, isEmbedPath } from './lib/frame';

// Three jobs before a request reaches a page:
// 1. The explorer is the API's own GraphiQL (bundled from npm, no CDN), proxied so it is same-origin:
//    /graphiql, its bundle and /graphql go to the API. Done here rather than in next.config's rewrites,
//    which are frozen into the build: the API's address is read when the server starts.
// 2. The root layout cannot read search params; it learns the page's language (?lang=en) from a request
//    header set here, so <html lang> and the header's words match the page; and whether to draw the
//    site's header at all (not around an embedded chart).
// 3. Frame headers (src/lib/frame.ts): /embed may be framed by any site, nothing else may.

const TO_API = /^\/(?:graphql|graphiql(?:\/bundle\.(?:js|css))?)$/;

function withFrameHeaders(response: NextResponse, pathname: string): NextResponse {
  for (const [k, v] of Object.entries(frameHeaders(pathname))) response.headers.set(k, v);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (TO_API.test(pathname)) {
    const headers = new Headers(request.headers);
    if (env.GONGKAI_READ_TOKEN && !headers.has('authorization')) headers.set('authorization', `Bearer ${env.GONGKAI_READ_TOKEN}`);
    return withFrameHeaders(NextResponse.rewrite(new URL(`${pathname}${search}`, apiOrigin(env)), { request: { headers } }), pathname);
  }
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, langOf(request.nextUrl.searchParams.get('lang')));
  if (isEmbedPath(pathname)) headers.set(CHROME_HEADER, 'none');
  else headers.delete(CHROME_HEADER);
  return withFrameHeaders(NextResponse.next({ request: { headers } }), pathname);
}

export const config = {
  matcher: ['/((?!_next/|favicon.ico|icon.svg).*)'],
};
