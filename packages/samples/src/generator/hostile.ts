import { deflateRawSync, deflateSync } from 'node:zlib';

// Hostile files for tests of the limits: small on disk, enormous or endless once read.

/** A zip of the given entries (deflated), with sizes as a hostile archive may state them. */
export function zip(entries: { name: string; data: Uint8Array; size: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(e.data));
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

/** A DOCX-shaped zip whose document inflates to `mb` megabytes of zeros. */
export function docxZipBomb(mb = 512): Uint8Array {
  return zip([
    { name: '[Content_Types].xml', data: deflateRawSync(Buffer.from('<Types/>')), size: 8 },
    { name: 'word/document.xml', data: deflateRawSync(Buffer.alloc(mb * 1048576), { level: 9 }), size: 1000 },
  ]);
}

/** A PDF with one Flate stream that decodes to `mb` megabytes of zeros. */
export function pdfStreamBomb(mb = 512): Uint8Array {
  const stream = deflateSync(Buffer.alloc(mb * 1048576), { level: 9 });
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
    stream,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
  ]);
}

/** A page of `depth` nested <div>s around report words. */
export function deepHtml(depth = 200_000): Uint8Array {
  return new TextEncoder().encode(`<html><body>${'<div>'.repeat(depth)}政府信息公开工作年度报告${'</div>'.repeat(depth)}</body></html>`);
}

/** `mb` megabytes of digits, tabs and line breaks: shaped like a table, not a report. */
export function digitText(mb = 8): Uint8Array {
  const out = new Uint8Array(mb * 1048576);
  for (let i = 0, k = 1; i < out.length; i++) {
    k = (k * 48271) % 2147483647;
    out[i] = k % 9 === 0 ? 10 : k % 4 === 0 ? 9 : 48 + (k % 10);
  }
  return out;
}
