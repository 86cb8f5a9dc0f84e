import { z } from 'zod';

// The only reader of process.env in the web app. Every variable is listed in .env.example.

const Env = z.object({
  /** The API's GraphQL endpoint; server components and the explorer proxy use its origin. */
  GONGKAI_API_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  // No token here: the dashboard calls the API on behalf of the signed-in user (their session cookie).
  NEXT_TELEMETRY_DISABLED: z.enum(['0', '1']).default('1'),
});
/** The names of every variable the dashboard reads. */
export const ENV_KEYS = Object.keys(Env.shape);

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

/** Under `next dev` (Next.js sets NODE_ENV itself): the CSP then allows what React's development build needs. */
export const isDevelopment = process.env.NODE_ENV === 'development';
