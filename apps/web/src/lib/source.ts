// Where a cell came from in the source text: the characters [start, end) and the line holding them.

/** Splits the text around [start, end) and the line that holds it. */
export function sourceParts(text: string, start: number, end: number) {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const lineStart = s === 0 ? 0 : text.lastIndexOf('\n', s - 1) + 1;
  const nl = text.indexOf('\n', e);
  const lineEnd = nl === -1 ? text.length : nl;
  return {
    before: text.slice(0, lineStart),
    lineBefore: text.slice(lineStart, s),
    marked: text.slice(s, e),
    lineAfter: text.slice(e, lineEnd),
    after: text.slice(lineEnd),
  };
}
