import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEEDS_DIR } from '@gongkai/samples/seeds';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse.ts';

// Hand-written reports printed the way real ones are (../shared/report-model.md, "Conventions seen in
// published reports"), each against its expected output worked out from the format's rules:
// - pingtan-word-2019.html: Word's "save as web page" (td > p > span, labels over two <p>, numbering in
//   its own span), crawler chrome above the title (标题：…, breadcrumbs, 发布时间), every zero printed as
//   <p>&nbsp;</p>, the 总计 column blank but for the balance rows, whole groups blank, a 印发 line with
//   a misprinted date under the signature.
// - blank-rows-tabs-2021.txt: rows printed entirely blank between printed rows (上年结转, 其他法律…,
//   无正当理由大量反复申请, 确认或重新出具): each stays its own row, none lends or borrows numbers.
// - bad-total-pipes-2023.md: a 总计 printed 0 beside parts of 7: kept as printed, reported, and used for
//   nothing, while another row's blank cell is still fixed by its own row.

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '__fixtures__/conventions');
type Flat = Record<string, unknown>;
const flatten = (o: unknown, prefix = '', out: Flat = {}): Flat => {
  for (const [k, v] of Object.entries((o as Record<string, unknown>) ?? {})) {
    const p = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') flatten(v, p, out);
    else out[p] = v;
  }
  return out;
};
const tables = (r: { active: unknown; applications: unknown; review: unknown }) =>
  flatten({ active: r.active, applications: r.applications, review: r.review });

describe('reports printed as real ones are', () => {
  const files = readdirSync(dir).filter((f) => !f.endsWith('.json'));
  it.each(files)('%s parses to its expected JSON', async (file) => {
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.[a-z]+$/, '.expected.json')), 'utf8'));
    const r = await parseReport(readFileSync(join(dir, file)), { fileName: file });
    expect({
      agency: r.agency,
      year: r.year,
      template: r.template,
      publishedOn: r.publishedOn,
      active: r.active,
      applications: r.applications,
      review: r.review,
    }).toEqual(expected);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reports the contradicting total and keeps it as printed', async () => {
    const r = await parseReport(readFileSync(join(dir, 'bad-total-pipes-2023.md')), { fileName: 'x.md' });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'RULE_TOTAL_MISMATCH', path: 'applications.granted', rule: 3 }));
    expect(r.provenance['applications.granted.total']?.state).toBe('printed');
    expect(r.provenance['applications.unableNotHeld.commercial']?.state).toBe('inferred');
  });

  it('reads the agency past the crawler chrome and the signature date over the 印发 line', async () => {
    const r = await parseReport(readFileSync(join(dir, 'pingtan-word-2019.html')), { fileName: 'x.html' });
    expect(r.agency).toBe('平潭综合实验区经济发展局');
    expect(r.publishedOn).toBe('2020-01-15');
    // Without the signature, the page's 发布时间 is the date, and the report says where it came from.
    const html = readFileSync(join(dir, 'pingtan-word-2019.html'), 'utf8').replace('2020年1月15日', '');
    const unsigned = await parseReport(new TextEncoder().encode(html), { fileName: 'x.html' });
    expect(unsigned.publishedOn).toBe('2020-01-20');
    expect(unsigned.diagnostics.map((d) => d.code)).toContain('DATE_FROM_PAGE');
  });

  it('flags a copy cut inside its tables as incomplete and states no number it cannot see', async () => {
    const html = readFileSync(join(dir, 'pingtan-word-2019.html'), 'utf8');
    const expected = flatten(JSON.parse(readFileSync(join(dir, 'pingtan-word-2019.expected.json'), 'utf8')));
    for (const cutAt of ['属于三类', '本机关不掌握', '（七）', '行政诉讼']) {
      expect(html.indexOf(cutAt), cutAt).toBeGreaterThan(0);
      const cut = html.slice(0, html.indexOf(cutAt) + 40);
      const r = await parseReport(new TextEncoder().encode(cut), { fileName: 'cut.html' });
      expect(
        r.diagnostics.map((d) => d.code),
        cutAt,
      ).toContain('REPORT_INCOMPLETE');
      for (const [path, v] of Object.entries(tables(r))) if (v !== null) expect(v, `${cutAt} ${path}`).toBe(expected[path]);
    }
  });
});

describe('the real seeds with every zero printed blank', () => {
  // What many bodies print: the same reports, their zero cells left empty. The parser may abstain on a
  // blank the rules leave open; it may never state a number the report does not support.
  const seeds = SEEDS_DIR;
  const blankZeros = (text: string) =>
    text
      .split('\n')
      .map((line) => {
        if (line.includes('\t'))
          return line
            .split('\t')
            .map((c) => (/^\s*[0０]\s*$/.test(c) ? '' : c))
            .join('\t');
        if (/^\s*\|/.test(line))
          return line
            .split('|')
            .map((c) => (/^\s*0\s*$/.test(c) ? c.replace('0', ' ') : c))
            .join('|');
        return line.replace(/(?<=^|\s)0(?=\s|$)/g, ' ');
      })
      .join('\n');
  it.each(readdirSync(seeds).filter((f) => f.endsWith('.txt')))('%s', async (file) => {
    const expected = flatten(JSON.parse(readFileSync(join(seeds, file.replace(/\.txt$/, '.expected.json')), 'utf8')));
    const text = blankZeros(readFileSync(join(seeds, file), 'utf8'));
    const r = await parseReport(new TextEncoder().encode(text), { fileName: file });
    expect(r.agency?.replace(/人民政府$/, '')).toBe(String(expected.agency).replace(/人民政府$/, ''));
    for (const [path, v] of Object.entries(tables(r))) if (v !== null && v !== undefined) expect(v, path).toBe(expected[path]);
    // Every number still printed (a non-zero printed in the original) is read.
    const original = await parseReport(readFileSync(join(seeds, file)), { fileName: file });
    for (const [path, p] of Object.entries(original.provenance))
      if (p.state === 'printed' && expected[path] !== 0) expect(tables(r)[path], path).toBe(expected[path]);
  });
});
