import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeHtml, sniff } from './decode.ts';

const sample = '海通乡2022年政府信息公开工作年度报告\n一、总体情况\n';

describe('decodeText', () => {
  it.each([
    ['utf-8', new TextEncoder().encode(sample)],
    ['utf-8', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)])],
    ['gb18030', new Uint8Array(iconv.encode(sample, 'gbk'))],
    ['gb18030', new Uint8Array(iconv.encode(sample, 'gb18030'))],
    ['utf-16le', new Uint8Array([0xff, 0xfe, ...iconv.encode(sample, 'utf-16le')])],
    ['utf-16be', new Uint8Array([0xfe, 0xff, ...iconv.encode(sample, 'utf-16be')])],
  ])('decodes %s', (encoding, bytes) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(sample);
    expect(decoded.lossy).toBe(false);
  });

  it('decodes UTF-16LE without a BOM when the text is mostly ASCII', () => {
    const text = 'Report 2023\n0\t0\t0\t0\n'.repeat(20);
    expect(decodeText(new Uint8Array(iconv.encode(text, 'utf-16le'))).encoding).toBe('utf-16le');
  });
});

describe('sniff', () => {
  it.each([
    ['pdf', new TextEncoder().encode('%PDF-1.7\n...')],
    ['docx', new TextEncoder().encode('PK\u0003\u0004....word/document.xml')],
    ['zip', new TextEncoder().encode('PK\u0003\u0004....other.bin')],
    ['binary', new Uint8Array([0, 1, 2, 3, 255, 0, 7, 8])],
    ['text', new TextEncoder().encode(sample)],
  ])('recognises %s', (kind, bytes) => {
    expect(sniff(bytes)).toBe(kind);
  });
});

describe('looksLikeHtml', () => {
  it('tells an HTML page from a markdown report', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('# 标题\n| a | b |\n| 结果<br>维持 | 0 |')).toBe(false);
  });
});
