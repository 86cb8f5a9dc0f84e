import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import UTIF from 'utif';
import type { PageImage } from './extract-pdf.ts';
import { MAX_PAGE_PIXELS } from './extract-pdf.ts';

// A report photographed or scanned to an image file (.png, .jpg, .tif): each page as grey levels, for the
// OCR stage. The size is read from the header and checked before anything is decoded.

export type ImageKind = 'png' | 'jpg' | 'tif';

export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (
    bytes.length >= 4 &&
    ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0) ||
      (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a))
  )
    return 'tif';
  return null;
}

function checkSize(width: number, height: number): void {
  if (!(width > 0 && height > 0)) throw new Error('IMAGE could not be read: no width or height');
  if (width * height > MAX_PAGE_PIXELS)
    throw new Error(`IMAGE could not be read: ${width}×${height} pixels is over the ${MAX_PAGE_PIXELS / 1_000_000}-megapixel limit for a page`);
}

function grayOf(rgba: Uint8Array | Buffer, width: number, height: number): Uint8Array {
  const gray = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < gray.length; i++, j += 4) {
    // Transparent pixels are paper.
    const a = rgba[j + 3]! / 255;
    gray[i] = ((rgba[j]! * 299 + rgba[j + 1]! * 587 + rgba[j + 2]! * 114) / 1000) * a + 255 * (1 - a);
  }
  return gray;
}

/** The pages of an image file (a multi-page TIFF has several). Rejects with “IMAGE could not be read: …”. */
export function imagePages(bytes: Uint8Array, maxPages = 200): PageImage[] {
  const kind = imageKind(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (kind === 'png') {
      // IHDR: width and height at bytes 16–23.
      checkSize(buffer.readUInt32BE(16), buffer.readUInt32BE(20));
      const png = PNG.sync.read(buffer);
      return [{ page: 1, width: png.width, height: png.height, gray: grayOf(png.data, png.width, png.height) }];
    }
    if (kind === 'jpg') {
      const img = jpeg.decode(buffer, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PAGE_PIXELS / 1_000_000, maxMemoryUsageInMB: 512 });
      return [{ page: 1, width: img.width, height: img.height, gray: grayOf(img.data, img.width, img.height) }];
    }
    if (kind === 'tif') {
      const ifds = UTIF.decode(buffer).slice(0, maxPages);
      return ifds.map((ifd, i) => {
        const width = Number((ifd.t256 as number[] | undefined)?.[0] ?? 0);
        const height = Number((ifd.t257 as number[] | undefined)?.[0] ?? 0);
        checkSize(width, height);
        UTIF.decodeImage(buffer, ifd);
        return { page: i + 1, width, height, gray: grayOf(UTIF.toRGBA8(ifd), width, height) };
      });
    }
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith('IMAGE could not be read') ? message : `IMAGE could not be read: ${message}`, { cause: error });
  }
  throw new Error('IMAGE could not be read: not a PNG, JPEG or TIFF image');
}
