// Templates in messages.ts stay plain strings with {name} slots, so they cross to client components;
// this fills them. Its own module, so a client component that fills a template does not carry every
// word of both languages.

/** fill('第 {n} 版', { n: 3 }) → 第 3 版; a slot without a value stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
