#!/usr/bin/env node
// npm start: the API (port 4000, with the sample data on first start) and the dashboard (port 3000),
// in production mode unless NODE_ENV=development. On first start the API creates an administrator and
// prints the dashboard's sign-in URL with a password shown once (as Jupyter prints its token). Reads
// are public on localhost (GONGKAI_PUBLIC=1) unless said otherwise. Everything else is turbo.
import { spawn } from 'node:child_process';

const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV === 'development' ? 'development' : 'production',
  GONGKAI_WEB_URL: process.env.GONGKAI_WEB_URL || 'http://localhost:3000',
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  BETTER_AUTH_TELEMETRY: '0',
};
process.stderr.write(`gongkai: starting — dashboard ${env.GONGKAI_WEB_URL} · API http://127.0.0.1:${env.GONGKAI_PORT || 4000}/graphql\n`);
const child = spawn('npx', ['turbo', 'run', 'start', '--filter=@gongkai/api', '--filter=@gongkai/web'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
