import { defineConfig } from 'vitest/config';

// Property and fuzz tests parse hundreds of reports: on a busy 2-core machine that takes a while, and
// they assert what comes out, never how fast (speed is measured by `npm run bench`).
export default defineConfig({
  test: { testTimeout: 180_000 },
});
