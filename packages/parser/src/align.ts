import { bigramHits, bigrams, cjkOnly, compact } from './labels.ts';
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
  labels: Set<string>[];
  cores: { bigrams: Set<string>; text: string }[];
}

function prepare<K extends string>(patterns: RowPattern<K>[]): Prepared<K>[] {
  return patterns.map((p) => ({
    key: p.key,
    numbering: numberingPattern(p.numbering),
    numberedCore: p.numbering ? new RegExp(`${numberingPattern(p.numbering)!.source}(?:${[p.core, ...(p.coreVariants ?? [])].map(cjkOnly).join('|')})`) : null,
    // The numbering counts where the row's own words follow it (1.申请人…), not wherever a 1. stands.
    numberedLabel: p.numbering ? new RegExp(`${numberingPattern(p.numbering)!.source}(?:${[...new Set([...p.labels, p.core].map((l) => cjkOnly(l).slice(0, 2)).filter(Boolean))].join('|')})`) : null,
    labels: p.labels.map((l) => bigrams(cjkOnly(l))),
    cores: [p.core, ...(p.coreVariants ?? [])].map((c) => ({ bigrams: bigrams(cjkOnly(c)), text: cjkOnly(c) })),
  }));
}

function numberingPattern(numbering: string | undefined): RegExp | null {
  if (!numbering) return null;
  const n = numbering.replace(/[（）()、.．]/g, '');
  if (/^[（(]/.test(numbering)) return new RegExp(`[（(]${n}[)）]`);
  if (/^\d/.test(n)) return new RegExp(`(?<![0-9])${n}[.、．]`);
  return new RegExp(`${n}[、.．]`);
}

interface Evidence {
  own: Set<string>;
  context: Set<string>;
  contextText: string;
  /** Context with punctuation and digits, for numbering (computed when first needed). */
  raw: () => string;
}

function score<K extends string>(p: Prepared<K>, e: Evidence): number {
  let coreHits = 0;
  let core = p.cores[0]!;
  for (const c of p.cores) {
    const hits = bigramHits(c.bigrams, e.context);
    if (hits / Math.max(1, c.bigrams.size) > coreHits / Math.max(1, core.bigrams.size)) [coreHits, core] = [hits, c];
  }
  if (coreHits === 0) return 0;
  const recall = coreHits / Math.max(1, core.bigrams.size);
  // A short label (其他, 总计) counts as numbered only with its numbering right before it (3.其他).
  const numbered = (core.bigrams.size <= 1 ? p.numberedCore?.test(e.raw()) : p.numberedLabel?.test(e.raw())) ?? false;
  // Short cores (其他, 总计, 规章) must appear whole; longer ones may be damaged; a matching number
  // lets a label through with part of its core.
  const need = numbered ? Math.min(0.3, 1 / Math.max(1, core.bigrams.size)) : core.bigrams.size <= 2 ? 1 : 0.6;
  if (recall < need && !e.contextText.includes(core.text)) return 0;
  // A short label (其他, 总计) seen only in the words around a row, without its numbering, is some other
  // label's word (（六）其他处理, a column header): not this row.
  if (p.numbering && core.bigrams.size <= 1 && !numbered && bigramHits(core.bigrams, e.own) === 0) return 0;
  let inContext = 0;
  let onOwnLine = 0;
  for (const l of p.labels) {
    inContext = Math.max(inContext, bigramHits(l, e.context));
    onOwnLine = Math.max(onOwnLine, bigramHits(l, e.own));
  }
  return inContext + 3 * onOwnLine + 2 * coreHits + (numbered ? 2 : 0);
}

const preparedCache = new WeakMap<object, Prepared<string>[]>();

/** Share of a row's label (best of its variants) that a text shows: how complete a label it is. */
function labelRecall<K extends string>(p: Prepared<K>, own: Set<string>): number {
  let best = 0;
  for (const l of p.labels) best = Math.max(best, bigramHits(l, own) / Math.max(1, l.size));
  return best;
}

/** A row printed empty must show its label nearly whole; words alone are weaker evidence than numbers. */
const EMPTY_ROW_RECALL = 0.7;
const WORDS_ONLY_WEIGHT = 0.5;

export function alignSegments<K extends string>(segments: Segment[], patterns: RowPattern<K>[]): Alignment<K> {
  let prepared = preparedCache.get(patterns) as Prepared<K>[] | undefined;
  if (!prepared) {
    prepared = prepare(patterns);
    preparedCache.set(patterns, prepared);
  }
  const segs = segments;
  const n = segs.length;
  const m = prepared.length;
  const ownBigrams = segs.map((s) => bigrams(cjkOnly(s.ownText)));
  // A label starts where its row's numbering is printed (（二） 2. 二、), or, for rows printed without
  // numbering (section 二), where the label shows whole. Words up to the next start continue it.
  const labelStart = segs.map((s, i) => {
    if (s.kind === 'values') return false;
    if (prepared.some((p) => !p.numbering && labelRecall(p, ownBigrams[i]!) >= 0.9)) return true;
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
  for (let i = 0; i < n; ) {
    if (rowBearing[i]) {
      i++;
      continue;
    }
    let k = i;
    while (k < n && !rowBearing[k]) k++;
    // Segments i..k-1 form the run; cut it into blocks at each label start.
    const starts: number[] = [];
    for (let j = i; j < k; j++) if (labelStart[j]) starts.push(j);
    const textOf = (a: number, b: number) => segs.slice(a, b).map((x) => x.ownText).join('');
    const firstStart = starts[0] ?? k;
    if (i > 0) suffix[i - 1] = textOf(i, firstStart);
    starts.forEach((a, x) => (block[a] = textOf(a, starts[x + 1] ?? k)));
    if (k < n) prefix[k] = starts.length > 0 ? block[starts[starts.length - 1]!]! : textOf(i, k);
    i = k;
  }
  // Evidence: a row's own line, the words wrapped above (for numbers) and below its cells.
  // A whole numbered label on the numbers' own line (3、其他 24 … 33) is the row: the words around it
  // belong to rows printed blank above and below, not to these numbers.
  const wholeOnLine = (s: Segment, i: number) => {
    const raw = compact(s.ownText);
    return prepared.some((p) => labelRecall(p, ownBigrams[i]!) >= 0.9 && (p.numbering === null || (p.cores[0]!.bigrams.size <= 1 ? p.numberedCore! : p.numbering).test(raw)));
  };
  const evidence: Evidence[] = segs.map((s, i) => {
    if (s.kind === 'values') {
      const contextRaw = wholeOnLine(s, i) ? s.ownText : prefix[i]! + s.ownText + suffix[i]!;
      const contextText = cjkOnly(contextRaw);
      let raw: string | undefined;
      return { own: ownBigrams[i]!, context: bigrams(contextText), contextText, raw: () => (raw ??= compact(contextRaw)) };
    }
    return wordsEvidence(rowBearing[i] ? s.ownText + suffix[i]! : labelStart[i] ? block[i]! : s.ownText);
  });
  // Two labels shown whole on the line of one row's numbers: the numbers belong to the label nearest
  // them (the one before is a group label, or a row printed without numbers, as flat text shows).
  const nearest = segs.map((s, i) => {
    if (s.kind !== 'values') return null;
    const own = cjkOnly(s.ownText);
    const raw = compact(s.ownText);
    let best: { key: K; end: number } | null = null;
    let strong = 0;
    for (const p of prepared) {
      if (labelRecall(p, ownBigrams[i]!) < 0.9) continue;
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
    prepared.map((p) => {
      if (s.kind === 'values') return nearest[i] && nearest[i] !== p.key && labelRecall(p, ownBigrams[i]!) >= 0.9 ? 0 : score(p, evidence[i]!);
      // Without numbers, only a label that starts a row and shows nearly whole counts.
      if (!labelStart[i]) return 0;
      const e = evidence[i]!;
      if (labelRecall(p, e.context) < EMPTY_ROW_RECALL) return 0;
      if (p.numbering && !p.numbering.test(compact(s.ownText))) return 0;
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
  for (let i = n, j = m; i > 0 && j > 0; ) {
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
function wordsEvidence(text: string): Evidence {
  const contextText = cjkOnly(text);
  let raw: string | undefined;
  return { own: NO_BIGRAMS, context: bigrams(contextText), contextText, raw: () => (raw ??= compact(text)) };
}

/** A numbering alone in its cell. */
const BARE_NUMBERING = /^(?:（[一二三四五六七八九十\d]{1,2}）|[一二三四五六七八九十]{1,2}[、.]|\d{1,2}[.、])$/;

/** A row's printed numbering at the start of a label cell: （二） 2. 二、 */
const NUMBERING_START = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[.、．](?!\d))/;

const NO_BIGRAMS: Set<string> = new Set();
