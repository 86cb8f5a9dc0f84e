import { inflateRawSync, inflateSync, constants as zlibConstants } from 'node:zlib';

// Every input is hostile until bounded: each limit is checked before the expensive work (inflating an
// archive, decoding a PDF's streams, building an HTML tree), and a file over one is refused with an
// error that names the limit. A yearly report is a few hundred kilobytes; the limits are far above that.

export const LIMITS = {
  /** Bytes of any input file. */
  inputBytes: 32 * 1024 * 1024,
  /** Characters of decoded text or HTML. */
  textChars: 32 * 1024 * 1024,
  /** Nesting depth of HTML elements (a report page nests a few dozen deep). */
  htmlDepth: 256,
  /** Entries of a DOCX archive. */
  zipEntries: 2_000,
  /** Bytes of a DOCX's document, inflated. */
  zipEntryBytes: 32 * 1024 * 1024,
  /** Bytes of one PDF stream, decoded. */
  pdfStreamBytes: 32 * 1024 * 1024,
  /** Bytes of all PDF streams together, decoded. */
  pdfTotalBytes: 192 * 1024 * 1024,
  /** Pages of a PDF. */
  pdfPages: 200,
} as const;

/** A file over one of the limits; the message names the limit. */
export class LimitError extends Error {
  constructor(
    readonly limit: keyof typeof LIMITS,
    message: string,
  ) {
    super(message);
    this.name = 'LimitError';
  }
}

const MB = (n: number) => `${Math.round(n / 1048576)} MB`;

export function checkInputSize(bytes: number): void {
  if (bytes > LIMITS.inputBytes) throw new LimitError('inputBytes', `${MB(bytes)} is over the ${MB(LIMITS.inputBytes)} input limit`);
}

export function checkTextSize(chars: number): void {
  if (chars > LIMITS.textChars) throw new LimitError('textChars', `${chars} characters is over the ${LIMITS.textChars}-character limit`);
}

/** Elements whose end tag may be left out: they never nest deeper by themselves. */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'rt',
  'rp',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'command',
  'basefont',
  'frame',
  'isindex',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/g;

/**
 * The deepest nesting of elements, from the tags alone (linear, before any tree is built): a page of
 * 200,000 nested <div>s is refused here instead of taking minutes to parse.
 */
export function checkHtmlDepth(html: string): void {
  const stack: string[] = [];
  let deepest = 0;
  let lower: string | undefined;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[3] === '/') continue;
    if (m[1] === '/') {
      // Close up to the matching element, as browsers do with stray end tags.
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (name === 'script' || name === 'style') {
      const end = (lower ??= html.toLowerCase()).indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    stack.push(name);
    if (stack.length > deepest) deepest = stack.length;
    if (deepest > LIMITS.htmlDepth) throw new LimitError('htmlDepth', `HTML elements nested over ${LIMITS.htmlDepth} deep`);
  }
}

function inflateCapped(data: Uint8Array, raw: boolean, cap: number): number {
  const opts = { maxOutputLength: cap + 1, finishFlush: zlibConstants.Z_SYNC_FLUSH };
  try {
    return (raw ? inflateRawSync(data, opts) : inflateSync(data, opts)).length;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return cap + 1;
    // A damaged stream is the reader's problem, not a bomb: count what it says it is.
    return 0;
  }
}

/**
 * One entry of a zip (word/document.xml of a DOCX), inflated with a cap: a 600 KB file that inflates to
 * gigabytes stops at the limit instead of exhausting memory. Null when the archive has no such entry or
 * is not a readable zip.
 */
export function readZipEntry(bytes: Uint8Array, name: string): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: the last 0x06054b50 signature within the final 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  if (entries > LIMITS.zipEntries) throw new LimitError('zipEntries', `${entries} entries in the archive is over the ${LIMITS.zipEntries}-entry limit`);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const entryName = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(dataStart, Math.min(bytes.length, dataStart + compressed));
    if (method === 0) return Buffer.from(data).toString('utf8');
    if (method !== 8) return null;
    let out: Buffer;
    try {
      out = inflateRawSync(data, { maxOutputLength: LIMITS.zipEntryBytes + 1, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new LimitError('zipEntryBytes', `${name} inflates to over the ${MB(LIMITS.zipEntryBytes)} limit`);
      }
      return null;
    }
    if (out.length > LIMITS.zipEntryBytes) throw new LimitError('zipEntryBytes', `${name} inflates to over the ${MB(LIMITS.zipEntryBytes)} limit`);
    return out.toString('utf8');
  }
  return null;
}

/**
 * Decodes every Flate stream of a PDF with a cap before pdf.js sees it: a PDF whose streams inflate to
 * gigabytes is refused at the limit.
 */
export function checkPdfStreams(bytes: Uint8Array): void {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  let from = 0;
  for (;;) {
    const keyword = text.indexOf('stream', from);
    if (keyword < 0) break;
    from = keyword + 6;
    // 'stream' that opens data follows a dictionary '>>' and is followed by an end of line.
    if (text.startsWith('end', keyword - 3)) continue;
    // Look only a short way back, so that a file of stray 'stream' words stays linear.
    const window = Math.max(0, keyword - 40);
    const near = text.slice(window, keyword).lastIndexOf('>>');
    if (near < 0) continue;
    const before = window + near;
    let start = keyword + 6;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    from = end + 9;
    const dict = text.slice(Math.max(0, before - 2000), before);
    if (!/\/FlateDecode|\/Fl\b/.test(dict)) {
      total += end - start;
    } else {
      const size = inflateCapped(bytes.subarray(start, end), false, LIMITS.pdfStreamBytes);
      if (size > LIMITS.pdfStreamBytes) throw new LimitError('pdfStreamBytes', `a PDF stream decodes to over the ${MB(LIMITS.pdfStreamBytes)} limit`);
      total += size;
    }
    if (total > LIMITS.pdfTotalBytes) throw new LimitError('pdfTotalBytes', `the PDF's streams decode to over the ${MB(LIMITS.pdfTotalBytes)} limit`);
  }
}
