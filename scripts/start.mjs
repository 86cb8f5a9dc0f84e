#!/usr/bin/env node
// npm start: the API (port 4000, with the sample data on first start) and the dashboard (port 3000).
// The dashboard's import calls an API mutation, which needs a token: one is made for this run unless
// GONGKAI_API_TOKEN is set. Everything else is turbo.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const env = {
  ...process.env,
  GONGKAI_API_TOKEN: process.env.GONGKAI_API_TOKEN || randomBytes(24).toString('hex'),
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
};
const child = spawn('npx', ['turbo', 'run', 'start', '--filter=@gongkai/api', '--filter=@gongkai/web'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
