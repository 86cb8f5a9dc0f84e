import type { PageImage } from './extract-pdf.ts';
import type { Box } from './scan-layout.ts';
import { glyphSpans, inkPieces } from './scan-layout.ts';

// A report prints all its numbers in one typeface, so each digit looks the same wherever it stands. The OCR
// engine's two passes share one model and can misread a digit the same way (a 6 as 0); the document's own
// other copies of that digit cannot. Each glyph of a number the engine read is compared with the glyphs
// read elsewhere in the document: a digit that does not look like the other copies of what it was read as,
// or looks more like another digit, makes its number doubtful. Pure: pixels in, verdicts out.

/** Columns and rows of the grid a glyph is sampled on. */
const GRID_W = 10;
const GRID_H = 14;

/**
 * The glyphs of a line of characters in `box` (as glyphSpans finds them), each as darkness sampled on a
 * grid: a frame as tall as the line and three quarters as wide, centred on the glyph, so that a narrow 1
 * stays narrow and a dot stays low.
 */
export function glyphShapes(img: Pick<PageImage, 'width' | 'gray'>, box: Box): Float32Array[] {
  const pieces = inkPieces(img, box).filter((p) => p.size > 2);
  const spans = glyphSpans(img, box);
  const lineTop = Math.min(...pieces.map((p) => p.y0));
  const lineBottom = Math.max(...pieces.map((p) => p.y1)) + 1;
  const height = lineBottom - lineTop;
  const frame = height * 0.75;
  return spans.map((s) => {
    const cx = (s.x0 + s.x1 + 1) / 2;
    const features = new Float32Array(GRID_W * GRID_H);
    for (let gy = 0; gy < GRID_H; gy++) {
      for (let gx = 0; gx < GRID_W; gx++) {
        // The mean darkness of the grid cell's pixels, the glyph's own span only (a neighbour's edge is not
        // this glyph's ink).
        const ya = lineTop + (gy * height) / GRID_H;
        const yb = lineTop + ((gy + 1) * height) / GRID_H;
        const xa = cx - frame / 2 + (gx * frame) / GRID_W;
        const xb = cx - frame / 2 + ((gx + 1) * frame) / GRID_W;
        let sum = 0;
        let n = 0;
        for (let y = Math.floor(ya); y < Math.max(Math.ceil(yb), Math.floor(ya) + 1); y++)
          for (let x = Math.floor(xa); x < Math.max(Math.ceil(xb), Math.floor(xa) + 1); x++) {
            n++;
            if (x < s.x0 || x > s.x1 || y < 0) continue;
            const gray = img.gray[(box.y0 + y) * img.width + box.x0 + x];
            if (gray !== undefined) sum += 1 - gray / 255;
          }
        features[gy * GRID_W + gx] = sum / n;
      }
    }
    return features;
  });
}

/** A glyph's grid centred and scaled to unit length, so that the dot product of two is their correlation. */
function standardised(raw: Float32Array): Float32Array {
  // Blurred first (3×3 on the grid), so that a glyph sampled a pixel off its copy still matches it.
  const a = new Float32Array(raw.length);
  for (let y = 0; y < GRID_H; y++)
    for (let x = 0; x < GRID_W; x++) {
      let sum = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const yy = y + dy;
          const xx = x + dx;
          if (yy < 0 || xx < 0 || yy >= GRID_H || xx >= GRID_W) continue;
          sum += raw[yy * GRID_W + xx]! * (dx === 0 && dy === 0 ? 2 : 1);
          n += dx === 0 && dy === 0 ? 2 : 1;
        }
      a[y * GRID_W + x] = sum / n;
    }
  let mean = 0;
  for (const v of a) mean += v;
  mean /= a.length;
  let norm = 0;
  for (const v of a) norm += (v - mean) ** 2;
  norm = Math.sqrt(norm);
  return a.map((v) => (norm === 0 ? 0 : (v - mean) / norm));
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Pearson correlation of two glyphs' grids: 1 for the same shape. */
export function glyphSimilarity(a: Float32Array, b: Float32Array): number {
  return dot(standardised(a), standardised(b));
}

/** Copies of one character compared with, at most (a long report prints thousands of digits). */
const SAMPLES_PER_CHAR = 150;

/** How alike a glyph must be to its closest other copy of its character (correlation of blurred grids). */
export const SAME_CHAR = 0.45;
/**
 * Copies this close to the closest one (in correlation) vote on what a glyph is: its reading must have
 * more than half of their votes. One misread copy among many right ones loses the vote; it does not cast
 * doubt on them.
 */
export const NEAR = 0.05;
/** A character printed once must be less alike than this to every other character's copies. */
export const ALONE_UNLIKE = 0.8;

/**
 * The copies of each character the numbers show (at most SAMPLES_PER_CHAR each), from numbers with as many
 * glyphs as characters read; `shapes` are their glyphs standardised.
 */
function samplesOf(
  numbers: readonly ReadNumber[],
  shapes: readonly Float32Array[][],
): { samples: { char: string; glyph: Float32Array }[]; perChar: Map<string, number> } {
  const samples: { char: string; glyph: Float32Array }[] = [];
  const perChar = new Map<string, number>();
  numbers.forEach((n, owner) => {
    if (n.glyphs.length !== n.text.length) return;
    for (let k = 0; k < n.text.length; k++) {
      const char = n.text[k]!;
      const count = perChar.get(char) ?? 0;
      if (count >= SAMPLES_PER_CHAR) continue;
      perChar.set(char, count + 1);
      samples.push({ char, glyph: shapes[owner]![k]! });
    }
  });
  return { samples, perChar };
}

export interface ReadNumber {
  /** What was read, one character per glyph (digits and a decimal point). */
  text: string;
  glyphs: Float32Array[];
}

/**
 * The indices of the numbers whose glyphs do not bear out their reading: a glyph whose closest other copy
 * of its character is below SAME_CHAR, or whose nearest copies mostly read as another character. A
 * character printed only once in the document is taken when it is like no other character's copies.
 */
export function doubtfulNumbers(numbers: readonly ReadNumber[]): Set<number> {
  const shapes = numbers.map((n) => n.glyphs.map(standardised));
  const { samples } = samplesOf(numbers, shapes);
  const doubtful = new Set<number>();
  const sims = new Float64Array(samples.length);
  numbers.forEach((n, owner) => {
    if (n.glyphs.length !== n.text.length) {
      doubtful.add(owner);
      return;
    }
    for (let k = 0; k < n.text.length; k++) {
      const glyph = shapes[owner]![k]!;
      const char = n.text[k]!;
      let best = -Infinity;
      let same = -Infinity;
      samples.forEach((s, i) => {
        sims[i] = s.glyph === glyph ? -Infinity : dot(glyph, s.glyph);
        best = Math.max(best, sims[i]!);
        if (s.char === char) same = Math.max(same, sims[i]!);
      });
      let fair: boolean;
      if (same === -Infinity) fair = best < ALONE_UNLIKE;
      else if (same < SAME_CHAR) fair = false;
      else {
        let votes = 0;
        let near = 0;
        samples.forEach((s, i) => {
          if (sims[i]! < best - NEAR) return;
          near++;
          if (s.char === char) votes++;
        });
        fair = votes * 2 > near;
      }
      if (!fair) {
        doubtful.add(owner);
        break;
      }
    }
  });
  return doubtful;
}

/** How alike a glyph the engine could not read must be to its closest trusted copy of a digit to be read as it. */
export const TYPEFACE_SURE = 0.9;
/** How much less alike it must be to every other character's copies. */
export const TYPEFACE_MARGIN = 0.1;
/** Trusted copies a digit must have before a glyph is read as it by the typeface alone. */
const TYPEFACE_COPIES = 3;

/**
 * Glyphs the engine could not read (a 0 it took for Q, or read as nothing), each read by the document's
 * own typeface: the digit whose trusted copies (numbers that passed doubtfulNumbers) it is most alike, when
 * that copy is at least TYPEFACE_SURE alike and every other character's copies are TYPEFACE_MARGIN less
 * alike; otherwise null. With its similarity, 0–1. Never a 1, which a ruling's remnant looks like.
 */
export function readByTypeface(trusted: readonly ReadNumber[], glyphs: readonly Float32Array[]): ({ char: string; similarity: number } | null)[] {
  const { samples, perChar } = samplesOf(
    trusted,
    trusted.map((n) => n.glyphs.map(standardised)),
  );
  return glyphs.map((raw) => {
    const glyph = standardised(raw);
    const bestOf = new Map<string, number>();
    for (const s of samples) bestOf.set(s.char, Math.max(bestOf.get(s.char) ?? -Infinity, dot(glyph, s.glyph)));
    const ranked = [...bestOf].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    // Not a 1: a stroke standing alone is as likely what is left of a ruling.
    if (!first || !/^[02-9]$/.test(first[0]) || (perChar.get(first[0]) ?? 0) < TYPEFACE_COPIES) return null;
    if (first[1] < TYPEFACE_SURE || (second && second[1] > first[1] - TYPEFACE_MARGIN)) return null;
    return { char: first[0], similarity: first[1] };
  });
}
