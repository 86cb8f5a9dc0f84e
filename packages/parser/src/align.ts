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
  labels: Set<string>[];
  cores: { bigrams: Set<string>; text: string }[];
}

function prepare<K extends string>(patterns: RowPattern<K>[]): Prepared<K>[] {
  return patterns.map((p) => ({
    key: p.key,
    numbering: numberingPattern(p.numbering),
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
  const numbered = p.numbering?.test(e.raw()) ?? false;
  // Short cores (其他, 总计, 规章) must appear whole; longer ones may be damaged; a matching number
  // lets a label through with part of its core.
  const need = numbered ? Math.min(0.3, 1 / Math.max(1, core.bigrams.size)) : core.bigrams.size <= 2 ? 1 : 0.6;
  if (recall < need && !e.contextText.includes(core.text)) return 0;
  let inContext = 0;
  let onOwnLine = 0;
  for (const l of p.labels) {
    inContext = Math.max(inContext, bigramHits(l, e.context));
    onOwnLine = Math.max(onOwnLine, bigramHits(l, e.own));
  }
  return inContext + 3 * onOwnLine + 2 * coreHits + (numbered ? 2 : 0);
}

const preparedCache = new WeakMap<object, Prepared<string>[]>();

export function alignSegments<K extends string>(segments: Segment[], patterns: RowPattern<K>[]): Alignment<K> {
  let prepared = preparedCache.get(patterns) as Prepared<K>[] | undefined;
  if (!prepared) {
    prepared = prepare(patterns);
    preparedCache.set(patterns, prepared);
  }
  const segs = segments.filter((s) => s.slots.length > 0);
  const n = segs.length;
  const m = prepared.length;
  // Evidence for a segment: its own line, the label wrapped above, and the words wrapped below its
  // numbers (which are the next segment's prefix).
  const evidence: Evidence[] = segs.map((s, i) => {
    const suffix = segs[i + 1]?.prefixText ?? '';
    const contextRaw = s.prefixText + s.ownText + suffix;
    const contextText = cjkOnly(contextRaw);
    let raw: string | undefined;
    return { own: bigrams(cjkOnly(s.ownText)), context: bigrams(contextText), contextText, raw: () => (raw ??= compact(contextRaw)) };
  });
  const scores = segs.map((_, i) => prepared.map((p) => score(p, evidence[i]!)));

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

  // A skipped segment that scores as well as the chosen one for the same row is that row printed twice.
  const duplicates = new Map<K, Segment[]>();
  const used = new Set(assignedIndex.values());
  segs.forEach((seg, i) => {
    if (used.has(i)) return;
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
    if (chosen === undefined) return;
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
