// How far a running import has got: a scan is read by OCR page by page, which takes seconds a page, and
// the person who dropped it should see the pages go by. The import page names its upload with a random
// key; the import reports each page read under that key; the page asks for it while it waits. Kept in
// memory only (an answer for the next few minutes, not a record), bounded in entries and in age.

/** A key is the browser's crypto.randomUUID(): 122 random bits, not guessable. */
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** At most this many imports are followed at once; the oldest is forgotten first. */
export const MAX_FOLLOWED = 1000;
/** An entry is forgotten this long after its last page. */
export const FOLLOW_MS = 10 * 60_000;

export interface ImportProgress {
  page: number;
  pages: number;
  /** Who started the import: nobody else hears of it. */
  userId: string;
}

const followed = new Map<string, ImportProgress & { at: number }>();

export function isProgressKey(key: string): boolean {
  return KEY.test(key);
}

export function reportPage(key: string, userId: string, page: number, pages: number, now = Date.now()): void {
  followed.delete(key);
  followed.set(key, { page, pages, userId, at: now });
  for (const [k, v] of followed) {
    if (followed.size <= MAX_FOLLOWED && now - v.at <= FOLLOW_MS) break;
    followed.delete(k);
  }
}

export function progressOf(key: string, userId: string, now = Date.now()): { page: number; pages: number } | null {
  const p = followed.get(key);
  if (!p || p.userId !== userId || now - p.at > FOLLOW_MS) return null;
  return { page: p.page, pages: p.pages };
}
