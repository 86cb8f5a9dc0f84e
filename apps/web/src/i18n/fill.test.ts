import { expect, it } from 'vitest';
import { fill } from './fill';

it.each([
  ['第 {n} 版', { n: 3 }, '第 3 版'],
  ['{a} of {b}', { a: '2', b: 5 }, '2 of 5'],
  ['{missing} stays', {}, '{missing} stays'],
  ['{{name}} is markdown, not a slot of {n}', { n: 1 }, '{{name}} is markdown, not a slot of 1'],
])('fill(%s)', (template, values, expected) => {
  expect(fill(template, values)).toBe(expected);
});
