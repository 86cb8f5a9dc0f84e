// Cell text → what it says as a value. Pure and table-free: the recogniser decides which cells are values.

export type Reading =
  /** Not filled: empty, `/`, `-`, `—`, `无`. */
  | { kind: 'blank' }
  /** A clean printed number; `decimal` keeps every printed digit. */
  | { kind: 'number'; value: number; decimal: string }
  /** Damaged digits (OCR homoglyphs, stray characters, a space inside): the readings it may stand for. */
  | { kind: 'garbled'; candidates: Candidate[] }
  /** Punctuation or stray marks with no digit: neither a label nor a value. */
  | { kind: 'noise' }
  /** Words: part of a label or heading. */
  | { kind: 'text' };

export interface Candidate {
  value: number;
  decimal: string;
}

const FULL_WIDTH_DIGITS = /[０-９]/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const BLANK_MARKS = new Set(['', '/', '／', '\\', '-', '－', '—', '——', '–', '―', '─', '无', '空', 'N/A', 'n/a', '×', '--', '---']);
/** Characters OCR prints for 0. */
const ZERO_LIKE = /[OoОо〇Ｏｏ○◯]/g;
/** Characters OCR prints for 1, trusted only beside real digits. */
const ONE_LIKE = /[lI|丨ǀ]/g;
/** Units and markers a value cell may carry without being text. */
const UNIT_SUFFIX = /(?:万元|元|件|个|项|次|条|人|家|%|％)$/;

const NEEDS_HALF_WIDTH = /[０-９．，＋−－]/;
const NEEDS_UNMARKUP = /[<&\u00a0\u3000]/;

export function toHalfWidth(text: string): string {
  if (!NEEDS_HALF_WIDTH.test(text)) return text;
  return text
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[＋]/g, '+')
    .replace(/[−－]/g, '-');
}

export function stripMarkup(text: string): string {
  if (!NEEDS_UNMARKUP.test(text)) return text;
  return text
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\u00a0|\u3000/g, ' ');
}

const CLEAN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function cleanNumber(s: string): Candidate | null {
  if (GROUPED_NUMBER.test(s)) s = s.replace(/,/g, '');
  if (!CLEAN_NUMBER.test(s)) return null;
  const decimal = s.replace(/^\+/, '');
  return { value: Number(decimal), decimal: normaliseDecimal(decimal) };
}

/** `007` → `7`, `-0` → `0`, `1.50` stays `1.50` (printed digits are kept after the point). */
function normaliseDecimal(s: string): string {
  const neg = s.startsWith('-');
  let body = neg ? s.slice(1) : s;
  body = body.replace(/^0+(?=\d)/, '');
  return neg && !/^0(\.0*)?$/.test(body) ? `-${body}` : body;
}

const PLAIN_INTEGER = /^\d{1,15}$/;
const PLAIN_WORDS = /^[^0-9０-９〇OoОоIl|<&.,·\-—–―─/／\\×'`]*[\u3400-\u9fff][^0-9０-９〇OoОоIl|<&]*$/;

export function readCell(rawText: string): Reading {
  // Fast paths for the two most common cells: a plain count and a label without digits.
  if (PLAIN_INTEGER.test(rawText)) return { kind: 'number', value: Number(rawText), decimal: normaliseDecimal(rawText) };
  if (rawText !== '无' && rawText !== '空' && PLAIN_WORDS.test(rawText)) return { kind: 'text' };
  let t = toHalfWidth(stripMarkup(rawText)).trim();
  if (BLANK_MARKS.has(t.replace(/\s+/g, ''))) return { kind: 'blank' };
  t = t.replace(UNIT_SUFFIX, '').trim();
  const compact = t.replace(/\s+/g, '');
  const clean = cleanNumber(compact);
  if (clean && compact === t) return { kind: 'number', ...clean };
  if (CJK.test(t.replace(/〇/g, ''))) return { kind: 'text' };
  const digitCount = (t.match(/\d/g) ?? []).length;
  const zeroLike = (t.match(ZERO_LIKE) ?? []).length;
  if (digitCount === 0 && zeroLike === 0) return /[A-Za-z]{2,}/.test(t) ? { kind: 'text' } : { kind: 'noise' };
  const letters = (
    t
      .replace(ZERO_LIKE, '')
      .replace(ONE_LIKE, '')
      .match(/[A-Za-z\u0370-\u03ff\u0400-\u04ff]/g) ?? []
  ).length;
  if (letters >= 2) return { kind: 'text' };
  const candidates = garbledCandidates(t);
  return candidates.length > 0 ? { kind: 'garbled', candidates } : { kind: 'noise' };
}

/** Readings of a damaged cell: all of its digit groups joined, or any one group alone (the rest stray). */
export function garbledCandidates(text: string): Candidate[] {
  const groups = text
    .split(/[^0-9OoОо〇Ｏｏ○◯lI|丨ǀ.]+/)
    .map((g) => g.replace(/^\.+|\.+$/g, ''))
    .filter((g) => g.length > 0)
    .map((g) => {
      const hasDigit = /\d/.test(g);
      let s = g.replace(ZERO_LIKE, '0');
      // 1-like marks count as 1 only inside a group that has a real digit or a 0-like mark.
      s = hasDigit || /[OoОо〇Ｏｏ○◯]/.test(g) ? s.replace(ONE_LIKE, '1') : s.replace(ONE_LIKE, '');
      return s;
    })
    .filter((g) => /^\d+(?:\.\d+)?$/.test(g));
  const readings = new Map<string, Candidate>();
  const add = (s: string) => {
    const c = cleanNumber(s);
    if (c && !readings.has(c.decimal)) readings.set(c.decimal, c);
  };
  if (groups.length > 1) add(groups.join(''));
  for (const g of groups) add(g);
  return [...readings.values()];
}

/** A cell that shows a mark (/, -, 无 …) rather than nothing (empty, spaces, &nbsp;, bare markup). */
export function isPrintedMark(text: string): boolean {
  return toHalfWidth(stripMarkup(text)).trim() !== '';
}

export function isValueLike(text: string): boolean {
  const k = readCell(text).kind;
  return k === 'number' || k === 'garbled' || k === 'blank';
}
