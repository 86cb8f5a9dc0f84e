import iconv from 'iconv-lite';
import type { SourceFormat, TextEncoding } from '@gongkai/schema/report';
import { imageKind } from './extract-image.ts';

export type SniffedKind = 'pdf' | 'docx' | 'ole' | 'image' | 'zip' | 'text' | 'binary';

/** What the bytes are, by their magic numbers and content rather than by file name. */
export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // A DOCX names word/document.xml in its central directory; other zips are not reports.
    return latin1Includes(bytes, 'word/') ? 'docx' : 'zip';
  }
  if (imageKind(bytes)) return 'image';
  // An OLE compound file: legacy Word (.doc) and WPS Office (.wps) documents, but Excel and others too.
  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 512 && OLE.every((b, i) => bytes[i] === b)) return 'ole';
  return looksBinary(bytes) ? 'binary' : 'text';
}

function latin1Includes(bytes: Uint8Array, needle: string): boolean {
  const limit = Math.min(bytes.length, 4_000_000);
  outer: for (let i = 0; i + needle.length <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Control bytes other than whitespace are rare in text of any of our encodings (UTF-16 aside). */
function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes) || utf16Guess(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control / n > 0.02;
}

/** UTF-16 without a BOM: every other byte is zero for ASCII-heavy text. */
function utf16Guess(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text when the bytes are valid UTF-8 (decoded once), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when no encoding decoded cleanly and the closest one was used. */
  lossy: boolean;
}

/** UTF-8 (with or without BOM), UTF-16 (BOM or zero-byte pattern), else GB18030 (a superset of GBK/GB2312). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', lossy: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', lossy: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', lossy: false };
  }
  const guess16 = utf16Guess(bytes);
  if (guess16) return { text: new TextDecoder(guess16).decode(bytes), encoding: guess16, lossy: false };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', lossy: false };
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  // GB18030 maps almost every byte sequence; many replacement characters mean it was something else.
  const bad = (gb.match(/\uFFFD/g) ?? []).length;
  if (bad === 0 || bad / Math.max(1, gb.length) < 0.01) return { text: gb, encoding: 'gb18030', lossy: bad > 0 };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', lossy: true };
}

/** Whether decoded text is HTML markup rather than plain text or markdown. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 5000).toLowerCase();
  if (/<!doctype html|<html[\s>]|<body[\s>]/.test(head)) return true;
  const tags = text.match(/<(?:table|tr|td|p|div|span|br)\b/gi)?.length ?? 0;
  return tags >= 20 && /<\/(?:td|p|div)>/i.test(text);
}

export function formatFromName(fileName: string | undefined): SourceFormat | null {
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  switch (ext) {
    case 'txt':
      return 'txt';
    case 'md':
    case 'markdown':
      return 'md';
    case 'html':
    case 'htm':
      return 'html';
    case 'docx':
      return 'docx';
    case 'doc':
      return 'doc';
    case 'wps':
      return 'wps';
    case 'png':
      return 'png';
    case 'jpg':
    case 'jpeg':
      return 'jpg';
    case 'tif':
    case 'tiff':
      return 'tif';
    case 'pdf':
      return 'pdf';
    default:
      return null;
  }
}
