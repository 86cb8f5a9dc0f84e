// Label text → a comparable form: simplified characters, full-width brackets and punctuation, no spaces or markup.
// Recognition compares labels by character bigrams, so a damaged or wrapped label still matches.

const TRADITIONAL =
  '國国開开報报請请數数結结轉转處处總总計计記记審审維维糾纠許许罰罚強强規规範范採采購购務务類类護护權权險险穩稳當当關关機机構构業业織织會会團团體体學学術术經经濟济問问題题況况進进與与復复訟讼議议據据稅税費费額额內内過过執执詢询現现製制確确補补訪访舉举訴诉複复時时為为對对於于項项條条檔档獲获發发廢废屬属辦办號号門门縣县鄉乡鎮镇區区廳厅廣广東东陝陕遼辽寧宁蘇苏黃黄龍龙雲云貴贵灣湾臺台個个來来並并後后產产種种無无從从應应實实際际態态價价書书專专單单聯联戶户員员證证讀读錄录變变級级備备導导齊齐劃划歸归檢检處处齡龄療疗衛卫員员錢钱資资訊讯網网頁页區区遞递擬拟訂订廳厅徵征層层減减增增純纯紙纸決决佈布託托薦荐參参與与營营隊队際际範范傳传結结請请錄录彙汇匯汇實实據据並并擔担險险環环衛卫廣广軟软體体戶户務务違违貨货舊旧壞坏懷怀義义歲岁書书禮礼團团聽听聯联農农醫医療疗藥药師师氣气紀纪設设計计訂订認认證证識识讀读譯译論论調调談谈謝谢護护這这邊边遠远適适遺遗遷迁運运達达選选還还鄰邻銀银錯错鐵铁長长門门間间開开閱阅陽阳陰阴隱隐雙双雜杂離离難难電电靜静響响項项順顺領领頭头題题顧顾風风飛飞飯饭館馆驗验驗验點点黨党齡龄龍龙動动組组繼继續续沒没繳缴納纳萬万';

const TRAD_MAP = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) TRAD_MAP.set(TRADITIONAL[i]!, TRADITIONAL[i + 1]!);

/** One flag per BMP code point: is it a traditional character we map (a scan, no regex, per text). */
const IS_TRADITIONAL = new Uint8Array(65536);
for (const ch of TRAD_MAP.keys()) IS_TRADITIONAL[ch.charCodeAt(0)] = 1;

export function toSimplified(text: string): string {
  let i = 0;
  while (i < text.length && IS_TRADITIONAL[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const ch = text[i]!;
    out += IS_TRADITIONAL[text.charCodeAt(i)] ? TRAD_MAP.get(ch)! : ch;
  }
  return out;
}

const PUNCT_MAP: Record<string, string> = {
  '(': '（',
  ')': '）',
  ',': '，',
  ':': '：',
  ';': '；',
  '"': '“',
  '”': '“',
  '″': '“',
  '．': '.',
};

/** Compact form used for headings and labels: simplified, full-width brackets, no whitespace or markup. */
export function compact(text: string): string {
  return toSimplified(text)
    .replace(/<[^>]{0,200}>/g, '')
    .replace(/&nbsp;/g, '')
    .replace(/[\s\u00a0\u3000#*_>`]+/g, '')
    .replace(/[(),:;"”″．]/g, (c) => PUNCT_MAP[c] ?? c);
}

/** compact() without the traditional → simplified step: same length, so indices carry over. */
export function compactAsPrinted(text: string): string {
  return text
    .replace(/<[^>]{0,200}>/g, '')
    .replace(/&nbsp;/g, '')
    .replace(/[\s\u00a0\u3000#*_>`]+/g, '')
    .replace(/[(),:;"”″．]/g, (c) => PUNCT_MAP[c] ?? c);
}

/** Only the CJK characters of a label: numbering, punctuation and OCR debris dropped. */
export function cjkOnly(text: string): string {
  return toSimplified(text).replace(/[^\u3400-\u9fff]/g, '');
}

/** A text's character pairs, each as one number (two UTF-16 units): cheap to make and to look up. */
export type Bigrams = Set<number>;

export function bigrams(text: string): Bigrams {
  const out: Bigrams = new Set();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  if (text.length === 1) out.add(text.charCodeAt(0));
  return out;
}

/** How many of `needle`'s bigrams occur in `haystack`'s bigram set. */
export function bigramHits(needle: Bigrams, haystack: Bigrams): number {
  let n = 0;
  for (const b of needle) if (haystack.has(b)) n++;
  return n;
}
