import { cache } from 'react';
import { env } from '../env';
import type { TypedDocument } from '../graphql/generated';

// The dashboard's only way to data: POST to the API's GraphQL endpoint from the server. Reads are
// deduplicated within one render (React cache) and never cached across requests.

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

async function post(body: string, token = env.GONGKAI_READ_TOKEN): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(env.GONGKAI_API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
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

const cachedRead = cache((body: string) => post(body));

/** Runs a query; the same query with the same variables is sent once per render. */
export async function query<R, V>(document: TypedDocument<R, V>, variables: V): Promise<R> {
  return (await cachedRead(JSON.stringify({ query: document, variables }))) as R;
}

/** Runs a query someone wrote (a notebook's cell), so untyped; never cached across requests either. */
export async function queryText(source: string, variables: Record<string, unknown>): Promise<unknown> {
  return cachedRead(JSON.stringify({ query: source, variables }));
}

/** Runs a mutation with the API token (server side only). */
export async function mutate<R, V>(document: TypedDocument<R, V>, variables: V, token: string): Promise<R> {
  return (await post(JSON.stringify({ query: document, variables }), token)) as R;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** For widgets that show their own error state instead of failing the page. */
export async function attempt<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    return { ok: false, error: error instanceof ApiError ? error : new ApiError(String((error as Error)?.message ?? error), 'UNKNOWN', { cause: error }) };
  }
}
