import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';
import { apiOrigin, env, isDevelopment } from './env';
import { LANG_HEADER, langOf } from './i18n/messages';
import { CHROME_HEADER, contentSecurityPolicy, frameHeaders, isEmbedPath } from './lib/frame';
import { PATH_HEADER } from './lib/paths';

// Four jobs before a request reaches a page:
// 1. The explorer is the API's own GraphiQL (bundled from npm, no CDN), proxied so it is same-origin:
//    /graphiql, its bundle and /graphql go to the API; so does /api/auth (sign-in, sign-out, password),
//    so the session cookie is set on this origin. Done here rather than in next.config's rewrites,
//    which are frozen into the build: the API's address is read when the server starts.
// 2. The root layout cannot read search params; it learns the page's language (?lang=en) from a request
//    header set here, so <html lang> and the header's words match the page; whether to draw the site's
//    header at all (not around an embedded chart); and the path (for the sign-in page's way back).
// 3. A nonce per request for the Content-Security-Policy: Next puts it on its scripts; nothing else runs.
// 4. Frame headers (src/lib/frame.ts): /embed may be framed by any site, nothing else may.

const TO_API = /^\/(?:graphql|graphiql(?:\/bundle\.(?:js|css))?|api\/auth\/.+)$/;

function withFrameHeaders(response: NextResponse, pathname: string): NextResponse {
  for (const [k, v] of Object.entries(frameHeaders(pathname))) response.headers.set(k, v);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (TO_API.test(pathname)) {
    return withFrameHeaders(NextResponse.rewrite(new URL(`${pathname}${search}`, apiOrigin(env))), pathname);
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(pathname, nonce, isDevelopment);
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, langOf(request.nextUrl.searchParams.get('lang')));
  headers.set(PATH_HEADER, `${pathname}${search}`);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  headers.set('content-security-policy', csp);
  headers.set('x-nonce', nonce);
  if (isEmbedPath(pathname)) headers.set(CHROME_HEADER, 'none');
  else headers.delete(CHROME_HEADER);
  const response = withFrameHeaders(NextResponse.next({ request: { headers } }), pathname);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: ['/((?!_next/|favicon.ico|icon.svg).*)'],
};
