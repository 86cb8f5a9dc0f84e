import { openDatabase } from './db/client.ts';
import { loadEnv, resolveDbPath } from './env.ts';
import { ensureRegions } from './queries/regions.ts';
import { createApp } from './server.ts';
import { recordAudit } from './services/audit.ts';
import { ensureShippedNotebooks, purgeBin } from './services/notebooks.ts';
import { countUsers, createUser } from './services/users.ts';
import { loadSampleCorpus } from './services/samples.ts';
import { backfillSimilarity } from './services/similarity.ts';
import { describeError, domainOf } from './graphql/errors.ts';

// The only side effects: env → database → migrations → sample data on an empty store → listen.
export async function serve(options: { dbFlag?: string; port?: number } = {}): Promise<void> {
  // graphql-js 16 stops awaiting the other fields of a list or object once one fails synchronously (a
  // non-null field past its deadline): their promises may reject later with nobody listening. Such a
  // stray rejection belongs to a request already answered; it must not take the server down.
  process.on('unhandledRejection', (reason) => {
    const domain = domainOf(reason);
    if (domain && domain.code !== 'INTERNAL') return;
    process.stderr.write(`gongkai warn: a rejection nobody awaited (its request was already answered): ${describeError(reason)}\n`);
  });
  const env = loadEnv();
  const dbPath = resolveDbPath(options.dbFlag, env);
  const db = openDatabase(dbPath);
  ensureRegions(db);
  ensureShippedNotebooks(db);
  purgeBin(db);
  const empty = (db.$client.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n === 0;
  if (empty && env.GONGKAI_SAMPLES === 'true') {
    process.stderr.write('gongkai: empty database — loading the sample corpus (5 published seed reports + generated reports flagged synthetic)…\n');
    const loaded = await loadSampleCorpus(db);
    process.stderr.write(`gongkai: loaded ${loaded.real} published and ${loaded.synthetic} synthetic reports\n`);
  }
  const app = await createApp({ db, env });
  // Reports stored before the similarity signatures existed get theirs in the background.
  void backfillSimilarity(db).then((n) => {
    if (n > 0) process.stderr.write(`gongkai: computed the similarity signatures of ${n} stored reports\n`);
  });
  // First start (as Jupyter prints its token): an administrator with a password shown this once.
  if (countUsers(db) === 0) {
    const { password } = await createUser(app.auth, db, { username: 'admin', role: 'admin' });
    recordAudit(db, { userId: null, actor: 'server', role: null, via: 'cli', action: 'firstStartAdmin', target: 'admin', ok: true });
    process.stderr.write(
      `\n  ┌──────────────────────────────────────────────────────────────\n` +
        `  │ Gongkai: first start — an administrator was created.\n` +
        `  │   dashboard   ${env.GONGKAI_WEB_URL}/login\n` +
        `  │   user name   admin\n` +
        `  │   password    ${password}\n` +
        `  │ Shown once: sign in and change it under 设置 / Settings.\n` +
        `  │ More users: npx gongkai user add NAME --role viewer|editor|admin\n` +
        `  └──────────────────────────────────────────────────────────────\n\n`,
    );
  }
  const url = await app.listen(options.port ?? env.GONGKAI_PORT, env.GONGKAI_HOST);
  process.stderr.write(
    `gongkai: GraphQL API on ${url}/graphql · explorer ${url}/graphiql · database ${dbPath} · ${env.NODE_ENV} mode · reads ${env.GONGKAI_PUBLIC === '1' ? 'public' : 'need sign-in'} · embeds ${env.GONGKAI_EMBED}\n`,
  );
  const shutdown = async () => {
    await app.stop();
    db.$client.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
