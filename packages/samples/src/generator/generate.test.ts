import { inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_ROWS,
  APPLICANT_COLUMN_KEYS,
  APPLICATION_ROW_KEYS,
  APPLICATION_ROWS,
  REVIEW_GROUP_KEYS,
  REVIEW_RESULT_KEYS,
  ruleEquations,
} from '@gongkai/schema/report';
import type { ApplicationRowKey } from '@gongkai/schema/report';
import { generateReport, generateReportAsync, generateTruth, LAYOUTS, TEXT_LAYOUTS } from './generate.ts';
import type { ExpectedReport, Layout } from './generate.ts';

const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);

function valueAt(truth: ExpectedReport, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), truth);
}

function ruleViolations(truth: ExpectedReport): string[] {
  const rows = APPLICATION_ROW_KEYS.filter((r) => truth.applications[r] !== undefined) as ApplicationRowKey[];
  const sum = (paths: string[]) => paths.reduce((s, p) => s + Number(valueAt(truth, p)), 0);
  return ruleEquations(rows)
    .filter((eq) => sum(eq.lhs) !== sum(eq.rhs))
    .map((eq) => `rule ${eq.rule} at ${eq.where}`);
}

/** The text a reader sees: tags, entities and whitespace gone. */
function visibleText(layout: Layout, text: string): string {
  const plain =
    layout === 'html' || layout === 'docx'
      ? text
          .replace(/<[^>]+>/g, '')
          .replace(/&nbsp;/g, ' ')
          .replace(/&ldquo;|&rdquo;/g, '"')
      : text.replace(/<br\s*\/?>/g, '');
  return plain.replace(/\s+/g, '');
}

/** Reads one entry of a zip archive through its central directory. */
function unzipEntry(zip: Uint8Array, name: string): string | null {
  const buf = Buffer.from(zip);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return null;
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const entry = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    const local = buf.readUInt32LE(p + 42);
    if (entry === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return null;
}

const KEY_LABELS = [
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '第二十条',
  '行政许可',
  '本年新收政府信息公开申请数量',
  '予以公开',
  '结转下年度继续办理',
  '未经复议直接起诉',
];

describe('generateReport: determinism', () => {
  it.each(TEXT_LAYOUTS)('gives the same bytes for the same seed (%s)', (layout) => {
    const a = generateReport({ seed: 42, layout, damage: ['blank', 'ocr-swap'] });
    const b = generateReport({ seed: 42, layout, damage: ['blank', 'ocr-swap'] });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.truth).toEqual(b.truth);
    expect(a.damaged).toEqual(b.damaged);
  });

  it('gives different reports for different seeds', () => {
    const texts = new Set([1, 2, 3, 4, 5].map((seed) => utf8(generateReport({ seed, layout: 'tabs' }).bytes)));
    expect(texts.size).toBe(5);
  });

  it('keeps the truth independent of layout and damage', () => {
    const truth = generateTruth(7);
    for (const layout of TEXT_LAYOUTS) expect(generateReport({ seed: 7, layout, damage: ['blank'] }).truth).toEqual(truth);
  });

  it('picks a text layout when none is given and names the file by seed', () => {
    const r = generateReport({ seed: 123 });
    expect(TEXT_LAYOUTS).toContain(r.layout);
    expect(r.fileName).toMatch(/^gen-000123\.(txt|md|html)$/);
  });
});

describe('generateTruth: the numbers', () => {
  const seeds = Array.from({ length: 150 }, (_, i) => i * 7919 + 1);

  it.each(['2019', '2021', 'mixed'] as const)('satisfies rules 1–4 for many seeds (template %s)', (template) => {
    for (const seed of seeds) expect(ruleViolations(generateTruth(seed, { template })), `seed ${seed}`).toEqual([]);
  });

  it('satisfies rules 1–4 and 5 with the template chosen by the seed', () => {
    for (const seed of seeds) {
      const t = generateTruth(seed);
      expect(ruleViolations(t), `seed ${seed}`).toEqual([]);
      const counts = [...Object.values(t.applications), ...Object.values(t.review)].flatMap((row) => Object.values(row ?? {}));
      for (const v of counts) expect(Number.isInteger(v) && (v as number) >= 0, `seed ${seed}: ${String(v)}`).toBe(true);
    }
  });

  it('has the JSON shape of the expected files: the rows and columns the format prints', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
    for (const template of ['2019', '2021'] as const) {
      const want = [
        'agency',
        'year',
        'template',
        'publishedOn',
        ...ACTIVE_ROWS.flatMap((r) => (r.columns[template] ?? []).map((c) => `active.${r.key}.${c}`)),
        ...APPLICATION_ROWS.filter((r) => r.formats.includes(template)).flatMap((r) => APPLICANT_COLUMN_KEYS.map((c) => `applications.${r.key}.${c}`)),
        ...REVIEW_GROUP_KEYS.flatMap((g) => REVIEW_RESULT_KEYS.map((k) => `review.${g}.${k}`)),
      ];
      expect(keys(generateTruth(9, { template }))).toEqual(want);
    }
  });

  it('prints the rows of each format', () => {
    const rows = (t: ExpectedReport) => Object.keys(t.applications);
    const t2019 = generateTruth(5, { template: '2019' });
    const t2021 = generateTruth(5, { template: '2021' });
    const mixed = generateTruth(5, { template: 'mixed' });
    expect(rows(t2019)).toContain('otherHandling');
    expect(rows(t2019)).not.toContain('otherMisc');
    expect(Object.keys(t2019.active)).toEqual([
      'regulations',
      'normativeDocuments',
      'licensing',
      'otherServices',
      'penalties',
      'coercion',
      'fees',
      'procurement',
    ]);
    expect(rows(t2021)).toEqual(expect.arrayContaining(['otherNoCorrection', 'otherUnpaidFee', 'otherMisc']));
    expect(rows(t2021)).not.toContain('otherHandling');
    expect(Object.keys(t2021.active)).toEqual(['regulations', 'normativeDocuments', 'licensing', 'penalties', 'coercion', 'fees']);
    expect(mixed.template).toBe('2021');
    expect(rows(mixed)).toContain('otherHandling');
    expect(Object.keys(mixed.active)).toEqual(Object.keys(t2021.active));
  });

  it('has plausible metadata and honours the options', () => {
    for (const seed of seeds.slice(0, 40)) {
      const t = generateTruth(seed);
      expect(t.year).toBeGreaterThanOrEqual(2019);
      expect(t.year).toBeLessThanOrEqual(2025);
      expect(t.agency).toMatch(/(政府|局|委员会|办公室|办事处|乡)$/);
      if (t.publishedOn !== null) expect(t.publishedOn).toMatch(new RegExp(`^${t.year + 1}-0[1-3]-\\d\\d$`));
    }
    const t = generateTruth(1, { agency: '海通乡', year: 2022, template: '2019' });
    expect([t.agency, t.year, t.template]).toEqual(['海通乡', 2022, '2019']);
  });

  it('takes agencies from the province asked for', () => {
    const others = ['河南省', '山东省', '浙江省', '广东省', '四川省', '郑州市', '济南市', '杭州市', '广州市', '成都市'];
    const agencies = seeds.slice(0, 40).map((seed) => generateTruth(seed, { province: '江苏省' }).agency);
    for (const a of agencies) for (const o of others) expect(a).not.toContain(o);
    expect(agencies.some((a) => /江苏省|淮安市|苏州市|南京市|徐州市/.test(a))).toBe(true);
  });

  it('keeps money as printed, with up to four decimals', () => {
    for (const seed of seeds.slice(0, 60)) {
      const t = generateTruth(seed, { template: '2021' });
      const amount = t.active.fees?.amount;
      expect(typeof amount).toBe('number');
      const r = generateReport({ seed, template: '2021', layout: 'tabs' });
      expect(utf8(r.bytes)).toMatch(new RegExp(`行政事业性收费\\t${String(amount).replace('.', '\\.')}0*\\b`));
    }
  });
});

describe('generateReport: layouts', () => {
  it.each(TEXT_LAYOUTS)('prints agency, year and the key labels (%s)', (layout) => {
    for (const seed of [11, 12, 13, 14]) {
      const r = generateReport({ seed, layout });
      const text = visibleText(layout, utf8(r.bytes));
      expect(text).toContain(r.truth.agency);
      expect(text).toContain(String(r.truth.year));
      for (const label of KEY_LABELS) expect(text, `${layout} seed ${seed}: ${label}`).toContain(label);
    }
  });

  it('writes HTML with table markup and spans', () => {
    const html = utf8(generateReport({ seed: 21, layout: 'html' }).bytes);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<td rowspan="\d+"[^>]*>(<p[^>]*><span[^>]*>)?三、本年度办理结果/);
    expect(html).toContain('colspan="5"');
  });

  it('writes the spaces layout with page footers and right-aligned numbers', () => {
    const text = utf8(generateReport({ seed: 22, layout: 'spaces' }).bytes);
    expect(text).toMatch(/^ +-1-$/m);
    expect(text).toContain('\f');
    expect(text).toMatch(/一、本年新收政府信息公开申请数量 {2,}\d/);
  });

  it('writes the flat layout as a few long lines with glued digits', () => {
    const r = generateReport({ seed: 23, layout: 'flat' });
    const text = utf8(r.bytes);
    expect(text.split('\n').length).toBeLessThanOrEqual(7);
    expect(text).toMatch(/一、本年新收政府信息公开申请数量[0-9]{7,}/);
  });

  it('writes pipe tables and cell-per-line tables', () => {
    expect(utf8(generateReport({ seed: 24, layout: 'pipes' }).bytes)).toMatch(/^(\| *)?一、本年新收[^\n]* \| /m);
    expect(utf8(generateReport({ seed: 24, layout: 'cell-lines' }).bytes)).toMatch(/\n\t一、本年新收政府信息公开申请数量\n\t\d+\n/);
  });

  it('writes a DOCX zip whose document.xml holds the tables', async () => {
    const r = await generateReportAsync({ seed: 25, layout: 'docx' });
    expect(r.fileName).toBe('gen-000025.docx');
    expect(String.fromCharCode(r.bytes[0] ?? 0, r.bytes[1] ?? 0)).toBe('PK');
    const xml = unzipEntry(r.bytes, 'word/document.xml');
    expect(xml).not.toBeNull();
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('w:vMerge');
    const text = visibleText('docx', xml ?? '');
    for (const label of [...KEY_LABELS, r.truth.agency]) expect(text).toContain(label);
  });

  it('refuses docx synchronously and delegates text layouts when async', async () => {
    expect(() => generateReport({ seed: 1, layout: 'docx' })).toThrow(/generateReportAsync/);
    const sync = generateReport({ seed: 26, layout: 'pipes' });
    const async = await generateReportAsync({ seed: 26, layout: 'pipes' });
    expect(Buffer.from(async.bytes).equals(Buffer.from(sync.bytes))).toBe(true);
    expect(LAYOUTS).toHaveLength(8);
  });
});

describe('generateReport: encodings', () => {
  it.each(['tabs', 'spaces', 'ocr'] as const)('round-trips GB18030 with iconv-lite (%s)', (layout) => {
    const plain = generateReport({ seed: 31, layout, damage: ['ocr-swap'], damageRate: 0.2 });
    const gb = generateReport({ seed: 31, layout, damage: ['ocr-swap'], damageRate: 0.2, encoding: 'gb18030' });
    expect(Buffer.from(gb.bytes).equals(Buffer.from(plain.bytes))).toBe(false);
    expect(iconv.decode(Buffer.from(gb.bytes), 'gb18030')).toBe(utf8(plain.bytes));
  });

  it('declares the charset of an HTML page', () => {
    const html = iconv.decode(Buffer.from(generateReport({ seed: 32, layout: 'html', encoding: 'gb18030' }).bytes), 'gb18030');
    expect(html).toMatch(/charset="?(gb2312|GBK|gb18030)/);
  });

  it('writes UTF-16LE with a byte order mark', () => {
    const r = generateReport({ seed: 33, layout: 'tabs', encoding: 'utf-16le' });
    expect([r.bytes[0], r.bytes[1]]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(r.bytes)).toBe(utf8(generateReport({ seed: 33, layout: 'tabs' }).bytes));
  });
});

describe('generateReport: damage', () => {
  const cases: [Layout, 'blank' | 'ocr-swap' | 'glued'][] = [
    ['tabs', 'blank'],
    ['spaces', 'blank'],
    ['ocr', 'ocr-swap'],
    ['pipes', 'ocr-swap'],
    ['cell-lines', 'glued'],
    ['html', 'glued'],
  ];

  it.each(cases)('records damaged cells (%s, %s)', (layout, kind) => {
    for (const seed of [41, 42, 43]) {
      const r = generateReport({ seed, layout, damage: [kind] });
      expect(r.damaged.length).toBeGreaterThan(0);
      const text = utf8(r.bytes);
      for (const d of r.damaged) {
        expect(d.kind).toBe(kind);
        expect(d.path).toMatch(/^(applications|review)\./);
        expect(typeof valueAt(r.truth, d.path)).toBe('number');
        if (kind === 'ocr-swap') expect(d.printed).not.toBe(String(valueAt(r.truth, d.path)));
        if (d.printed !== '' && layout !== 'html') expect(text).toContain(d.printed);
      }
    }
  });

  it('damages about damageRate of the cells', () => {
    const r = generateReport({ seed: 44, layout: 'tabs', damage: ['blank', 'ocr-swap'], damageRate: 0.5 });
    const cells = Object.values(r.truth.applications).length * 7 + 15;
    expect(r.damaged.length).toBeGreaterThan(cells * 0.3);
    expect(r.damaged.length).toBeLessThan(cells * 0.7);
    expect(new Set(r.damaged.map((d) => d.path)).size).toBe(r.damaged.length);
  });

  it('leaves reports undamaged unless asked, except the glued rows of the flat layout', () => {
    for (const layout of TEXT_LAYOUTS.filter((l) => l !== 'flat')) expect(generateReport({ seed: 45, layout }).damaged).toEqual([]);
    const flat = [46, 47, 48, 49, 50].map((seed) => generateReport({ seed, layout: 'flat', template: '2019' }));
    for (const r of flat) for (const d of r.damaged) expect(d.kind).toBe('glued');
    // 2019 section 二 rows with a two-digit count are ambiguous once glued.
    expect(flat.some((r) => r.damaged.length > 0)).toBe(true);
  });
});

describe('planted patterns', () => {
  it('sumOf makes sections 三 and 四 the sums of the children, keeps every rule and says so in section 一', () => {
    const children = [1, 2, 3].map((i) => generateTruth(700 + i, { year: 2024, template: '2021' }));
    const g = generateReport({ seed: 777, layout: 'tabs', year: 2024, template: '2021', agency: '洪泽区人民政府', province: '江苏省', sumOf: children });
    const sum = (pick: (t: ExpectedReport) => number | null | undefined) => children.reduce((s, c) => s + (pick(c) ?? 0), 0);
    expect(g.truth.applications.newlyReceived?.total).toBe(sum((c) => c.applications.newlyReceived?.total));
    expect(g.truth.applications.granted?.naturalPerson).toBe(sum((c) => c.applications.granted?.naturalPerson));
    expect(g.truth.review.reconsideration?.total).toBe(sum((c) => c.review.reconsideration?.total));
    expect(ruleViolations(g.truth)).toEqual([]);
    expect(utf8(g.bytes)).toContain('本报告汇总全区各乡镇（街道）');
  });

  it('copyNarrativesFrom prints the source report’s sections word for word, and only those', () => {
    const source = { seed: 810, options: { year: 2023, agency: '洪泽区人民政府', province: '江苏省' } };
    const text = (b: Uint8Array) => utf8(b).replace(/\s+/g, '');
    const original = text(generateReport({ ...source.options, seed: source.seed, layout: 'tabs' }).bytes);
    const copy = text(
      generateReport({
        seed: 811,
        layout: 'tabs',
        year: 2024,
        agency: '洪泽区人民政府',
        province: '江苏省',
        copyNarrativesFrom: { ...source, sections: ['problems'] },
      }).bytes,
    );
    const between = (t: string, from: RegExp, to: RegExp) => t.slice(t.search(from), t.search(to));
    const problems = (t: string) => between(t, /存在的主要问题/, /其他需要报告/).replace(/^[^：:]*?改进情况/, '');
    expect(problems(copy).length).toBeGreaterThan(40);
    expect(problems(copy)).toBe(problems(original));
    expect(between(copy, /总体情况/, /主动公开政府信息情况/)).not.toBe(between(original, /总体情况/, /主动公开政府信息情况/));
  });
});
