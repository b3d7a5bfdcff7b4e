/**
 * The ICO container (issue #13), written by hand: a 6-byte ICONDIR, a 16-byte ICONDIRENTRY per image, then the
 * images, each stored as a whole PNG file, which every browser and Windows since Vista reads
 * (https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)). Twenty lines do not need a package. Pure.
 */

export interface IcoEntry {
  /** Width and height in pixels, 1 to 256. */
  readonly size: number;
  /** A PNG file of that size. */
  readonly png: Uint8Array;
}

const headerBytes = 6;
const entryBytes = 16;

export function icoFile(entries: readonly IcoEntry[]): Buffer {
  const header = Buffer.alloc(headerBytes + entryBytes * entries.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1: icon (2 would be a cursor)
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach((entry, i) => {
    if (!Number.isInteger(entry.size) || entry.size < 1 || entry.size > 256) throw new RangeError(`An ICO entry is 1 to 256 pixels wide; found ${entry.size}.`);
    const at = headerBytes + entryBytes * i;
    // One byte each for width and height: 0 means 256.
    header.writeUInt8(entry.size % 256, at);
    header.writeUInt8(entry.size % 256, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3); // reserved
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(entry.png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += entry.png.length;
  });
  return Buffer.concat([header, ...entries.map((entry) => entry.png)]);
}
