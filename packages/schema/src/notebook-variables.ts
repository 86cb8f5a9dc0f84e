// A notebook query cell's variables: JSON in which a string "$name" is a parameter's value and "$name.0" a
// path into it (the first year of a range). The dashboard fills them in; the API checks that a signed
// embed's locked parameters arrive at their locked values. No zod here: the browser bundles this.

export const VARIABLE_REF = /^\$([A-Za-z_][A-Za-z0-9_]*)((?:\.[^.]+)*)$/;

/** The value at a dotted path (“0”, “from”) inside a parameter's value; undefined when it is not there. */
export function pathInto(value: unknown, path: string): unknown {
  let node = value;
  for (const seg of path.split('.').filter(Boolean)) {
    if (node === null || node === undefined) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/**
 * Every place where the variables read one of `params`: its path in the variables and the value it then
 * holds. Null when the variables are not a JSON object.
 */
export function variablePlaces(variables: string, params: Record<string, unknown>): { path: string[]; value: unknown }[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(variables.trim() === '' ? '{}' : variables);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const out: { path: string[]; value: unknown }[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      const m = VARIABLE_REF.exec(node);
      if (m && Object.hasOwn(params, m[1]!)) out.push({ path, value: m[2] ? (pathInto(params[m[1]!], m[2]) ?? null) : params[m[1]!] });
    } else if (Array.isArray(node)) node.forEach((n, i) => walk(n, [...path, String(i)]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(parsed, []);
  return out;
}
