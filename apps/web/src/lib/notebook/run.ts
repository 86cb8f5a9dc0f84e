// A notebook cell's query, run from the browser against the same-origin /graphql (src/proxy.ts sends it
// to the API, with the reader's session cookie). Reads only: notebooks never run mutations.

export type RunOutcome = { ok: true; data: unknown; ms: number } | { ok: false; error: string; code: string; ms: number };

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Whether a query text is a mutation (or subscription), which a notebook does not run. */
export function isReadOnly(source: string): boolean {
  const stripped = source.replace(/#[^\n]*/g, '').replace(/"""[\s\S]*?"""|"(?:\\.|[^"\\])*"/g, '""');
  return !/(^|[\s}])(mutation|subscription)\b/.test(stripped);
}

export async function runGraphQL(
  source: string,
  variables: Record<string, unknown>,
  endpoint = '/graphql',
  extraHeaders: Record<string, string> = {},
): Promise<RunOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  if (!isReadOnly(source)) return { ok: false, error: 'notebooks run queries only, not mutations', code: 'BAD_USER_INPUT', ms: 0 };
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...extraHeaders },
      body: JSON.stringify({ query: source, variables }),
    });
  } catch (error) {
    return { ok: false, error: `the API cannot be reached: ${(error as Error).message}`, code: 'API_UNREACHABLE', ms: ms() };
  }
  let json: GraphQLResponse;
  try {
    json = (await response.json()) as GraphQLResponse;
  } catch {
    return { ok: false, error: `the API answered ${response.status} without JSON`, code: 'BAD_RESPONSE', ms: ms() };
  }
  if (json.errors?.length)
    return { ok: false, error: json.errors.map((e) => e.message).join('\n'), code: json.errors[0]?.extensions?.code ?? 'GRAPHQL_ERROR', ms: ms() };
  if (json.data == null) return { ok: false, error: `the API answered ${response.status} without data`, code: 'BAD_RESPONSE', ms: ms() };
  return { ok: true, data: json.data, ms: ms() };
}
