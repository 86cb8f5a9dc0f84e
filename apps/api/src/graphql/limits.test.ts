import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { typeDefs } from '@gongkai/schema/graphql';
import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SHIPPED } from '../services/notebooks.ts';
import { ArgumentError, checkArguments, estimate, LIMITS } from './limits.ts';

// The cost estimate lets through every query the dashboard and the shipped notebooks send, and the
// explorer's introspection; it stops the hostile ones that the old limit let through.

const schema = buildSchema(typeDefs);
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
  return estimate(schema, doc, op, variables);
};

const WEB = join(import.meta.dirname, '../../../web/src/graphql');

describe('query cost and depth', () => {
  const operations = readdirSync(WEB)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) =>
      parse(readFileSync(join(WEB, f), 'utf8'))
        .definitions.filter((d) => d.kind === 'OperationDefinition')
        .map((d) => [`${f} ${(d as OperationDefinitionNode).name?.value}`, d] as const),
    );

  it.each(operations)('lets the dashboard’s %s through', (_, op) => {
    const doc = { kind: 'Document', definitions: [op] } as never;
    const e = estimate(schema, doc, op as OperationDefinitionNode, { first: 100 });
    expect(e.cost).toBeLessThanOrEqual(LIMITS.maxCost);
    expect(e.depth).toBeLessThanOrEqual(LIMITS.maxDepth);
  });

  it('lets the shipped notebooks’ queries through', () => {
    const sources = SHIPPED.flatMap((n) =>
      n.document.cells.flatMap((c) => (c.kind === 'query' ? [c.source] : c.kind === 'parameter' && c.options ? [c.options.source] : [])),
    );
    expect(sources.length).toBeGreaterThan(3);
    for (const s of sources) expect(cost(s).cost).toBeLessThanOrEqual(LIMITS.maxCost);
  });

  it('lets the explorer’s introspection through, but not a deeper one', () => {
    const e = cost(getIntrospectionQuery());
    expect(e.cost).toBeLessThanOrEqual(LIMITS.maxCost);
    expect(e.introspectionDepth).toBeLessThanOrEqual(LIMITS.maxIntrospectionDepth);
    const nested = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }`;
    expect(cost(nested).cost).toBeGreaterThan(LIMITS.maxCost);
    const deep = `{ __type(name: "Query") { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } } } }`;
    expect(cost(deep).introspectionDepth).toBeGreaterThan(LIMITS.maxIntrospectionDepth);
  });

  it('counts first: and the number of measures', () => {
    expect(cost('{ reports(first: 100) { edges { node { cells { value } } } } }').cost).toBeGreaterThan(
      10 * cost('{ reports(first: 5) { edges { node { cells { value } } } } }').cost,
    );
    const twenty = Array.from({ length: 20 }, (_, i) => `m${i}`);
    const alias = (n: number) =>
      Array.from({ length: n }, (_, i) => `a${i}: analytics(query: { measures: $m, groupBy: [YEAR, REGION] }) { rowCount }`).join(' ');
    // 20 aliases of a 20-measure analytics query: refused; one of them is fine.
    expect(cost(`query ($m: [String!]!) { ${alias(20)} }`, { m: twenty }).cost).toBeGreaterThan(LIMITS.maxCost);
    expect(cost(`query ($m: [String!]!) { ${alias(1)} }`, { m: twenty }).cost).toBeLessThanOrEqual(LIMITS.maxCost);
  });
});

describe('argument bounds', () => {
  it.each([
    ['analytics', { query: { measures: ['reports'], sort: Array.from({ length: 11 }, () => ({ key: 'YEAR' })) } }, 'query.sort has 11 items; the limit is 10'],
    ['analytics', { query: { measures: Array.from({ length: 21 }, () => 'reports') } }, 'query.measures has 21 items; the limit is 20'],
    ['reports', { filter: { search: 'x'.repeat(201) } }, 'filter.search is 201 characters long; the limit is 200'],
    ['reports', { filter: { search: 'a\u0000b' } }, 'filter.search contains a NUL byte'],
    ['reports', { after: 'x'.repeat(1_001) }, 'after is 1001 characters long; the limit is 1000'],
    ['agencies', { search: 'y'.repeat(5_000) }, 'search is 5000 characters long; the limit is 200'],
  ])('%s is refused past its limit (%#)', (field, args, message) => {
    expect(() => checkArguments(field, args)).toThrow(new ArgumentError(message));
  });

  it('lets normal arguments and imports through', () => {
    expect(() => checkArguments('reports', { filter: { search: '政务公开专区' }, first: 20 })).not.toThrow();
    expect(() => checkArguments('importReport', { fileName: 'a.txt', content: 'x'.repeat(5_000_000) })).not.toThrow();
  });
});
