import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as tables from './tables.ts';

export type Db = BetterSQLite3Database<typeof tables> & { $client: Database.Database };

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (creating if needed) the SQLite file and brings it to the latest migration.
 * WAL lets the API read while an ingest writes. synchronous=NORMAL in WAL mode: a committed report
 * survives a killed process (the WAL is already written); a power cut may lose the last few commits
 * but never leaves a half-written report or a corrupt file. That trade buys ingest speed on purpose.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
  } catch (error) {
    throw new Error(`cannot open database ${file}: ${(error as Error).message}`, { cause: error });
  }
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('cache_size = -65536');
  // Checkpoint the WAL every ~40 MB rather than every 4 MB: fewer fsyncs during a long ingest.
  sqlite.pragma('wal_autocheckpoint = 10000');
  const db = drizzle(sqlite, { schema: tables }) as Db;
  try {
    migrate(db, { migrationsFolder });
  } catch (error) {
    sqlite.close();
    throw new Error(`cannot migrate database ${file}: ${(error as Error).message}`, { cause: error });
  }
  return db;
}
