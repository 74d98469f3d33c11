/**
 * A zip whose one sheet inflates to about 1.2 GB, built in a few milliseconds: one megabyte of
 * text deflated once with a full flush (a self-contained run of deflate blocks) and that run
 * repeated, then an empty final block. Its CRC is not computed (the checker must refuse the file
 * before any reader would check it). `declaredSize` lets a test make the central directory lie.
 */
import { deflateRawSync, constants } from "node:zlib";
import { tinyParts } from "./tiny-workbook";

function localHeader(name: Buffer, method: number, compressed: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(method, 8);
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralEntry(
  name: Buffer,
  method: number,
  compressed: number,
  size: number,
  offset: number
): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(method, 10);
  h.writeUInt32LE(compressed, 20);
  h.writeUInt32LE(size, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/** A zip of the given parts (each deflated, or given as ready deflate data with its size). */
export function rawZip(parts: { name: string; deflated: Buffer; size: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.concat([localHeader(name, 8, p.deflated.length, p.size), p.deflated]);
    centrals.push(centralEntry(name, 8, p.deflated.length, p.size, offset));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

export const BOMB_MB = 1200;

export function zipBomb(declaredSize = BOMB_MB * 1024 * 1024): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024, "<c/>"), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  // An empty final stored block ends the stream: header bits 1 (final) 00 (stored), LEN 0, NLEN ~0.
  const deflated = Buffer.concat([
    ...Array<Buffer>(BOMB_MB).fill(chunk),
    Buffer.from([1, 0, 0, 0xff, 0xff]),
  ]);
  const parts = Object.entries(tinyParts([{ name: "Sheet1", body: "<sheetData/>" }])).map(
    ([name, text]) =>
      name === "xl/worksheets/sheet1.xml"
        ? { name, deflated, size: declaredSize }
        : { name, deflated: deflateRawSync(Buffer.from(text)), size: Buffer.byteLength(text) }
  );
  return rawZip(parts);
}
