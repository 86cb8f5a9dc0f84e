import type { Db } from '../db/client.ts';
import { DomainError } from '../errors.ts';
import { bandKeys, blobToSignature, estimate, sharedPassages, textSimilarity } from '../services/shingles.ts';
import type { NarrativeSection, Segment } from '../services/shingles.ts';
import { bandCandidates, COPY_THRESHOLD } from '../services/similarity.ts';

// Copied sections, the read side: for one report, the most similar section of the same body's earlier
// years and of other bodies' same year (index seeks on the stored signatures, then an exact comparison of
// the few best); and the pairs the ingest found at least 90 % alike, for the data-quality list.

export type SectionEnum = 'OVERVIEW' | 'PROBLEMS' | 'OTHER_MATTERS';
export const SECTION_ENUM: Record<NarrativeSection, SectionEnum> = { overview: 'OVERVIEW', problems: 'PROBLEMS', otherMatters: 'OTHER_MATTERS' };

/** A same-year match below this is no match: every two reports of the format share some phrases. */
const SAME_YEAR_FLOOR = 0.3;
/** Candidates compared exactly, best estimates first. */
const EXACT_TOP = 3;

export interface SimilarSectionRow {
  reportId: number;
  score: number;
  copied: boolean;
  text: string;
  otherText: string;
}

export interface SectionSimilarityRow {
  section: SectionEnum;
  chars: number;
  earlierYear: SimilarSectionRow | null;
  sameYear: SimilarSectionRow | null;
}

interface Sig {
  section: NarrativeSection;
  chars: number;
  minhash: Buffer;
  agencyId: number;
  year: number | null;
}

function textOf(db: Db, reportId: number, section: NarrativeSection): string | null {
  return (
    (db.$client.prepare('SELECT text FROM narratives WHERE report_id = ? AND section = ?').get(reportId, section) as { text: string } | undefined)?.text ?? null
  );
}

/** The best of the candidates by exact score, among the few with the best estimates. */
function best(db: Db, sig: Sig, text: string, candidates: { reportId: number; minhash: Buffer }[], floor: number): SimilarSectionRow | null {
  const mine = blobToSignature(sig.minhash);
  const ranked = candidates
    .map((c) => ({ ...c, estimate: estimate(mine, blobToSignature(c.minhash)) }))
    .sort((a, b) => b.estimate - a.estimate || b.reportId - a.reportId)
    .slice(0, EXACT_TOP);
  let found: SimilarSectionRow | null = null;
  for (const c of ranked) {
    const other = textOf(db, c.reportId, sig.section);
    if (other === null) continue;
    const score = Number(textSimilarity(text, other).toFixed(3));
    if (score >= floor && (!found || score > found.score)) found = { reportId: c.reportId, score, copied: score >= COPY_THRESHOLD, text, otherText: other };
  }
  return found;
}

export function similarity(db: Db, reportId: number): SectionSimilarityRow[] {
  const sigs = db.$client
    .prepare('SELECT section, chars, minhash, agency_id AS agencyId, year FROM narrative_signatures WHERE report_id = ? ORDER BY section')
    .all(reportId) as Sig[];
  const latest = db.$client.prepare('SELECT is_latest AS latest FROM reports WHERE id = ?');
  const order: NarrativeSection[] = ['overview', 'problems', 'otherMatters'];
  sigs.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  return sigs.map((sig) => {
    const text = textOf(db, reportId, sig.section) ?? '';
    const earlier =
      sig.year === null
        ? []
        : (db.$client
            .prepare(
              `SELECT s.report_id AS reportId, s.minhash FROM narrative_signatures s JOIN reports r ON r.id = s.report_id AND r.is_latest = 1
               WHERE s.agency_id = ? AND s.section = ? AND s.year < ?`,
            )
            .all(sig.agencyId, sig.section, sig.year) as { reportId: number; minhash: Buffer }[]);
    const sameYear =
      sig.year === null
        ? []
        : bandCandidates(db.$client, sig.section, bandKeys(blobToSignature(sig.minhash), sig.section, sig.year), { reportId, agencyId: sig.agencyId }).filter(
            (c) => (latest.get(c.reportId) as { latest: number } | undefined)?.latest === 1,
          );
    return {
      section: SECTION_ENUM[sig.section],
      chars: sig.chars,
      earlierYear: best(db, sig, text, earlier, 0),
      sameYear: best(db, sig, text, sameYear, SAME_YEAR_FLOOR),
    };
  });
}

export function passagesOf(row: SimilarSectionRow): { sharedShare: number; this: Segment[]; other: Segment[] } {
  const p = sharedPassages(row.text, row.otherText);
  return { sharedShare: p.sharedShare, this: p.a, other: p.b };
}

export interface CopiedSectionRow {
  reportId: number;
  otherId: number;
  section: SectionEnum;
  score: number;
  sameAgency: boolean;
}

const COUNT_CAP = 10_000;

export function copiedSections(
  db: Db,
  input: { year?: number | null; minScore?: number | null; sameAgency?: boolean | null; first?: number | null; after?: string | null },
): { totalCount: number; pairs: CopiedSectionRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } {
  const minScore = input.minScore ?? COPY_THRESHOLD;
  if (!(minScore >= COPY_THRESHOLD && minScore <= 1))
    throw new DomainError('BAD_USER_INPUT', `minScore is from ${COPY_THRESHOLD} to 1 (pairs under ${COPY_THRESHOLD} are not kept)`);
  if (input.year != null && (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2100))
    throw new DomainError('BAD_USER_INPUT', 'year is a year such as 2024');
  const first = Math.max(1, Math.min(input.first ?? 50, 500));
  const offset = input.after ? decodeOffset(input.after) : 0;
  const where = ['c.score >= ?', 'r.is_latest = 1', 'o.is_latest = 1'];
  const params: unknown[] = [minScore];
  if (input.year != null) {
    where.push('r.year = ?');
    params.push(input.year);
  }
  if (input.sameAgency != null) {
    where.push('c.same_agency = ?');
    params.push(input.sameAgency ? 1 : 0);
  }
  const from = `FROM copied_sections c JOIN reports r ON r.id = c.report_id JOIN reports o ON o.id = c.other_id WHERE ${where.join(' AND ')}`;
  const totalCount = (db.$client.prepare(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP})`).get(...params) as { n: number }).n;
  const rows = db.$client
    .prepare(
      `SELECT c.report_id AS reportId, c.other_id AS otherId, c.section, c.score, c.same_agency AS sameAgency ${from}
       ORDER BY c.score DESC, c.report_id DESC, c.section LIMIT ? OFFSET ?`,
    )
    .all(...params, first + 1, offset) as { reportId: number; otherId: number; section: NarrativeSection; score: number; sameAgency: number }[];
  const page = rows.slice(0, first);
  return {
    totalCount,
    pairs: page.map((r) => ({ ...r, section: SECTION_ENUM[r.section], sameAgency: r.sameAgency === 1 })),
    pageInfo: { hasNextPage: rows.length > first, endCursor: page.length ? Buffer.from(`c:${offset + page.length}`).toString('base64url') : null },
  };
}

function decodeOffset(cursor: string): number {
  const m = /^c:(\d{1,9})$/.exec(Buffer.from(cursor.slice(0, 100), 'base64url').toString('utf8'));
  if (!m) throw new DomainError('BAD_USER_INPUT', 'after is not a cursor of copiedSections');
  return Number(m[1]);
}
