import type { GridCell, GridTable } from './grid.ts';
import type { DocSection, ReportDoc } from './report-doc.ts';
import type { Rng } from './rng.ts';
import { splitEven } from './text-utils.ts';

// A full page of a government site: head, navigation, breadcrumbs, the article with its 发布时间 line,
// <p> paragraphs and real <table> markup (rowspan/colspan for merged cells), and a footer.

export interface HtmlOptions {
  /** The charset the bytes will be in, declared in <meta>. */
  charset: string;
  /** Tables as Word's "save as web page" writes them: every cell td > p > span with long inline styles. */
  word?: boolean;
}

export function renderHtml(doc: ReportDoc, rng: Rng, o: HtmlOptions): string {
  const title = doc.title.join('');
  const site = doc.facts.agency.site;
  const date = doc.facts.truth.publishedOn;
  const entities = rng.chance(0.4);
  const esc = (s: string) => escapeHtml(s, entities);
  const wrapCells = rng.chance(0.5);
  const mergeActive = rng.chance(0.5);
  const word = o.word ?? rng.chance(0.15);
  const body: string[] = [];
  for (const line of doc.chrome ?? []) body.push(`<div class="crawl">${esc(line)}</div>`);
  body.push(`<h1 class="title">${doc.title.map(esc).join(rng.chance(0.5) ? '<br />' : '')}</h1>`);
  const info = [
    date ? `<span>发布时间：${date}${rng.chance(0.5) ? ` ${rng.int(8, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}` : ''}</span>` : '',
    `<span>来源：${esc(doc.facts.truth.agency)}</span>`,
    '<span>浏览次数：<em id="hits"></em></span>',
    '<span>【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span>',
  ];
  body.push(`<div class="info">${info.filter(Boolean).join('&nbsp;&nbsp;')}</div>`);
  body.push('<div class="content" id="zoom">');
  if (doc.preamble) body.push(para(esc(doc.preamble)));
  for (const s of doc.sections) body.push(...sectionHtml(s, esc, { wrapCells, mergeActive, word, rng }));
  if (doc.signature?.agency) body.push(`<p style="text-align:right">${esc(doc.signature.agency)}</p>`);
  if (doc.signature?.date) body.push(`<p style="text-align:right">${esc(doc.signature.date)}</p>`);
  if (doc.signature?.issued) body.push(`<p>${esc(doc.signature.issued)}</p>`);
  body.push('</div>');
  return page({ title, site, charset: o.charset, body: body.join('\n'), date, rng });
}

function page(p: { title: string; site: string; charset: string; body: string; date: string | null; rng: Rng }): string {
  const meta = p.rng.chance(0.5) ? `<meta charset="${p.charset}">` : `<meta http-equiv="Content-Type" content="text/html; charset=${p.charset}">`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${meta}
<title>${escapeHtml(p.title, false)}_${p.site}</title>
<meta name="ArticleTitle" content="${escapeHtml(p.title, false)}">
${p.date ? `<meta name="PubDate" content="${p.date}">\n` : ''}<meta name="ColumnName" content="政府信息公开年报">
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="${p.site}"></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
${p.body}
</div>
<div class="footer">
<p>主办单位：${p.site.replace(/门户网站$/, '')}办公室&nbsp;&nbsp;网站标识码：${p.rng.int(1000000000, 9999999999)}</p>
<p><a href="https://beian.miit.gov.cn/">ICP备${p.rng.int(10000000, 99999999)}号</a>&nbsp;&nbsp;公网安备 ${p.rng.int(10000000000000, 99999999999999)}号</p>
</div>
</body>
</html>
`;
}

export function escapeHtml(text: string, entities: boolean): string {
  const s = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return entities ? s.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;') : s;
}

function para(html: string): string {
  return `<p style="text-indent:2em;">${html}</p>`;
}

interface TableStyle {
  wrapCells: boolean;
  mergeActive: boolean;
  word: boolean;
  rng: Rng;
}

function sectionHtml(s: DocSection, esc: (t: string) => string, t: TableStyle): string[] {
  const out = [t.rng.chance(0.5) ? `<p style="text-indent:2em;"><strong>${esc(s.heading)}</strong></p>` : `<h3>${esc(s.heading)}</h3>`];
  const tables = s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  if (tables.length > 0) {
    const merged = s.key === 'active' && t.mergeActive ? [{ ...tables[0]!, rows: tables.flatMap((x) => x.rows) }] : tables;
    out.push(...merged.map((table) => tableHtml(table, esc, t)));
  }
  for (const b of s.blocks) {
    if (b.kind === 'subhead') out.push(`<p style="text-indent:2em;"><strong>${esc(b.text)}</strong></p>`);
    else if (b.kind === 'para') out.push(para(esc(b.text)));
  }
  return out;
}

function tableHtml(table: GridTable, esc: (t: string) => string, t: TableStyle): string {
  if (t.word) return wordTableHtml(table, esc, t.rng);
  const open = t.rng.chance(0.5)
    ? '<table border="1" cellspacing="0" cellpadding="0" width="100%">'
    : '<table class="MsoNormalTable" style="border-collapse:collapse;width:100%">';
  const rows = table.rows.map((row) => `<tr>${row.cells.map((c) => cellHtml(c, esc, t)).join('')}</tr>`);
  return `<div align="center">${open}<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

function cellHtml(c: GridCell, esc: (t: string) => string, t: TableStyle): string {
  const attrs = `${c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
  let inner: string;
  if (c.text === '') inner = t.rng.chance(0.5) ? '&nbsp;' : '';
  else if (c.role === 'number') inner = t.rng.chance(0.1) ? `&nbsp;${esc(c.text)}` : esc(c.text);
  else if ([...c.text].length > 14 && t.rng.chance(0.4)) inner = splitEven(c.text, 2).map(esc).join('<br />');
  else if (c.role === 'group' && t.rng.chance(0.5)) inner = [...c.text].map(esc).join('<br />');
  else inner = esc(c.text);
  if (t.wrapCells) inner = `<p style="text-align:center"><span style="font-family:宋体;font-size:14px">${inner}</span></p>`;
  return `<td${attrs} valign="middle">${inner}</td>`;
}

// ─── Word's "save as web page" ─────────────────────────────────────────────────────────────────────

const WORD_SPAN = "style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:Calibri;mso-hansi-font-family:Calibri;color:black;mso-font-kerning:0pt'";
const WORD_NUM_SPAN = 'lang=EN-US style=\'font-size:10.5pt;font-family:"Times New Roman",serif;mso-fareast-font-family:宋体;color:black;mso-font-kerning:0pt\'';

function wordTableHtml(table: GridTable, esc: (t: string) => string, rng: Rng): string {
  const rows = table.rows.map((row, r) => {
    const cells = row.cells.map((c) => wordCellHtml(c, esc, rng)).join('\n  ');
    return ` <tr style='mso-yfti-irow:${r};height:21.55pt'>\n  ${cells}\n </tr>`;
  });
  return `<div align=center>\n<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=601 style='width:450.8pt;border-collapse:collapse;mso-table-layout-alt:fixed;border:none;mso-border-alt:solid windowtext .5pt;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n${rows.join('\n')}\n</table>\n</div>`;
}

function wordCellHtml(c: GridCell, esc: (t: string) => string, rng: Rng): string {
  const attrs = `${c.rowSpan && c.rowSpan > 1 ? ` rowspan=${c.rowSpan}` : ''}${c.colSpan && c.colSpan > 1 ? ` colspan=${c.colSpan}` : ''}`;
  const width = rng.int(40, 160);
  const td = `<td width=${width}${attrs} valign=center style='width:${(width * 0.75).toFixed(2)}pt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt;height:21.55pt'>`;
  const p = (inner: string) => `<p class=MsoNormal align=center style='text-align:center;line-height:15.0pt;mso-line-height-rule:exactly'>${inner}</p>`;
  let paragraphs: string[];
  const text = c.text;
  if (text === '' || text === '&nbsp;') {
    paragraphs = [rng.chance(0.5) ? p(`<span ${WORD_NUM_SPAN}>&nbsp;</span>`) : '<p>&nbsp;</p>'];
  } else if (c.role === 'number') {
    paragraphs = [p(`<span ${WORD_NUM_SPAN}>${esc(text)}<o:p></o:p></span>`)];
  } else {
    // The item number in a span of its own; long labels split over two paragraphs.
    const m = /^((?:\d+[.、]\s?)|(?:[（(][一二三四五六七八九十][)）]\s?)|(?:[一二三四五六七八九十]、))(.*)$/s.exec(text);
    const number = m ? m[1]! : '';
    const rest = m ? m[2]! : text;
    const pieces = [...rest].length > 8 && rng.chance(0.5) ? splitEven(rest, 2) : [rest];
    paragraphs = pieces.map((piece, i) => {
      const lead = i === 0 && number ? `<span ${WORD_NUM_SPAN}>${esc(number)}</span>` : '';
      return p(`${lead}<span ${WORD_SPAN}>${esc(piece)}</span>`);
    });
  }
  return `${td}\n  ${paragraphs.join('\n  ')}\n  </td>`;
}
