// Copied sections: character shingles and MinHash over the narrative sections (一, 五, 六).
//
// A section is normalised first (whitespace and punctuation dropped, every run of digits read as one
// '0'), so a body that copies last year's text and only changes the year and the figures still matches.
// Five-character shingles suit Chinese, which has no spaces: short enough to survive small edits, long
// enough that two different texts share few. 64 MinHash values per section estimate the Jaccard
// similarity to about ±0.04; 8 bands of 8 values put two sections that are ≥ 90 % alike in the same band
// with probability > 99 %, and two that are 50 % alike with probability ~3 %.

export const SHINGLE = 5;
export const HASHES = 64;
export const BANDS = 8;
export const ROWS = HASHES / BANDS;
/**
 * Sections shorter than this (normalised characters) say too little to call a copy: “无。”, or the one
 * sentence on fees that most bodies print in section 六 every year. ~120 characters is three sentences.
 */
export const MIN_CHARS = 120;
/** Longest text compared: the parser's own narrative limit is higher, but a section this long is rare. */
export const MAX_CHARS = 60_000;

export type NarrativeSection = 'overview' | 'problems' | 'otherMatters';
export const NARRATIVE_SECTIONS: readonly NarrativeSection[] = ['overview', 'problems', 'otherMatters'];

export interface Normalised {
  text: string;
  /** For each character of `text`, its offset in the original. */
  at: number[];
}

const DROP = /[\s\p{P}\p{S}]/u;

export function normalise(original: string): Normalised {
  const source = original.length > MAX_CHARS ? original.slice(0, MAX_CHARS) : original;
  let text = '';
  const at: number[] = [];
  let inDigits = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch >= '0' && ch <= '9') {
      if (!inDigits) {
        text += '0';
        at.push(i);
      }
      inDigits = true;
      continue;
    }
    inDigits = false;
    if (DROP.test(ch)) continue;
    text += ch;
    at.push(i);
  }
  return { text, at };
}

/** FNV-1a over the UTF-16 units of s[from, from + len). */
function fnv(s: string, from: number, len: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < from + len; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: a cheap, well-mixed 32-bit hash of a 32-bit value. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = (() => {
  const out = new Uint32Array(HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < HASHES; i++) {
    x = mix(x + 0x6d2b79f5);
    out[i] = x;
  }
  return out;
})();

/** The distinct shingle hashes of a normalised text. */
export function shingles(text: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= text.length; i++) out.add(fnv(text, i, SHINGLE));
  return out;
}

export function minhash(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < HASHES; i++) {
      const v = mix(h ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The share of equal MinHash values: an estimate of the Jaccard similarity. */
export function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const h of small) if (large.has(h)) both++;
  return both / (a.size + b.size - both);
}

const SECTION_CODE: Record<NarrativeSection, number> = { overview: 1, problems: 2, otherMatters: 3 };

/**
 * One key per band: which section, which year and the band's values, hashed into 53 bits (a safe
 * integer). Two sections of the same year that share a key are candidates; the year in the key keeps
 * the lookups for “other bodies, same year” to that year.
 */
export function bandKeys(sig: Uint32Array, section: NarrativeSection, year: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h1 = mix(SECTION_CODE[section] * 0x10000 + b) ^ mix(year);
    let h2 = mix(h1 ^ 0x5bd1e995);
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!;
      h1 = mix(h1 ^ v);
      h2 = mix(Math.imul(h2, 31) ^ v);
    }
    keys.push((h1 & 0x1fffff) * 2 ** 32 + h2);
  }
  return keys;
}

export interface SectionSignature {
  section: NarrativeSection;
  chars: number;
  minhash: Uint32Array;
}

/** The signatures of a report's narratives: sections too short to judge have none. */
export function signatures(narratives: Partial<Record<string, string | null>>): SectionSignature[] {
  const out: SectionSignature[] = [];
  for (const section of NARRATIVE_SECTIONS) {
    const text = narratives[section];
    if (!text) continue;
    const n = normalise(text);
    if (n.text.length < MIN_CHARS) continue;
    out.push({ section, chars: n.text.length, minhash: minhash(shingles(n.text)) });
  }
  return out;
}

export const signatureToBlob = (sig: Uint32Array): Buffer => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
export const blobToSignature = (blob: Buffer): Uint32Array => new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

/** Exact similarity of two texts: the Jaccard index of their normalised shingles. */
export function textSimilarity(a: string, b: string): number {
  return jaccard(shingles(normalise(a).text), shingles(normalise(b).text));
}

export interface Segment {
  text: string;
  shared: boolean;
}

/** Passages of at least this many normalised characters found in both texts are highlighted. */
export const MIN_PASSAGE = 12;

/**
 * The two texts cut into runs that the other text also contains (shared) and runs it does not, on the
 * normalised text (so a passage whose figures changed is still shared), mapped back to the original.
 */
export function sharedPassages(a: string, b: string): { a: Segment[]; b: Segment[]; sharedShare: number } {
  const na = normalise(a);
  const nb = normalise(b);
  const markA = new Uint8Array(na.text.length);
  const markB = new Uint8Array(nb.text.length);
  const k = MIN_PASSAGE;
  const where = new Map<string, number[]>();
  for (let i = 0; i + k <= nb.text.length; i++) {
    const key = nb.text.slice(i, i + k);
    const list = where.get(key);
    if (list) {
      if (list.length < 8) list.push(i);
    } else where.set(key, [i]);
  }
  for (let i = 0; i + k <= na.text.length;) {
    const hits = where.get(na.text.slice(i, i + k));
    if (!hits) {
      i++;
      continue;
    }
    // The longest match among the first few places the k-gram occurs in b.
    let best = 0;
    let bestAt = 0;
    for (const j of hits) {
      let len = k;
      while (i + len < na.text.length && j + len < nb.text.length && na.text[i + len] === nb.text[j + len]) len++;
      if (len > best) {
        best = len;
        bestAt = j;
      }
    }
    markA.fill(1, i, i + best);
    markB.fill(1, bestAt, bestAt + best);
    i += best;
  }
  const sharedChars = markA.reduce((s, m) => s + m, 0);
  return {
    a: segments(a, na, markA),
    b: segments(b, nb, markB),
    sharedShare: na.text.length ? Number((sharedChars / na.text.length).toFixed(3)) : 0,
  };
}

/** Back to the original text: each original character takes the mark of the normalised one it led to. */
function segments(original: string, n: Normalised, mark: Uint8Array): Segment[] {
  const text = original.length > MAX_CHARS ? original.slice(0, MAX_CHARS) : original;
  const flags = new Uint8Array(text.length);
  for (let i = 0; i < n.at.length; i++) {
    const from = n.at[i]!;
    const to = i + 1 < n.at.length ? n.at[i + 1]! : text.length;
    let own = from + 1;
    if (text[from]! >= '0' && text[from]! <= '9') while (own < to && text[own]! >= '0' && text[own]! <= '9') own++;
    flags.fill(mark[i]!, from, own);
    // Punctuation between two shared characters is shared too; at the edge of a run it is not.
    flags.fill(mark[i]! && (i + 1 < n.at.length ? mark[i + 1]! : 0), own, to);
  }
  const out: Segment[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && flags[j] === flags[i]) j++;
    out.push({ text: text.slice(i, j), shared: flags[i] === 1 });
    i = j;
  }
  return out;
}
