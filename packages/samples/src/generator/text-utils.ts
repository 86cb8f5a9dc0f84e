// Small helpers for the text layouts: display width of CJK text and wrapping by width.

/** Columns a character takes in a monospaced rendering: 2 for CJK and full-width forms. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
    ? 2
    : 1;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Splits text into pieces of at most `width` columns (at least one character each). */
export function wrapByWidth(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width && line) {
      out.push(line);
      line = '';
      w = 0;
    }
    line += ch;
    w += cw;
  }
  if (line || out.length === 0) out.push(line);
  return out;
}

/** Splits text into n pieces of nearly equal length (by characters). */
export function splitEven(text: string, n: number): string[] {
  const chars = [...text];
  const size = Math.ceil(chars.length / n);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

/** Writes `text` into `line` starting at display column `col` (spaces pad; never overwrites). */
export function putAt(line: string, col: number, text: string, minGap = 2): string {
  const w = textWidth(line);
  const start = line.trim() === '' ? col : Math.max(col, w + minGap);
  return line + ' '.repeat(Math.max(0, start - w)) + text;
}

/** pdftotext puts a space between CJK text and a run of ASCII digits: '2023 年'. */
export function spaceDigits(text: string): string {
  return text.replace(/(\d+)/g, ' $1 ').replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}
