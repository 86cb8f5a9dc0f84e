import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/db/tables.ts (`npm run db:generate`) and committed; the CLI and the
// API apply them when they open the database.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/tables.ts',
  out: './src/db/migrations',
});
