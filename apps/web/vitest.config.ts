import { defineConfig } from 'vitest/config';

// Two projects: unit tests beside the code (fast, pure), and end-to-end tests in e2e/ that ingest a
// database with the real CLI, start the API and `next start`, and drive headless Chromium. `npm test`
// runs both; `npm run test:unit` only the first.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          // One browser, one server pair: the files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
