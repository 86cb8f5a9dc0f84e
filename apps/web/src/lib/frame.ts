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
