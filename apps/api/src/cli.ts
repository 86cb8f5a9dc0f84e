import { parseArgs } from 'node:util';
import { runParse } from './commands/parse.ts';

// The `gongkai` command. Each verb lives in commands/<verb>.ts and returns its exit code.

const USAGE = `gongkai — 政府信息公开工作年度报告 analytics

Usage:
  gongkai parse FILE... [--pretty]   print the parsed report as JSON (several files: JSON lines)

Run \`gongkai <verb> --help\` for a verb's options.`;

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'parse': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { pretty: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
      if (values.help || positionals.length === 0) {
        console.log('Usage: gongkai parse FILE... [--pretty]\nPrints one report as JSON; several files print JSON lines. Exit 0 when every file was read as a report.');
        return values.help ? 0 : 2;
      }
      return runParse(positionals, { pretty: values.pretty ?? false });
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
