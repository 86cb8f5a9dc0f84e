import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameHeaders, isEmbedPath } from './frame';

describe('frame headers', () => {
  it.each(['/embed/notebooks/overview/cells/requestsChart', '/embed'])('%s may be framed by any site, with no X-Frame-Options', (path) => {
    expect(frameHeaders(path)).toEqual({ 'Content-Security-Policy': 'frame-ancestors *' });
  });

  it.each(['/', '/notebooks', '/notebooks/overview', '/embedded', '/reports/1', '/graphql'])('%s refuses every frame', (path) => {
    expect(frameHeaders(path)).toEqual({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
  });

  it.each(['/graphiql', '/graphiql/bundle.js'])('%s (the explorer) may be framed by our own pages only', (path) => {
    expect(frameHeaders(path)).toEqual({ 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': "frame-ancestors 'self'" });
  });

  it('knows an embed path', () => {
    expect([isEmbedPath('/embed/x'), isEmbedPath('/embedx'), isEmbedPath('/notebooks/embed/x')]).toEqual([true, false, false]);
  });

  it('builds a strict script policy with the nonce, and frame-ancestors by path', () => {
    const page = contentSecurityPolicy('/notebooks', 'abc123');
    expect(page).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(page).not.toContain('unsafe-eval');
    expect(page).toContain("object-src 'none'");
    expect(page.endsWith("frame-ancestors 'none'")).toBe(true);
    expect(contentSecurityPolicy('/embed/notebooks/a/cells/b', 'n').endsWith('frame-ancestors *')).toBe(true);
    expect(contentSecurityPolicy('/', 'n', true)).toContain("'unsafe-eval'");
  });
});
