/** Request header through which the proxy tells server components the requested path (for ?next=). */
export const PATH_HEADER = 'x-gongkai-path';

/** A path to come back to after signing in: only one of ours, never another site. */
export function safeNext(value: unknown): string {
  const v = typeof value === 'string' ? value : '';
  return v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') && !v.startsWith('/api/') ? v : '/';
}
