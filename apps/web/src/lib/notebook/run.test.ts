import { describe, expect, it } from 'vitest';
import { isReadOnly } from './run';

describe('read-only queries', () => {
  it.each([
    ['{ status { years } }', true],
    ['query ($id: ID!) { agency(id: $id) { name } }', true],
    ['# mutation in a comment\n{ status { years } }', true],
    ['{ reports(filter: { search: "mutation" }) { totalCount } }', true],
    ['mutation { deleteNotebook(id: "overview") }', false],
    ['query A { status { years } }\nmutation B { deleteNotebook(id: "x") }', false],
    ['subscription { x }', false],
  ])('%s → %s', (source, expected) => {
    expect(isReadOnly(source)).toBe(expected);
  });
});
