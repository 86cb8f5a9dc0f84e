import type Database from 'better-sqlite3';
import type { Db } from '../db/client.ts';
import { BANDS, bandKeys, blobToSignature, estimate, jaccard, normalise, shingles, signatures, signatureToBlob } from './shingles.ts';
import type { NarrativeSection, SectionSignature } from './shingles.ts';

// Copied sections, the store side: at ingest each narrative section long enough to judge gets its MinHash
// signature and band keys, and any section at least COPY_THRESHOLD alike to one already stored (the same
// body's other years, or another body's report of the same year) is recorded as a pair for the
// data-quality list. The score kept is the exact shingle Jaccard, not the estimate.

export const COPY_THRESHOLD = 0.9;
/** Below this estimate no exact comparison is made: the estimate errs by ±0.04 (one standard deviation). */
const SCREEN = 0.75;
/** Most band-sharing candidates looked at per section: boilerplate must not make an ingest slow. */
export const MAX_CANDIDATES = 50;

interface Statements {
  insertSignature: Database.Statement;
  insertPair: Database.Statement;
  sameAgency: Database.Statement<[number, number, number | null, number | null]>;
  text: Database.Statement<[number, string]>;
  backlog: Database.Statement<[number]>;
  dropBacklog: Database.Statement<[number]>;
  reportOf: Database.Statement<[number]>;
  narrativesOf: Database.Statement<[number]>;
  candidates: Database.Statement;
  bandInserts: Map<number, Database.Statement>;
}

const cache = new WeakMap<Database.Database, Statements>();
function stmts(s: Database.Database): Statements {
  let st = cache.get(s);
  if (!st) {
    st = {
      insertSignature: s.prepare('INSERT OR REPLACE INTO narrative_signatures (report_id, section, agency_id, year, chars, minhash) VALUES (?, ?, ?, ?, ?, ?)'),
      insertPair: s.prepare('INSERT OR REPLACE INTO copied_sections (report_id, other_id, section, same_agency, score) VALUES (?, ?, ?, ?, ?)'),
      sameAgency: s.prepare(
        `SELECT s.report_id AS reportId, s.section, s.year, s.minhash FROM narrative_signatures s
         WHERE s.agency_id = ? AND s.report_id <> ? AND (s.year IS NOT ? OR ? IS NULL)`,
      ),
      text: s.prepare('SELECT text FROM narratives WHERE report_id = ? AND section = ?'),
      backlog: s.prepare('SELECT report_id AS id FROM similarity_backfill LIMIT ?'),
      dropBacklog: s.prepare('DELETE FROM similarity_backfill WHERE report_id = ?'),
      reportOf: s.prepare('SELECT agency_id AS agencyId, year FROM reports WHERE id = ?'),
      narrativesOf: s.prepare('SELECT section, text FROM narratives WHERE report_id = ?'),
      candidates: s.prepare(
        `SELECT b.report_id AS reportId, s.minhash FROM narrative_bands b
         JOIN narrative_signatures s ON s.report_id = b.report_id AND s.section = ?
         WHERE b.band IN (${Array.from({ length: BANDS }, () => '?').join(', ')}) AND b.report_id <> ? AND s.agency_id <> ?
         GROUP BY b.report_id ORDER BY count(*) DESC, b.report_id LIMIT ?`,
      ),
      bandInserts: new Map(),
    };
    cache.set(s, st);
  }
  return st;
}

/** Candidates of another body in the same year: reports sharing a band with this section, most bands first. */
export function bandCandidates(
  sqlite: Database.Database,
  section: NarrativeSection,
  keys: number[],
  exclude: { reportId: number; agencyId: number },
  limit = MAX_CANDIDATES,
): { reportId: number; minhash: Buffer }[] {
  return stmts(sqlite).candidates.all(section, ...keys, exclude.reportId, exclude.agencyId, limit) as { reportId: number; minhash: Buffer }[];
}

/** Time spent here since the process started: the benchmark reports it against the whole ingest. */
export const similarityCost = { ms: 0, reports: 0 };

/**
 * Stores one report's signatures and band keys and records its copied sections. Call inside the
 * ingest's transaction, after the report's narratives are stored.
 */
export function storeSimilarity(
  sqlite: Database.Database,
  report: { id: number; agencyId: number; year: number | null },
  narratives: Partial<Record<string, string | null>>,
  computed?: SectionSignature[],
): void {
  const started = performance.now();
  try {
    storeSignatures(sqlite, report, narratives, computed ?? signatures(narratives));
  } finally {
    similarityCost.ms += performance.now() - started;
    similarityCost.reports++;
  }
}

function storeSignatures(
  sqlite: Database.Database,
  report: { id: number; agencyId: number; year: number | null },
  narratives: Partial<Record<string, string | null>>,
  sigs: SectionSignature[],
): void {
  const st = stmts(sqlite);
  if (sigs.length === 0) return;
  // The same body's other reports, every section at once (another version of the same year is a re-issue,
  // not a copy).
  const ownOthers = st.sameAgency.all(report.agencyId, report.id, report.year, report.year) as {
    reportId: number;
    section: NarrativeSection;
    year: number | null;
    minhash: Buffer;
  }[];
  const bands: number[] = [];
  for (const sig of sigs) {
    st.insertSignature.run(report.id, sig.section, report.agencyId, report.year, sig.chars, signatureToBlob(sig.minhash));
    const text = narratives[sig.section];
    if (!text) continue;
    let mine: Set<number> | undefined;
    const compare = (otherId: number, otherSig: Buffer, sameAgency: boolean, otherYear: number | null) => {
      if (estimate(sig.minhash, blobToSignature(otherSig)) < SCREEN) return;
      const other = (st.text.get(otherId, sig.section) as { text: string } | undefined)?.text;
      if (!other) return;
      mine ??= shingles(normalise(text).text);
      const score = Number(jaccard(mine, shingles(normalise(other).text)).toFixed(3));
      if (score < COPY_THRESHOLD) return;
      // The later report is the copy: by year, then by id (the one stored later).
      const later = (report.year ?? 0) > (otherYear ?? 0) || ((report.year ?? 0) === (otherYear ?? 0) && report.id > otherId);
      st.insertPair.run(later ? report.id : otherId, later ? otherId : report.id, sig.section, sameAgency ? 1 : 0, score);
    };
    for (const row of ownOthers) if (row.section === sig.section) compare(row.reportId, row.minhash, true, row.year);
    if (report.year === null) continue;
    const keys = bandKeys(sig.minhash, sig.section, report.year);
    for (const row of bandCandidates(sqlite, sig.section, keys, { reportId: report.id, agencyId: report.agencyId }))
      compare(row.reportId, row.minhash, false, report.year);
    bands.push(...keys);
  }
  // All the report's band keys in one statement (up to 3 sections × 8).
  if (bands.length > 0) {
    let insert = st.bandInserts.get(bands.length);
    if (!insert) {
      insert = sqlite.prepare(`INSERT OR IGNORE INTO narrative_bands (band, report_id) VALUES ${bands.map(() => '(?, ?)').join(', ')}`);
      st.bandInserts.set(bands.length, insert);
    }
    insert.run(...bands.flatMap((b) => [b, report.id]));
  }
}

/**
 * Signatures for reports stored before similarity existed: a few at a time, each batch in its own
 * transaction, yielding between batches so requests are answered meanwhile. Returns how many it did.
 */
export async function backfillSimilarity(db: Db, batch = 100, onBatch?: (done: number) => void): Promise<number> {
  const sqlite = db.$client;
  const st = stmts(sqlite);
  let done = 0;
  for (;;) {
    const ids = (st.backlog.all(batch) as { id: number }[]).map((r) => r.id);
    if (ids.length === 0) return done;
    sqlite.transaction(() => {
      for (const id of ids) {
        const report = st.reportOf.get(id) as { agencyId: number; year: number | null } | undefined;
        if (report) {
          const narratives = Object.fromEntries((st.narrativesOf.all(id) as { section: string; text: string }[]).map((n) => [n.section, n.text]));
          storeSimilarity(sqlite, { id, ...report }, narratives);
        }
        st.dropBacklog.run(id);
      }
    })();
    done += ids.length;
    onBatch?.(done);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
