import { cookies, headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { cache } from 'react';
import { env } from '../env';
import type { TypedDocument } from '../graphql/generated';
import { PATH_HEADER } from './paths';

// The dashboard's only way to data: POST to the API's GraphQL endpoint from the server, on behalf of
// whoever asked: the user's session cookie (and their address) go along, never a token of the
// dashboard's own. Reads are deduplicated within one render (React cache), never cached across requests.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Only the session cookie travels to the API: nothing else of the browser's. */
const SESSION_COOKIE = /^(?:__Secure-)?gongkai\./;

/** The headers that say who is asking: the session cookie, the client's address, an embed's token. */
async function onBehalfOf(embed?: string | null): Promise<Record<string, string>> {
  const [jar, incoming] = await Promise.all([cookies(), headers()]);
  const session = jar
    .getAll()
    .filter((c) => SESSION_COOKIE.test(c.name))
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join('; ');
  const out: Record<string, string> = {};
  if (session) out.cookie = session;
  const forwarded = incoming.get('x-forwarded-for');
  if (forwarded) out['x-forwarded-for'] = forwarded;
  if (embed) out['x-gongkai-embed'] = embed;
  return out;
}

async function post(body: string, embed?: string | null): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(env.GONGKAI_API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(await onBehalfOf(embed)) },
      body,
      cache: 'no-store',
    });
  } catch (error) {
    throw new ApiError(`the API at ${env.GONGKAI_API_URL} cannot be reached`, 'API_UNREACHABLE', { cause: error });
  }
  const json = (await response.json().catch((error: unknown) => {
    throw new ApiError(`the API answered ${response.status} without JSON`, 'BAD_RESPONSE', { cause: error });
  })) as GraphQLResponse<unknown>;
  const first = json.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR', { cause: json.errors });
  if (json.data == null) throw new ApiError(`the API answered ${response.status} without data`, 'BAD_RESPONSE');
  return json.data;
}

const cachedRead = cache((body: string, embed: string | null) => post(body, embed));

/** A read the API refused because nobody signed in (a private server): off to the sign-in page. */
async function signInFirst<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      const h = await headers();
      const next = h.get(PATH_HEADER) ?? '/';
      redirect(`/login?next=${encodeURIComponent(next)}`);
    }
    throw error;
  }
}

/** Runs a query; the same query with the same variables is sent once per render. */
export async function query<R, V>(document: TypedDocument<R, V>, variables: V, options: { embed?: string | null } = {}): Promise<R> {
  return (await signInFirst(() => cachedRead(JSON.stringify({ query: document, variables }), options.embed ?? null))) as R;
}

/** Runs a query someone wrote (a notebook's cell), so untyped; never cached across requests either. */
export async function queryText(source: string, variables: Record<string, unknown>, options: { embed?: string | null } = {}): Promise<unknown> {
  return signInFirst(() => cachedRead(JSON.stringify({ query: source, variables }), options.embed ?? null));
}

/** Runs a mutation as the signed-in user (server side only); the API checks their role. */
export async function mutate<R, V>(document: TypedDocument<R, V>, variables: V): Promise<R> {
  return (await post(JSON.stringify({ query: document, variables }))) as R;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** For widgets that show their own error state instead of failing the page. */
export async function attempt<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    // A redirect to the sign-in page is not a widget's error.
    unstable_rethrow(error);
    return { ok: false, error: error instanceof ApiError ? error : new ApiError(String((error as Error)?.message ?? error), 'UNKNOWN', { cause: error }) };
  }
}
