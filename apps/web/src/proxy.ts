import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { apiOrigin, env } from './env';
import { LANG_HEADER, langOf } from './i18n/messages';

// Two jobs before a request reaches a page:
// 1. The explorer is the API's own GraphiQL (bundled from npm, no CDN), proxied so it is same-origin:
//    /graphiql, its bundle and /graphql go to the API. Done here rather than in next.config's rewrites,
//    which are frozen into the build: the API's address is read when the server starts.
// 2. The root layout cannot read search params; it learns the page's language (?lang=en) from a request
//    header set here, so <html lang> and the header's words match the page.

const TO_API = /^\/(?:graphql|graphiql(?:\/bundle\.(?:js|css))?)$/;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (TO_API.test(pathname)) return NextResponse.rewrite(new URL(`${pathname}${search}`, apiOrigin(env)));
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, langOf(request.nextUrl.searchParams.get('lang')));
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/|favicon.ico|icon.svg).*)'],
};
