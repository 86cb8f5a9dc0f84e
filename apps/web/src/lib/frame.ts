// Who may put our pages in a frame. Charts under /embed are made for other sites' pages; everything
// else refuses to be framed (clickjacking), except the explorer, which our own page frames.
// The proxy sets these on every response; pure, so the rules are tested without a server.

/** Request header through which the proxy tells the root layout to draw no site chrome (embeds). */
export const CHROME_HEADER = 'x-gongkai-chrome';

export function isEmbedPath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith('/embed/');
}

const EXPLORER = /^\/graphiql(?:\/|$)/;

export function frameHeaders(pathname: string): Record<string, string> {
  // No X-Frame-Options for embeds: it has no “anyone” value, and it would override frame-ancestors in old browsers.
  if (isEmbedPath(pathname)) return { 'Content-Security-Policy': 'frame-ancestors *' };
  if (EXPLORER.test(pathname)) return { 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': "frame-ancestors 'self'" };
  return { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" };
}

/**
 * The dashboard's Content-Security-Policy: scripts only from this origin with the request's nonce
 * (Next puts it on its own scripts; 'strict-dynamic' lets them load their chunks), nothing from any
 * other origin, no plugins, no <base>, forms only to this site; framing as frameHeaders says.
 * Styles allow inline attributes (charts and the editor set them). Development adds 'unsafe-eval' for
 * React's debugging tools.
 */
export function contentSecurityPolicy(pathname: string, nonce: string, development = false): string {
  const ancestors = frameHeaders(pathname)['Content-Security-Policy'];
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ancestors,
  ].join('; ');
}
