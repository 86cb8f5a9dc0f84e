import { ACTIVE_COLUMNS, ACTIVE_ROWS, APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_GROUPS, REVIEW_RESULTS, SECTIONS } from '@gongkai/schema/report';
import { describe, expect, it } from 'vitest';
import { bigramHits, bigrams, cjkOnly, compact, compactAsPrinted, toSimplified } from './labels.ts';

// Label text as reports print it (traditional characters, half-width brackets, spaces, Word markup,
// Markdown, numbering, OCR debris) against the official labels: what each helper folds and what it keeps.

/** Every official label of the report model, in simplified characters. */
const OFFICIAL_LABELS = [
  ...new Set([
    ...ACTIVE_ROWS.flatMap((r) => [r.label.zh, ...(r.variants ?? [])]),
    ...APPLICATION_ROWS.flatMap((r) => [r.label.zh, r.core, ...(r.variants ?? [])]),
    ...SECTIONS.map((s) => s.zh),
    ...Object.values(ACTIVE_COLUMNS).map((l) => l.zh),
    ...Object.values(APPLICANT_COLUMNS).map((l) => l.zh),
    ...Object.values(REVIEW_GROUPS).map((l) => l.zh),
    ...Object.values(REVIEW_RESULTS).map((l) => l.zh),
  ]),
];

const code = (pair: string) => pair.charCodeAt(0) * 65536 + pair.charCodeAt(1);

describe('toSimplified', () => {
  it.each([
    ['政府信息公開工作年度報告', '政府信息公开工作年度报告'],
    ['四、政府信息公開行政復議、行政訴訟情況', '四、政府信息公开行政复议、行政诉讼情况'],
    ['本年新收政府信息公開申請數量', '本年新收政府信息公开申请数量'],
    ['二、上年結轉政府信息公開申請數量', '二、上年结转政府信息公开申请数量'],
    ['1.屬於國家秘密', '1.属于国家秘密'],
    ['4.保護第三方合法權益', '4.保护第三方合法权益'],
    ['3.危及“三安全一穩定”', '3.危及“三安全一稳定”'],
    ['5.要求行政機關確認或重新出具已獲取信息', '5.要求行政机关确认或重新出具已获取信息'],
    ['其他對外管理服務事項', '其他对外管理服务事项'],
    ['行政事業性收費', '行政事业性收费'],
    ['政府集中採購', '政府集中采购'],
    ['行政規範性文件', '行政规范性文件'],
    ['結果維持 結果糾正 尚未審結 總計', '结果维持 结果纠正 尚未审结 总计'],
    ['本年收費金額（單位：元）', '本年收费金额（单位：元）'],
    ['桐柏縣淮源鎮人民政府', '桐柏县淮源镇人民政府'],
    // Everything that is not a mapped traditional character stays as it was, in place.
    ['2023年度報告 (PDF) 第1頁', '2023年度报告 (PDF) 第1页'],
  ])('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it.each(OFFICIAL_LABELS)('leaves the official label %s as it is', (label) => {
    expect(toSimplified(label)).toBe(label);
  });

  it('maps one character to one, and a simplified character to itself (the table holds no shifted pair)', () => {
    let all = '';
    for (let c = 0x3400; c <= 0x9fff; c++) all += String.fromCharCode(c);
    const once = toSimplified(all);
    expect(once).toHaveLength(all.length);
    expect(toSimplified(once)).toBe(once);
  });

  // The traditional forms of characters official labels use, compared whole: 動 (主动公开, the section 二
  // heading), 組 (社会公益组织), 繼續 (结转下年度继续办理), 沒 (没有现成…), 繳納 (缴纳费用).
  it.each([
    ['二、主動公開政府信息情況', '二、主动公开政府信息情况'],
    ['社會公益組織', '社会公益组织'],
    ['四、結轉下年度繼續辦理', '四、结转下年度继续办理'],
    ['2.沒有現成信息需要另行製作', '2.没有现成信息需要另行制作'],
    ['逾期未按收費通知要求繳納費用', '逾期未按收费通知要求缴纳费用'],
  ])('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });
});

describe('compact', () => {
  it.each([
    // Half-width brackets and punctuation become full-width; spaces of every width go.
    ['(一)予以公开', '（一）予以公开'],
    ['( 一 ) 予以公开', '（一）予以公开'],
    ['（一）\u3000予以公开\u00a0', '（一）予以公开'],
    ['本年收费金额(单位:万元)', '本年收费金额（单位：万元）'],
    ['部分公开(区分处理的, 只计这一情形, 不计其他情形)', '部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ['行政复议;行政诉讼', '行政复议；行政诉讼'],
    ['1．属于国家秘密', '1.属于国家秘密'],
    // A label wrapped over lines, split over Word's spans, or marked up as Markdown.
    ['其他对外管理\n服务事项', '其他对外管理服务事项'],
    ['<p class="MsoNormal"><span style="font-family:宋体">其他对外管理</span></p><p><span>服务事项</span></p>', '其他对外管理服务事项'],
    ['行政&nbsp;许可', '行政许可'],
    ['### 三、收到和处理政府信息公开申请情况', '三、收到和处理政府信息公开申请情况'],
    ['**规章**', '规章'],
    ['> 六、其他需要报告的事项', '六、其他需要报告的事项'],
    ['`总计`', '总计'],
    // Traditional characters, simplified.
    ['四、行政復議、行政訴訟情況', '四、行政复议、行政诉讼情况'],
  ])('%j → %s', (printed, expected) => {
    expect(compact(printed)).toBe(expected);
  });

  it.each([
    ['危及"三安全一稳定"', '危及“三安全一稳定”'],
    ['危及″三安全一稳定″', '危及“三安全一稳定”'],
    ['（七）总计', '(七) 总 计'],
    ['2.其他法律行政法规禁止公开', '2．其他法律行政法规禁止公开'],
  ])('folds %s and %s to one form', (a, b) => {
    expect(compact(a)).toBe(compact(b));
  });

  it.each([
    ['（一）予以公开', '（二）予以公开'],
    ['规范性文件', '行政规范性文件'],
    ['1.属于国家秘密', '1属于国家秘密'],
    ['（七）总计', '（七）总记'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(compact(a)).not.toBe(compact(b));
  });
});

describe('compactAsPrinted', () => {
  it.each([
    ['( 一 ) 予以公開', '（一）予以公開'],
    ['<span>行政復議</span>\u3000行政訴訟', '行政復議行政訴訟'],
    ['本年收費金額(單位:萬元)', '本年收費金額（單位：萬元）'],
  ])('folds %j as compact does but keeps the characters as printed: %s', (printed, expected) => {
    expect(compactAsPrinted(printed)).toBe(expected);
  });

  it.each([
    '( 一 ) 予以公開',
    '<p><span>二、上年結轉</span></p>政府信息公開申請數量',
    '### 四、政府信息公開行政復議、行政訴訟情況',
    '本年收費金額(單位:萬元)\t0.5',
  ])('has the length of compact() and simplifies to it, so indices carry over: %j', (printed) => {
    const asPrinted = compactAsPrinted(printed);
    expect(asPrinted).toHaveLength(compact(printed).length);
    expect(toSimplified(asPrinted)).toBe(compact(printed));
  });
});

describe('cjkOnly', () => {
  it.each([
    ['1. 属于国家秘密', '属于国家秘密'],
    ['（七）总 计', '七总计'],
    ['3.危及“三安全一稳定”', '危及三安全一稳定'],
    ['本年收费金额（单位：万元）', '本年收费金额单位万元'],
    ['四、結轉下年度', '四结转下年度'],
    // OCR debris and full-width Latin letters and digits go; so does kana (outside the CJK blocks).
    ['l.属于国家秘密|', '属于国家秘密'],
    ['Ａ１．规章', '规章'],
    ['の规章', '规章'],
    // CJK Extension A stays.
    ['㐀规章', '㐀规章'],
    ['2023 (PDF)', ''],
  ])('%s → %s', (printed, expected) => {
    expect(cjkOnly(printed)).toBe(expected);
  });

  it('folds the half-width and full-width printings of one label to the same characters', () => {
    expect(cjkOnly('(二)部分公开(区分处理的, 只计这一情形, 不计其他情形)')).toBe(cjkOnly('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'));
  });
});

describe('bigrams and bigramHits', () => {
  it.each([
    ['予以公开', ['予以', '以公', '公开']],
    ['公开公开', ['公开', '开公']],
  ])('%s has the character pairs %j', (text, pairs) => {
    expect([...bigrams(text)].sort()).toEqual(pairs.map(code).sort());
  });

  it('gives a single character one entry of its own, and no text none', () => {
    expect([...bigrams('计')]).toEqual(['计'.charCodeAt(0)]);
    expect(bigrams('').size).toBe(0);
  });

  it.each([
    ['the label itself', '本年新收政府信息公开申请数量', '本年新收政府信息公开申请数量', 13],
    ['a label with one character misread', '属于国家秘蜜', '属于国家秘密', 4],
    ['a label wrapped over two lines, compacted', compact('其他对外管理\n服务事项'), '其他对外管理服务事项', 9],
    ['pairs in the other order', '开公', '公开', 0],
    ['another label', '重复申请', '予以公开', 0],
  ])('counts the pairs shared with %s', (_, needle, haystack, hits) => {
    expect(bigramHits(bigrams(needle), bigrams(haystack))).toBe(hits);
  });
});
