import { bigrams, cjkOnly, compact } from './labels.ts';
import type { Bigrams } from './labels.ts';
import type { Segment } from './segments.ts';

// Segments → model rows. Rows come in a fixed order, so this is a sequence alignment: each model row
// takes at most one segment, in order, maximising how much of each label the segment shows. Order does
// the work that exact matching cannot: 3.其他 can only be the row after 缴纳费用, 总计 the row after it.

export interface RowPattern<K extends string> {
  key: K;
  /** Printed numbering such as （六）, 3. or 一、: tells 其他处理 from 3.其他 when the words are damaged. */
  numbering?: string;
  /** Full label and known variants, compared by bigrams. */
  labels: string[];
  /** Distinctive part: at least `minCoreRecall` of its bigrams must be present. */
  core: string;
  /** Known misprints or variants of the core (总记 for 总计), as good as the core itself. */
  coreVariants?: string[];
}

export interface Alignment<K extends string> {
  assigned: Map<K, Segment>;
  /** Segments that matched an assigned row's label as well as the chosen one: a row printed twice. */
  duplicates: Map<K, Segment[]>;
}

interface Prepared<K extends string> {
  key: K;
  numbering: RegExp | null;
  /** The numbering directly followed by the core (for short cores). */
  numberedCore: RegExp | null;
  /** The numbering directly followed by the first words of the label or its core. */
  numberedLabel: RegExp | null;
  labels: Bigrams[];
  cores: { bigrams: Bigrams; text: string }[];
  /** Positions of this pattern's labels and cores in the hit counts of an Evidence. */
  labelSlots: number[];
  coreSlots: number[];
}

/** Every label and core bigram of a pattern set → the slots (a pattern's label or core) it belongs to. */
interface PatternIndex {
  slots: number;
  byBigram: Map<number, number[]>;
}

/** Per slot, how many of its bigrams a text shows: one pass over the text's bigrams for all patterns. */
function countHits(index: PatternIndex, set: Bigrams): Int32Array {
  const hits = new Int32Array(index.slots);
  for (const b of set) {
    const slots = index.byBigram.get(b);
    if (slots) for (const slot of slots) hits[slot]!++;
  }
  return hits;
}

function prepare<K extends string>(patterns: RowPattern<K>[]): { prepared: Prepared<K>[]; index: PatternIndex } {
  const byBigram = new Map<number, number[]>();
  let slots = 0;
  const slotOf = (set: Bigrams) => {
    const slot = slots++;
    for (const b of set) {
      const list = byBigram.get(b) ?? [];
      list.push(slot);
      byBigram.set(b, list);
    }
    return slot;
  };
  const prepared = patterns.map((p) => ({
    key: p.key,
    numbering: numberingPattern(p.numbering),
    numberedCore: p.numbering ? new RegExp(`${numberingPattern(p.numbering)!.source}(?:${[p.core, ...(p.coreVariants ?? [])].map(cjkOnly).join('|')})`) : null,
    // The numbering counts where the row's own words follow it (1.申请人…), not wherever a 1. stands.
    numberedLabel: p.numbering
      ? new RegExp(
          `${numberingPattern(p.numbering)!.source}(?:${[...new Set([...p.labels, p.core].map((l) => cjkOnly(l).slice(0, 2)).filter(Boolean))].join('|')})`,
        )
      : null,
    labels: p.labels.map((l) => bigrams(cjkOnly(l))),
    cores: [p.core, ...(p.coreVariants ?? [])].map((c) => ({ bigrams: bigrams(cjkOnly(c)), text: cjkOnly(c) })),
    labelSlots: [] as number[],
    coreSlots: [] as number[],
  }));
  for (const p of prepared) {
    p.labelSlots = p.labels.map(slotOf);
    p.coreSlots = p.cores.map((c) => slotOf(c.bigrams));
  }
  return { prepared, index: { slots, byBigram } };
}

function numberingPattern(numbering: string | undefined): RegExp | null {
  if (!numbering) return null;
  const n = numbering.replace(/[（）()、.．]/g, '');
  if (/^[（(]/.test(numbering)) return new RegExp(`[（(]${n}[)）]`);
  if (/^\d/.test(n)) return new RegExp(`(?<![0-9])${n}[.、．]`);
  return new RegExp(`${n}[、.．]`);
}

interface Evidence {
  own: Bigrams;
  context: Bigrams;
  /** Hit counts of every label and core (by slot) in the own words and in the context. */
  ownHits: Int32Array;
  contextHits: Int32Array;
  contextText: string;
  /** Context with punctuation and digits, for numbering (computed when first needed). */
  raw: () => string;
}

function score<K extends string>(p: Prepared<K>, e: Evidence): number {
  let coreHits = 0;
  let core = p.cores[0]!;
  p.cores.forEach((c, k) => {
    const hits = e.contextHits[p.coreSlots[k]!]!;
    if (hits / Math.max(1, c.bigrams.size) > coreHits / Math.max(1, core.bigrams.size)) [coreHits, core] = [hits, c];
  });
  // A short label (其他, 总计) counts as numbered only with its numbering right before it (3.其他).
  const numbered = (core.bigrams.size <= 1 ? p.numberedCore?.test(e.raw()) : p.numberedLabel?.test(e.raw())) ?? false;
  // OCR may misread all of a row's few distinctive characters (不掌握 as 不党担): a label that starts
  // with its numbering and shows most of its other words is still that row.
  const damaged = coreHits === 0 && numbered && core.bigrams.size > 1 && labelRecall(p, e.contextHits) >= DAMAGED_CORE_RECALL;
  if (coreHits === 0 && !damaged) return 0;
  const recall = coreHits / Math.max(1, core.bigrams.size);
  // Short cores (其他, 总计, 规章) must appear whole; longer ones may be damaged; a matching number
  // lets a label through with part of its core.
  const need = numbered ? Math.min(0.3, 1 / Math.max(1, core.bigrams.size)) : core.bigrams.size <= 2 ? 1 : 0.6;
  if (recall < need && !damaged && !e.contextText.includes(core.text)) return 0;
  // A short label (其他, 总计) seen only in the words around a row, without its numbering, is some other
  // label's word (（六）其他处理, a column header): not this row.
  if (p.numbering && core.bigrams.size <= 1 && !numbered && e.ownHits[p.coreSlots[p.cores.indexOf(core)]!] === 0) return 0;
  let inContext = 0;
  let onOwnLine = 0;
  for (const slot of p.labelSlots) {
    inContext = Math.max(inContext, e.contextHits[slot]!);
    onOwnLine = Math.max(onOwnLine, e.ownHits[slot]!);
  }
  return inContext + 3 * onOwnLine + 2 * coreHits + (numbered ? 2 : 0);
}

const preparedCache = new WeakMap<object, { prepared: Prepared<string>[]; index: PatternIndex }>();

/** Share of a row's label (best of its variants) that a text shows: how complete a label it is. */
function labelRecall<K extends string>(p: Prepared<K>, hits: Int32Array): number {
  let best = 0;
  p.labels.forEach((l, k) => (best = Math.max(best, hits[p.labelSlots[k]!]! / Math.max(1, l.size))));
  return best;
}

/** Share of its label's words a numbered row whose distinctive words were all misread must show. */
const DAMAGED_CORE_RECALL = 0.6;

/** A row printed empty must show its label nearly whole; words alone are weaker evidence than numbers. */
const EMPTY_ROW_RECALL = 0.7;
const WORDS_ONLY_WEIGHT = 0.5;

export function alignSegments<K extends string>(segments: Segment[], patterns: RowPattern<K>[]): Alignment<K> {
  let cached = preparedCache.get(patterns) as { prepared: Prepared<K>[]; index: PatternIndex } | undefined;
  if (!cached) {
    cached = prepare(patterns);
    preparedCache.set(patterns, cached);
  }
  const { prepared, index } = cached;
  const segs = segments;
  const n = segs.length;
  const m = prepared.length;
  const ownBigrams = segs.map((s) => bigrams(cjkOnly(s.ownText)));
  const ownHits = ownBigrams.map((b) => countHits(index, b));
  const ownRaw = segs.map((s) => compact(s.ownText));
  // How much of each row's label each segment's own words show, computed once.
  const ownRecall = segs.map((_, i) => prepared.map((p) => labelRecall(p, ownHits[i]!)));
  // A label starts where its row's numbering is printed (（二） 2. 二、), or, for rows printed without
  // numbering (section 二), where the label shows whole. Words up to the next start continue it.
  const labelStart = segs.map((s, i) => {
    if (s.kind === 'values') return false;
    if (prepared.some((p, j) => !p.numbering && ownRecall[i]![j]! >= 0.9)) return true;
    // In a table row the row's own label is its last label cell, numbered (5.要求行政机 …); group labels
    // stand before it. A numbering in a cell of its own counts where the label after it is that row's
    // (二、 | 上年结转…), not where a group label cut over lines leaves it ((六) | 由逾期不补正…).
    if (s.tabular) {
      const cells = s.labelCells;
      const last = cells[cells.length - 1]?.text ?? '';
      if (NUMBERING_START.test(last)) return true;
      const before = compact(cells[cells.length - 2]?.text ?? '');
      if (!BARE_NUMBERING.test(before)) return false;
      const words = cjkOnly(last);
      return prepared.some((p) => p.numbering !== null && p.numbering.test(before) && p.cores.some((c) => words.includes(c.text)));
    }
    // A line laid out by spaces is words: any of them may carry the numbering.
    return s.labelCells.some((c) => NUMBERING_START.test(c.text));
  });
  // Rows are delimited by segments with values and by table rows printed empty that start a label.
  const rowBearing = segs.map((s, i) => s.kind === 'values' || (s.kind === 'blank' && labelStart[i]!));
  // Words between two rows: the lines before the first label start continue the row above (its
  // suffix); a row with numbers takes the last label started before it (a label wrapped above its
  // numbers), or the whole run where no label starts in it; every label start is a row of its own too.
  const prefix: string[] = new Array<string>(n).fill('');
  const suffix: string[] = new Array<string>(n).fill('');
  const block: string[] = new Array<string>(n).fill('');
  for (let i = 0; i < n;) {
    if (rowBearing[i]) {
      i++;
      continue;
    }
    let k = i;
    while (k < n && !rowBearing[k]) k++;
    // Segments i..k-1 form the run; cut it into blocks at each label start.
    const starts: number[] = [];
    for (let j = i; j < k; j++) if (labelStart[j]) starts.push(j);
    const textOf = (a: number, b: number) =>
      segs
        .slice(a, b)
        .map((x) => x.ownText)
        .join('');
    const firstStart = starts[0] ?? k;
    if (i > 0) suffix[i - 1] = textOf(i, firstStart);
    starts.forEach((a, x) => (block[a] = textOf(a, starts[x + 1] ?? k)));
    if (k < n) prefix[k] = starts.length > 0 ? block[starts[starts.length - 1]!]! : textOf(i, k);
    i = k;
  }
  // Evidence: a row's own line, the words wrapped above (for numbers) and below its cells.
  // A whole numbered label on the numbers' own line (3、其他 24 … 33) is the row: the words around it
  // belong to rows printed blank above and below, not to these numbers.
  const wholeOnLine = (i: number) => {
    const raw = ownRaw[i]!;
    return prepared.some(
      (p, j) => ownRecall[i]![j]! >= 0.9 && (p.numbering === null || (p.cores[0]!.bigrams.size <= 1 ? p.numberedCore! : p.numbering).test(raw)),
    );
  };
  const evidence: Evidence[] = segs.map((s, i) => {
    if (s.kind === 'values') {
      const contextRaw = wholeOnLine(i) ? s.ownText : prefix[i]! + s.ownText + suffix[i]!;
      const contextText = cjkOnly(contextRaw);
      let raw: string | undefined;
      const context = bigrams(contextText);
      return {
        own: ownBigrams[i]!,
        context,
        ownHits: ownHits[i]!,
        contextHits: contextRaw === s.ownText ? ownHits[i]! : countHits(index, context),
        contextText,
        raw: () => (raw ??= compact(contextRaw)),
      };
    }
    return wordsEvidence(rowBearing[i] ? s.ownText + suffix[i]! : labelStart[i] ? block[i]! : s.ownText, index);
  });
  // Two labels shown whole on the line of one row's numbers: the numbers belong to the label nearest
  // them (the one before is a group label, or a row printed without numbers, as flat text shows).
  const nearest = segs.map((s, i) => {
    if (s.kind !== 'values') return null;
    const own = cjkOnly(s.ownText);
    const raw = ownRaw[i]!;
    let best: { key: K; end: number } | null = null;
    let strong = 0;
    for (const [j, p] of prepared.entries()) {
      if (ownRecall[i]![j]! < 0.9) continue;
      const short = p.cores[0]!.bigrams.size <= 2;
      if (short && p.numbering && !p.numbering.test(raw)) continue;
      let end = -1;
      for (const c of p.cores) {
        const at = own.lastIndexOf(c.text);
        if (at >= 0) end = Math.max(end, at + c.text.length);
      }
      if (end < 0) continue;
      strong++;
      if (!best || end > best.end) best = { key: p.key, end };
    }
    return strong >= 2 ? best!.key : null;
  });
  const scores = segs.map((s, i) =>
    prepared.map((p, j) => {
      if (s.kind === 'values') return nearest[i] && nearest[i] !== p.key && ownRecall[i]![j]! >= 0.9 ? 0 : score(p, evidence[i]!);
      // Without numbers, only a label that starts a row and shows nearly whole counts.
      if (!labelStart[i]) return 0;
      const e = evidence[i]!;
      if (labelRecall(p, e.contextHits) < EMPTY_ROW_RECALL) return 0;
      if (p.numbering && !p.numbering.test(ownRaw[i]!)) return 0;
      return score(p, e) * (rowBearing[i] ? 1 : WORDS_ONLY_WEIGHT);
    }),
  );

  // dp[i][j]: best total using the first i segments and the first j patterns.
  const dp: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const move: Uint8Array[] = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  for (let i = 1; i <= n; i++) move[i]![0] = 1;
  for (let j = 1; j <= m; j++) move[0]![j] = 2;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = dp[i - 1]![j]!;
      let how = 1; // skip segment
      if (dp[i]![j - 1]! > best) {
        best = dp[i]![j - 1]!;
        how = 2; // pattern absent
      }
      const s = scores[i - 1]![j - 1]!;
      if (s > 0 && dp[i - 1]![j - 1]! + s > best) {
        best = dp[i - 1]![j - 1]! + s;
        how = 3;
      }
      dp[i]![j] = best;
      move[i]![j] = how;
    }
  }
  const assigned = new Map<K, Segment>();
  const assignedIndex = new Map<K, number>();
  for (let i = n, j = m; i > 0 && j > 0;) {
    const how = move[i]![j];
    if (how === 3) {
      assigned.set(prepared[j - 1]!.key, segs[i - 1]!);
      assignedIndex.set(prepared[j - 1]!.key, i - 1);
      i--;
      j--;
    } else if (how === 1) i--;
    else j--;
  }

  // A skipped segment with values that scores as well as the chosen one for the same row is that row
  // printed twice.
  const duplicates = new Map<K, Segment[]>();
  const used = new Set(assignedIndex.values());
  segs.forEach((seg, i) => {
    if (used.has(i) || seg.kind !== 'values') return;
    let bestJ = -1;
    let best = 0;
    prepared.forEach((p, j) => {
      if (scores[i]![j]! > best) {
        best = scores[i]![j]!;
        bestJ = j;
      }
    });
    if (bestJ < 0) return;
    const key = prepared[bestJ]!.key;
    const chosen = assignedIndex.get(key);
    if (chosen === undefined || segs[chosen]!.kind !== 'values') return;
    const chosenScore = scores[chosen]![bestJ]!;
    // Only near neighbours: a row printed twice sits next to itself.
    if (best >= 0.8 * chosenScore && Math.abs(chosen - i) <= 2) {
      const list = duplicates.get(key) ?? [];
      list.push(seg);
      duplicates.set(key, list);
    }
  });
  return { assigned, duplicates };
}

/** Evidence of a row without values: its words, without the bonus that words beside numbers earn. */
function wordsEvidence(text: string, index: PatternIndex): Evidence {
  const contextText = cjkOnly(text);
  let raw: string | undefined;
  const context = bigrams(contextText);
  return {
    own: NO_BIGRAMS,
    context,
    ownHits: new Int32Array(index.slots),
    contextHits: countHits(index, context),
    contextText,
    raw: () => (raw ??= compact(text)),
  };
}

/** A numbering alone in its cell. */
const BARE_NUMBERING = /^(?:（[一二三四五六七八九十\d]{1,2}）|[一二三四五六七八九十]{1,2}[、.]|\d{1,2}[.、])$/;

/** A row's printed numbering at the start of a label cell: （二） 2. 二、 */
const NUMBERING_START = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[.、．](?!\d))/;

const NO_BIGRAMS: Bigrams = new Set();
