import { describe, expect, it } from 'vitest';
import type { FormRow, FormTable } from './report-form';
import { activeForm, applicationRows, applicationsForm, layoutTemplate, reviewForm } from './report-form';

const paths = (t: FormTable) => t.blocks.flatMap((b) => b.rows.flatMap((r) => r.flatMap((c) => (c.kind === 'value' ? [c.path] : []))));
const texts = (t: FormTable) => t.blocks.flatMap((b) => b.rows.flatMap((r) => r.flatMap((c) => (c.kind === 'value' ? [] : [c.text]))));

/** Columns a row covers, counting cells spanning into it from the rows above. */
function widths(rows: FormRow[]): number[] {
  const carry: number[] = [];
  return rows.map((row, i) => {
    const fromAbove = carry[i] ?? 0;
    const own = row.reduce((a, c) => a + (c.kind === 'value' ? 1 : (c.colSpan ?? 1)), 0);
    row.forEach((c) => {
      if (c.kind !== 'value' && (c.rowSpan ?? 1) > 1) for (let k = 1; k < c.rowSpan!; k++) carry[i + k] = (carry[i + k] ?? 0) + (c.colSpan ?? 1);
    });
    return fromAbove + own;
  });
}

describe('section 二 in the official layout', () => {
  it('prints the 2021 blocks with their column labels', () => {
    const t = activeForm('2021', new Set(), 'zh');
    expect(t.blocks.map((b) => b.caption)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    expect(texts(t)).toContain('本年收费金额（单位：万元）');
    expect(paths(t)).toEqual([
      'active.regulations.issued',
      'active.regulations.repealed',
      'active.regulations.inForce',
      'active.normativeDocuments.issued',
      'active.normativeDocuments.repealed',
      'active.normativeDocuments.inForce',
      'active.licensing.decisions',
      'active.penalties.decisions',
      'active.coercion.decisions',
      'active.fees.amount',
    ]);
  });

  it('prints the 2019 blocks, with 规范性文件 and procurement', () => {
    const t = activeForm('2019', new Set(), 'zh');
    expect(t.blocks.map((b) => b.caption)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    expect(texts(t)).toContain('规范性文件');
    expect(paths(t)).toContain('active.procurement.amount');
    expect(paths(t)).toContain('active.otherServices.change');
  });

  it('lays out a row in the other format when that is what the report printed (mixed reports)', () => {
    const t = activeForm('2021', new Set(['active.licensing.previousCount', 'active.licensing.change', 'active.licensing.decisions']), 'zh');
    expect(paths(t)).toContain('active.licensing.previousCount');
    expect(paths(t)).not.toContain('active.otherServices.decisions');
  });
});

describe('section 三 in the official layout', () => {
  it('has the format’s rows: 2019 one 其他处理 row, 2021 three', () => {
    expect(applicationRows('2019', new Set())).toContain('otherHandling');
    expect(applicationRows('2019', new Set())).not.toContain('otherMisc');
    expect(applicationRows('2021', new Set())).toEqual(expect.arrayContaining(['otherNoCorrection', 'otherUnpaidFee', 'otherMisc']));
    expect(applicationRows('2021', new Set())).not.toContain('otherHandling');
    expect(applicationRows('2021', new Set(['applications.otherHandling.total']))).toContain('otherHandling');
  });

  it.each(['2019', '2021'] as const)('every %s row spans the full 10 columns, header included', (template) => {
    const t = applicationsForm(template, new Set(), 'zh');
    const rows = t.blocks[0]!.rows;
    expect(widths(rows).every((w) => w === 10)).toBe(true);
    expect(paths(t)).toHaveLength(applicationRows(template, new Set()).length * 7);
  });

  it('labels groups as the form does', () => {
    const t = applicationsForm('2021', new Set(), 'zh');
    expect(texts(t)).toEqual(
      expect.arrayContaining([
        '三、本年度办理结果',
        '（三）不予公开',
        '（四）无法提供',
        '（五）不予处理',
        '（六）其他处理',
        '1.属于国家秘密',
        '（七）总计',
        '四、结转下年度继续办理',
      ]),
    );
    const en = applicationsForm('2021', new Set(), 'en');
    expect(texts(en)).toEqual(expect.arrayContaining(['Denied', 'state secret', 'Granted']));
  });
});

describe('section 四 in the official layout', () => {
  it('is one row of fifteen cells under a three-level header', () => {
    const t = reviewForm('zh');
    const rows = t.blocks[0]!.rows;
    expect(widths(rows)).toEqual([15, 15, 15, 15]);
    expect(paths(t)[0]).toBe('review.reconsideration.upheld');
    expect(paths(t).at(-1)).toBe('review.litigationAfterReconsideration.total');
  });
});

describe('layoutTemplate', () => {
  it('uses the report’s format, else guesses from the printed cells', () => {
    expect(layoutTemplate('2019', new Set())).toBe('2019');
    expect(layoutTemplate(null, new Set(['applications.otherHandling.total']))).toBe('2019');
    expect(layoutTemplate('mixed', new Set(['applications.otherMisc.total']))).toBe('2021');
  });
});
