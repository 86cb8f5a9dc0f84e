import { parseArgs } from 'node:util';
import { runToken, runUser, TOKEN_USAGE, USER_USAGE } from './commands/accounts.ts';
import { runExport } from './commands/export.ts';
import { runIngest } from './commands/ingest.ts';
import { runParse } from './commands/parse.ts';
import { openDatabase } from './db/client.ts';
import { loadEnv, resolveDbPath } from './env.ts';

// The `gongkai` command. Each verb lives in commands/<verb>.ts and returns its exit code.

const USAGE = `gongkai — 政府信息公开工作年度报告 analytics

Usage:
  gongkai parse FILE... [--pretty]          print parsed reports as JSON (several files: JSON lines)
  gongkai ingest PATH... [--db FILE]        store files, folders (recursively) and globs of
        [--json] [--dry-run] [--synthetic]  .txt .md .html .docx .doc .wps .pdf .png .jpg .tif in the database;
        [--timeout-s 30] [--memory-mb 512]  each file parsed in a worker with these limits
        [--workers N] [--max-mb 32]
  gongkai export --format csv|jsonl         one row per report-cell (tidy long form);
        [--out FILE] [--wide --out DIR]     --wide: one CSV per table for spreadsheets
        [--labels zh] [--latest] [--real-only] [--db FILE]
  gongkai serve [--db FILE] [--port N]      the GraphQL API (and sample data on first start)
  gongkai user add NAME --role viewer|editor|admin     an account, with a one-time password
  gongkai user list | role | disable | enable | reset-password
  gongkai token create --role viewer|editor [--user NAME]   a personal API token
  gongkai token list | revoke

The server runs in production mode (no stack traces) unless NODE_ENV=development.

The database is data/gongkai.db unless GONGKAI_DB or --db says otherwise.`;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'parse': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { pretty: { type: 'boolean', default: false }, ...HELP } });
      if (values.help || positionals.length === 0) {
        console.log(
          'Usage: gongkai parse FILE... [--pretty]\nPrints one report as JSON; several files print JSON lines. Exit 0 when every file was read as a report.',
        );
        return values.help ? 0 : 2;
      }
      return runParse(positionals, { pretty: values.pretty ?? false });
    }
    case 'ingest': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          db: { type: 'string' },
          json: { type: 'boolean', default: false },
          'dry-run': { type: 'boolean', default: false },
          synthetic: { type: 'boolean', default: false },
          'max-mb': { type: 'string' },
          'timeout-s': { type: 'string' },
          'memory-mb': { type: 'string' },
          workers: { type: 'string' },
          ...HELP,
        },
      });
      if (values.help || positionals.length === 0) {
        console.log(USAGE);
        return values.help ? 0 : 2;
      }
      const db = openDatabase(resolveDbPath(values.db, loadEnv()));
      try {
        const number = (flag: string, value: string | undefined, min: number, max: number) => {
          if (value === undefined) return undefined;
          const n = Number(value);
          if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${flag} must be a number from ${min} to ${max}, not “${value}”`);
          return n;
        };
        const maxMb = number('max-mb', values['max-mb'], 1, 1024);
        const timeoutS = number('timeout-s', values['timeout-s'], 1, 3600);
        return (
          await runIngest(db, positionals, {
            json: values.json ?? false,
            dryRun: values['dry-run'] ?? false,
            synthetic: values.synthetic ?? false,
            maxBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024,
            timeoutMs: timeoutS === undefined ? undefined : timeoutS * 1000,
            memoryMb: number('memory-mb', values['memory-mb'], 64, 16384),
            workers: number('workers', values.workers, 1, 64),
          })
        ).code;
      } finally {
        db.$client.close();
      }
    }
    case 'export': {
      const { values } = parseArgs({
        args: rest,
        options: {
          db: { type: 'string' },
          format: { type: 'string', default: 'csv' },
          out: { type: 'string' },
          wide: { type: 'boolean', default: false },
          labels: { type: 'string', default: 'en' },
          latest: { type: 'boolean', default: false },
          'real-only': { type: 'boolean', default: false },
          ...HELP,
        },
      });
      if (values.help) {
        console.log(USAGE);
        return 0;
      }
      if (values.format !== 'csv' && values.format !== 'jsonl') throw new Error(`--format must be csv or jsonl, not “${values.format}”`);
      if (values.labels !== 'en' && values.labels !== 'zh') throw new Error(`--labels must be en or zh, not “${values.labels}”`);
      const db = openDatabase(resolveDbPath(values.db, loadEnv()));
      try {
        return await runExport(db, {
          format: values.format,
          out: values.out,
          wide: values.wide ?? false,
          labels: values.labels,
          latestOnly: values.latest,
          excludeSynthetic: values['real-only'],
        });
      } finally {
        db.$client.close();
      }
    }
    case 'serve': {
      const { values } = parseArgs({ args: rest, options: { db: { type: 'string' }, port: { type: 'string' }, ...HELP } });
      if (values.help) {
        console.log(USAGE);
        return 0;
      }
      const { serve } = await import('./index.ts');
      await serve({ dbFlag: values.db, port: values.port ? Number(values.port) : undefined });
      return 0;
    }
    case 'user':
    case 'token': {
      const dbFlag = rest.indexOf('--db');
      const args = dbFlag >= 0 ? rest.filter((_, i) => i !== dbFlag && i !== dbFlag + 1) : rest;
      if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
        console.log(verb === 'user' ? USER_USAGE : TOKEN_USAGE);
        return args.length === 0 ? 2 : 0;
      }
      const env = loadEnv();
      const db = openDatabase(resolveDbPath(dbFlag >= 0 ? rest[dbFlag + 1] : undefined, env));
      try {
        return verb === 'user' ? await runUser(db, env, args) : await runToken(db, env, args);
      } finally {
        db.$client.close();
      }
    }
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(USAGE);
      return verb === undefined ? 2 : 0;
    default:
      console.error(`gongkai: unknown verb “${verb}”\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`gongkai: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
