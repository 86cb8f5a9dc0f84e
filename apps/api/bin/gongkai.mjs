#!/usr/bin/env node
// The CLI runs from TypeScript source through tsx, so it works right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
