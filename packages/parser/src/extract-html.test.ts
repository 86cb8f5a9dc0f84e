import { describe, expect, it } from 'vitest';
import { lineIndex, type SourceDocument } from './document.ts';
import { htmlToDocument } from './extract-html.ts';

const texts = (doc: SourceDocument) => doc.rows.map((row) => row.cells.map((cell) => cell.text));

const squeeze = (text: string) => text.replace(/\s+/g, '');

function expectProvenance(doc: SourceDocument, html: string): void {
  const lineOf = lineIndex(html);
  for (const row of doc.rows) {
    for (const cell of row.cells) {
      expect(cell.start).toBeLessThanOrEqual(cell.end);
      expect(cell.line).toBe(lineOf(cell.start));
      // Cells without markup or entities show their text in the source, up to white space.
      const source = html.slice(cell.start, cell.end);
      if (!/[&<>]/.test(source)) expect(squeeze(source)).toContain(squeeze(cell.text));
    }
  }
}

const REPORT_PAGE = `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>淮源镇2024年政府信息公开工作年度报告</title>
  <style>td { border: 1px solid }</style>
  <script>var nav = '<p>not text</p>';</script>
</head>
<body>
  <div class="nav"><a href="/">首页</a> | <a href="/gk">政务公开</a></div>
  <h1>桐柏县淮源镇人民政府2024年政府信息公开工作年度报告</h1>
  <p>&nbsp;&nbsp;一、总体情况</p>
  <p>全年主动公开信息<span>120</span>条。<br />依申请公开
  办理3件。</p>
  <p><strong>三、收到和处理政府信息公开申请情况</strong></p>
  <table border="1">
    <tr>
      <td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
      <td colspan="7">申请人情况</td>
    </tr>
    <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
    <tr><td>商业<br/>企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
    <tr>
      <td colspan="3">一、本年新收政府信息公开申请数量</td>
      <td>3</td><td>0</td><td>0</td><td>0</td><td>&nbsp;</td><td>0</td><td>3</td>
    </tr>
    <tr>
      <td rowspan="2">三、本年度办理结果</td><td colspan="2"><p class="MsoNormal"><span>（一）予以公开</span></p></td>
      <td><p>2</p></td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>2</td>
    </tr>
  </table>
  <div style="display: none">隐藏的菜单</div>
  <div class="footer">版权所有：桐柏县人民政府 &copy; 2025</div>
</body>
</html>`;

describe('htmlToDocument', () => {
  it('reads the title, the article lines and every <tr> as a tabular row', () => {
    const doc = htmlToDocument(REPORT_PAGE);
    expect(doc.format).toBe('html');
    expect(doc.layout).toBe('html');
    expect(doc.encoding).toBeNull();
    expect(doc.text).toBe(REPORT_PAGE);
    expect(texts(doc)).toEqual([
      ['淮源镇2024年政府信息公开工作年度报告'],
      ['首页 | 政务公开'],
      ['桐柏县淮源镇人民政府2024年政府信息公开工作年度报告'],
      ['一、总体情况'],
      ['全年主动公开信息120条。'],
      ['依申请公开办理3件。'],
      ['三、收到和处理政府信息公开申请情况'],
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
      ['自然人', '法人或其他组织', '总计'],
      ['商业\n企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
      ['一、本年新收政府信息公开申请数量', '3', '0', '0', '0', '', '0', '3'],
      ['三、本年度办理结果', '（一）予以公开', '2', '0', '0', '0', '0', '0', '2'],
      ['版权所有：桐柏县人民政府 © 2025'],
    ]);
    expect(doc.rows.map((row) => row.tabular)).toEqual([...Array(7).fill(false), ...Array(5).fill(true), false]);
  });

  it('points every cell back into the source with its line', () => {
    const doc = htmlToDocument(REPORT_PAGE);
    expectProvenance(doc, REPORT_PAGE);
    const title = doc.rows[0]!.cells[0]!;
    expect(REPORT_PAGE.slice(title.start, title.end)).toBe('淮源镇2024年政府信息公开工作年度报告');
    expect(title.line).toBe(5);
    const heading = doc.rows[3]!.cells[0]!;
    expect(REPORT_PAGE.slice(heading.start, heading.end)).toBe('一、总体情况');
    const received = doc.rows.find((row) => row.cells[0]?.text.startsWith('一、本年新收'))!;
    const total = received.cells[received.cells.length - 1]!;
    expect(REPORT_PAGE.slice(total.start, total.end)).toBe('3');
    expect(REPORT_PAGE.slice(0, total.start)).toMatch(/<td>$/);
    const granted = doc.rows.find((row) => row.cells[1]?.text === '（一）予以公开')!;
    expect(REPORT_PAGE.slice(granted.cells[1]!.start, granted.cells[1]!.end)).toContain('（一）予以公开');
    expect(granted.cells[2]!.line).toBe(REPORT_PAGE.split('\n').findIndex((l) => l.includes('<td><p>2</p>')) + 1);
  });

  it('unwraps nested layout tables and keeps the data table rows', () => {
    const html = [
      '<html><head><title>政府信息公开年报</title></head><body>',
      '<table width="980"><tr><td colspan="2"><img src="logo.gif">XX县人民政府门户网站</td></tr>',
      '<tr><td width="200"><ul><li>政务公开</li><li>办事服务</li></ul></td>',
      '<td><table><tr><td><h2>XX县2023年政府信息公开工作年度报告</h2></td></tr>',
      '<tr><td><p>四、政府信息公开行政复议、行政诉讼情况</p>',
      '<table border="1"><tbody>',
      '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
      '<tr><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>',
      '</tbody></table>',
      '<p>五、存在的主要问题及改进情况</p></td></tr></table></td></tr>',
      '<tr><td colspan="2">主办单位：XX县人民政府办公室</td></tr></table>',
      '</body></html>',
    ].join('\n');
    const doc = htmlToDocument(html);
    expect(texts(doc)).toEqual([
      ['政府信息公开年报'],
      ['XX县人民政府门户网站'],
      ['政务公开'],
      ['办事服务'],
      ['XX县2023年政府信息公开工作年度报告'],
      ['四、政府信息公开行政复议、行政诉讼情况'],
      ['行政复议', '行政诉讼'],
      ['0', '1', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
      ['五、存在的主要问题及改进情况'],
      ['主办单位：XX县人民政府办公室'],
    ]);
    const tabular = doc.rows.filter((row) => row.tabular);
    expect(tabular.map((row) => row.cells.length)).toEqual([2, 15]);
    expect(Math.max(...doc.rows.flatMap((row) => row.cells.map((cell) => cell.text.length)))).toBeLessThan(40);
    expectProvenance(doc, html);
  });

  it('reads a one-column frame table as page text', () => {
    const html = '<table><tr><td><p>一、总体情况</p><p>本年度……</p></td></tr></table>';
    const doc = htmlToDocument(html);
    expect(texts(doc)).toEqual([['一、总体情况'], ['本年度……']]);
    expect(doc.rows.every((row) => !row.tabular)).toBe(true);
  });

  it('copes with implied end tags, CRLF and entities', () => {
    const html = '<table>\r\n<tr><td>规章<td>1<td>0\r\n<tr><td>行政许可&amp;备案<td> 12 </table>\r\n<p>end';
    const doc = htmlToDocument(html, { encoding: 'gb18030' });
    expect(doc.encoding).toBe('gb18030');
    expect(texts(doc)).toEqual([['规章', '1', '0'], ['行政许可&备案', '12'], ['end']]);
    const one = doc.rows[0]!.cells[1]!;
    expect(html.slice(one.start, one.end)).toBe('1');
    const twelve = doc.rows[1]!.cells[1]!;
    expect(html.slice(twelve.start, twelve.end).trim()).toBe('12');
    expect(twelve.line).toBe(3);
    expectProvenance(doc, html);
  });

  it('drops a line break between Chinese characters but keeps one between words', () => {
    const doc = htmlToDocument('<p>政府信息公开\n  工作年度报告</p><p>annual\nreport 2024\n年</p>');
    expect(texts(doc)).toEqual([['政府信息公开工作年度报告'], ['annual report 2024 年']]);
  });

  it('gives an empty document for empty input and marks DOCX output', () => {
    expect(htmlToDocument('').rows).toEqual([]);
    const doc = htmlToDocument('<p>x</p>', { format: 'docx' });
    expect(doc.format).toBe('docx');
    expect(doc.layout).toBe('docx');
  });
});
