import { z } from 'zod';

// The only reader of process.env in the web app. Every variable is listed in .env.example.

const Env = z.object({
  /** The API's GraphQL endpoint; server components and the explorer proxy use its origin. */
  GONGKAI_API_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  /** Server side only: the import and notebook actions send it with their mutations. Never passed to a client component. */
  GONGKAI_API_TOKEN: z.string().min(1).optional(),
  /** When the API keeps its reads closed: the dashboard reads with this token, and the /graphql proxy adds
   *  it for the browser's reads (notebooks, the explorer), so the dashboard is the public face. */
  GONGKAI_READ_TOKEN: z.string().min(1).optional(),
  NEXT_TELEMETRY_DISABLED: z.enum(['0', '1']).default('1'),
});
export type Env = z.infer<typeof Env>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable (as .env.example leaves it) means unset.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${problems}`);
  }
  return parsed.data;
}

/** The API's origin (scheme, host and port), where /graphiql lives. */
export function apiOrigin(env: Env): string {
  return new URL(env.GONGKAI_API_URL).origin;
}

export const env = loadEnv();
