import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { imageKind, imagePages } from './extract-image.ts';

// Image files for the OCR stage: decoded to grey levels, their size checked from the header first.

describe('imagePages', () => {
  it('decodes a PNG to grey levels, transparent pixels as paper', () => {
    const png = new PNG({ width: 2, height: 1 });
    png.data = Buffer.from([0, 0, 0, 255, 10, 10, 10, 0]);
    const [page] = imagePages(new Uint8Array(PNG.sync.write(png)));
    expect(page).toMatchObject({ page: 1, width: 2, height: 1 });
    expect([...page!.gray]).toEqual([0, 255]);
  });

  it('refuses an image whose header claims more pixels than a page may have, before decoding it', () => {
    const header = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 6,
    ]);
    expect(imageKind(header)).toBe('png');
    expect(() => imagePages(header)).toThrow(/IMAGE could not be read: 30000×30000 pixels is over the 36-megapixel limit/);
  });

  it('names the problem of a damaged JPEG', () => {
    expect(() => imagePages(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).toThrow(/IMAGE could not be read/);
  });
});
