import mammoth from 'mammoth';
import type { SourceDocument } from './document.ts';
import { htmlToDocument } from './extract-html.ts';
import { checkZip } from './limits.ts';

const MAX_DOCX_BYTES = 50 * 1024 * 1024;

// Images would come out as base64 data URIs and swell the provenance text for nothing.
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * Converts a .docx to rows through mammoth's HTML: Word tables become <table>, so the rows carry the
 * same structure as an HTML report. SourceDocument.text is that generated HTML.
 *
 * Rejects with a plain Error whose message starts with "DOCX could not be read" (not a zip, not a Word
 * document, too large); the caller turns it into a diagnostic.
 */
export async function docxToDocument(bytes: Uint8Array): Promise<SourceDocument> {
  if (bytes.byteLength === 0) throw new Error('DOCX could not be read: the file is empty');
  if (bytes.byteLength > MAX_DOCX_BYTES) {
    throw new Error(`DOCX could not be read: ${bytes.byteLength} bytes is over the ${MAX_DOCX_BYTES}-byte limit`);
  }
  const notDocx = sniffNotDocx(bytes);
  if (notDocx) throw new Error(`DOCX could not be read: ${notDocx}`);
  // Inflated with a cap before mammoth opens it (a zip bomb stops at the limit).
  checkZip(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: dropImages, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    throw new Error(`DOCX could not be read: ${reason(error)}`);
  }
  const doc = htmlToDocument(html, { format: 'docx', encoding: null });
  return { ...doc, layout: 'docx' };
}

/** Names the usual wrong inputs before jszip reports them as a missing zip directory. */
function sniffNotDocx(bytes: Uint8Array): string | null {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b)) return null;
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'it is an old binary Word (.doc) file, not a .docx';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'it is a PDF, not a .docx';
  return 'it is not a zip archive, which every .docx is';
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.trim() || 'unknown error';
}
