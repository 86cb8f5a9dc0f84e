import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { Kind, SchemaMetaFieldDef, TypeMetaFieldDef, TypeNameMetaFieldDef, valueFromASTUntyped } from 'graphql';
import { DomainError } from '../errors.ts';

// Bounds on what one request may ask, checked before anything runs.
//
// graphql-armor's cost limit counts each field once, whatever `first:` or the list sizes say, and skips
// __schema; so one request could ask for 100 reports × 250 cells × 20 aliases inside its limit. This
// estimate multiplies every field by the rows its parents can return (the `first:` asked for, capped as
// the API caps it, or a typical size for lists without one), weighs analytics by its measures, and walks
// introspection like any other field, with its own depth.

export const LIMITS = {
  maxCost: 100_000,
  maxDepth: 12,
  /** The standard introspection query (GraphiQL, codegen) nests 13 deep through ofType. */
  maxIntrospectionDepth: 15,
  sortKeys: 10,
  measures: 20,
  listItems: 100,
  stringChars: 200,
  /** Query text, in characters (its tokens are limited apart). */
  queryChars: 100_000,
};

/** Rows a list field returns when nothing in the request says how many. */
const LIST_SIZES: Record<string, number> = {
  'Report.cells': 250,
  'Report.diagnostics': 15,
  'Report.versions': 3,
  'Agency.reports': 7,
  'Agency.names': 3,
  'Agency.years': 7,
  'Agency.crossYearChecks': 30,
  'Agency.regionCandidates': 3,
  'Query.regions': 35,
  'Region.children': 20,
  'Query.measures': 450,
  'Query.dimensions': 7,
  'Query.notebooks': 30,
  'Query.users': 50,
  'Query.myTokens': 20,
  'Notebook.revisions': 25,
  'DataQuality.byCode': 30,
  'DataQuality.byRule': 7,
  'DataQuality.byYear': 100,
  'DataQuality.byRegion': 100,
  'RuleCount.examples': 50,
  'AnalyticsResult.columns': 25,
  'Comparison.differences': 100,
  'ImportResult.diagnostics': 15,
  'Report.reviewHistory': 10,
  'Report.corrections': 5,
  'Cell.corrections': 1,
  'Rankings.histogram': 10,
  'Agency.peerStanding': 5,
  'Report.similarity': 3,
  'SharedPassages.this': 20,
  'SharedPassages.other': 20,
  'HierarchyCheck.children': 20,
  'HierarchyCheck.missing': 10,
  'HierarchyCheck.cells': 20,
  'Query.hierarchyChecks': 20,
  'Report.scanPages': 10,
  // Introspection: our schema's ~110 types, most of them enums, scalars and small objects.
  '__Schema.types': 110,
  '__Schema.directives': 8,
  '__Type.fields': 6,
  '__Type.inputFields': 3,
  '__Type.enumValues': 4,
  '__Type.interfaces': 1,
  '__Type.possibleTypes': 2,
  '__Field.args': 1,
  '__Directive.args': 3,
  '__Directive.locations': 4,
};
const DEFAULT_LIST = 10;
const MAX_PAGE = 100;

export interface Estimate {
  cost: number;
  depth: number;
  introspectionDepth: number;
}

/** The cost and depth of the operation that will run, with the request's variables. */
export function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): Estimate {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const out: Estimate = { cost: 0, depth: 0, introspectionDepth: 0 };
  if (!root) return out;

  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, depth: number, inIntrospection: number, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) as GraphQLCompositeType | undefined) : parent;
        if (t) walk(sel.selectionSet, t, multiplier, depth, inIntrospection, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const f = fragments.get(sel.name.value);
        // A fragment that spreads itself is refused by validation; never follow one twice on a path.
        if (!f || seen.has(f.name.value)) continue;
        const t = schema.getType(f.typeCondition.name.value) as GraphQLCompositeType | undefined;
        if (t) walk(f.selectionSet, t, multiplier, depth, inIntrospection, new Set(seen).add(f.name.value));
        continue;
      }
      const def = fieldDef(schema, parent, sel);
      if (!def) continue;
      const introspective = inIntrospection > 0 || sel.name.value.startsWith('__');
      const d = depth + 1;
      if (introspective) out.introspectionDepth = Math.max(out.introspectionDepth, inIntrospection + 1);
      else out.depth = Math.max(out.depth, d);
      // Types read by their printed form: Apollo's schema may come from graphql's other build (CJS),
      // where instanceof checks fail.
      const printed = String(def.type);
      const named = schema.getType(printed.replace(/[[\]!]/g, ''));
      const composite = Boolean(named && ('getFields' in named || 'getTypes' in named));
      const args = argumentValues(def, sel, variables);
      // Introspection reads the schema in memory: one per field; data fields cost more for objects.
      out.cost += multiplier * ((composite && !introspective ? 2 : 1) + fieldWeight(parent.name, sel.name.value, args));
      if (!sel.selectionSet || !composite) continue;
      let rows = 1;
      if (typeof args.first === 'number') rows = Math.max(1, Math.min(args.first, MAX_PAGE));
      // A connection's rows were counted by its `first:`; its edges are those rows.
      else if (printed.startsWith('[') && !parent.name.endsWith('Connection')) rows = LIST_SIZES[`${parent.name}.${sel.name.value}`] ?? DEFAULT_LIST;
      walk(sel.selectionSet, named as GraphQLCompositeType, multiplier * rows, d, introspective ? inIntrospection + 1 : 0, seen);
    }
  };
  walk(operation.selectionSet, root, 1, 0, 0, new Set());
  return out;
}

/** A field's arguments as plain values (defaults included), without graphql's type checks. */
export function argumentValues(
  def: { args: readonly { name: string; defaultValue?: unknown }[] },
  node: FieldNode,
  variables: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of def.args) if (a.defaultValue !== undefined) out[a.name] = a.defaultValue;
  for (const a of node.arguments ?? []) {
    try {
      out[a.name.value] = valueFromASTUntyped(a.value, variables ?? {});
    } catch {
      // a value the executor will refuse with its own message
    }
  }
  return out;
}

function fieldDef(schema: GraphQLSchema, parent: GraphQLCompositeType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
  const name = node.name.value;
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (name === '__schema' && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === '__type' && parent === schema.getQueryType()) return TypeMetaFieldDef;
  return 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
}

/** Work a field does beyond returning its rows: analytics sums every measure over every group. */
function fieldWeight(parent: string, field: string, args: Record<string, unknown>): number {
  if (parent === 'Query' && field === 'analytics') {
    const q = (args.query ?? {}) as { measures?: unknown[]; groupBy?: unknown[]; sort?: unknown[] };
    // Counted up to their own limits: past those the resolver refuses them, naming the limit.
    const n = (list: unknown[] | undefined, cap: number, empty: number) => Math.min(list?.length ?? empty, cap);
    return 100 + 150 * n(q.measures, LIMITS.measures, 1) * (1 + n(q.groupBy, 7, 0)) + 20 * n(q.sort, LIMITS.sortKeys, 0);
  }
  if (parent === 'Query' && field === 'dataQuality') return 500;
  if (parent === 'Agency' && field === 'crossYearChecks') return 50;
  if (parent === 'Query' && field === 'reports') return 50;
  // Every peer's value is read to rank them; the agency's standing ranks its province once per rate.
  if (parent === 'Query' && field === 'rankings') return 200;
  if (parent === 'Agency' && field === 'peerStanding') return 200;
  // A page image is some 300 KB of base64: a request may ask for a few, not for a whole archive's.
  if (parent === 'ScanPage' && field === 'image') return 5_000;
  return 0;
}

/**
 * Every argument within its bounds, before the resolver runs: strings at most 200 characters and free
 * of NUL bytes (unless the field allows more), lists at most 100 items, sort keys at most 10, measures
 * at most 20. The message names the argument and the limit.
 */
const LONG_ARGUMENTS: Record<string, number> = {
  'importReport.content': 28 * 1024 * 1024,
  'importNotebook.file': 2 * 1024 * 1024,
  'embed.token': 8_000,
  'changePassword.currentPassword': 128,
  'changePassword.newPassword': 128,
  'auditLog.after': 40,
  'reports.after': 1_000,
  'agencies.after': 1_000,
  'reviewQueue.after': 100,
  'rankings.after': 100,
  'correctCell.reason': 1_000,
  'reviewDiagnostic.comment': 1_000,
};
/** Arguments that are documents in their own right, validated by their service (notebooks, embeds). */
const DOCUMENT_ARGUMENTS = new Set(['createNotebook.input', 'updateNotebook.input', 'publishEmbed.locked']);
const LIST_LIMITS: Record<string, number> = { sort: LIMITS.sortKeys, measures: LIMITS.measures };

/** An argument over its bound: the client's input, so BAD_USER_INPUT. */
export class ArgumentError extends DomainError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
  }
}

export function checkArguments(field: string, args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    const key = `${field}.${name}`;
    if (DOCUMENT_ARGUMENTS.has(key)) {
      // Still no NUL bytes and a sane size; the service checks the shape.
      if (JSON.stringify(value ?? null).length > 2 * 1024 * 1024) throw new ArgumentError(`${name} is larger than 2 MB`);
      continue;
    }
    check(value, name, LONG_ARGUMENTS[key] ?? LIMITS.stringChars);
  }
}

function check(value: unknown, path: string, maxChars: number): void {
  if (typeof value === 'string') {
    if (value.length > maxChars) throw new ArgumentError(`${path} is ${value.length} characters long; the limit is ${maxChars}`);
    if (value.includes('\u0000')) throw new ArgumentError(`${path} contains a NUL byte`);
    return;
  }
  if (Array.isArray(value)) {
    const leaf = path
      .split('.')
      .pop()!
      .replace(/\[\d+\]$/, '');
    const limit = LIST_LIMITS[leaf] ?? LIMITS.listItems;
    if (value.length > limit) throw new ArgumentError(`${path} has ${value.length} items; the limit is ${limit}`);
    value.forEach((v, i) => check(v, `${path}[${i}]`, LIMITS.stringChars));
    return;
  }
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) check(v, `${path}.${k}`, LIMITS.stringChars);
}
