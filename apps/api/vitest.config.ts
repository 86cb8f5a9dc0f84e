import { defineConfig } from 'vitest/config';

// API tests start real servers and child processes and ingest generated corpora: on a busy 2-core
// machine that can take far longer than vitest's 5 s default. They assert what comes out, never how
// fast (speed is measured by `npm run bench`), so the time limits only catch a test that hangs.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 300_000 },
});
