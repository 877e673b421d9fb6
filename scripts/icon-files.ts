// Writers for the two icon containers the installers need, from PNG images: Windows .ico
// (PNG entries, read by Windows Vista and later) and macOS .icns (PNG-typed entries).

/** A PNG image of a square size. */
export interface PngImage {
  size: number;
  png: Uint8Array;
}

/** An .ico file holding each image as a PNG entry; sizes up to 256. */
export function icoFile(images: PngImage[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    if (size > 256) throw new Error(`an .ico entry is at most 256 pixels, not ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size === 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => Buffer.from(i.png))]);
}

/** The icns element types that hold a PNG of each pixel size (Retina variants included). */
export const icnsTypes: Record<string, number> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
};

/** An .icns file with one PNG element per type in icnsTypes, taken from the images by size. */
export function icnsFile(images: PngImage[]): Buffer {
  const bySize = new Map(images.map((i) => [i.size, i.png]));
  const elements = Object.entries(icnsTypes).map(([type, size]) => {
    const png = bySize.get(size);
    if (!png) throw new Error(`no ${size}-pixel image for the icns element ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, Buffer.from(png)]);
  });
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}
