/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): "IIJ" as a rising bar chart on
 * a navy tile, two white bars for the I's and a teal J whose foot hooks left. Shapes are
 * defined on a unit square and sampled 8x8 per pixel for smooth edges at every size.
 * Run `npx tsx scripts/draw-icons.ts` after changing the design; the PNGs are committed.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

type Rgba = [number, number, number, number];
type Shape = (x: number, y: number) => boolean;

const NAVY: Rgba = [18, 48, 91, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const TEAL: Rgba = [38, 198, 191, 255];
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** Lower half of a ring: the J's hook, curving from its stem round to the left. */
function lowerHalfRing(cx: number, cy: number, outer: number, inner: number): Shape {
  return (x, y) => {
    const d2 = (x - cx) ** 2 + (y - cy) ** 2;
    return y >= cy && d2 <= outer * outer && d2 >= inner * inner;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** Layers painted bottom to top. */
const LAYERS: Array<[Shape, Rgba]> = [
  [roundedRect(0, 0, 1, 1, 0.2), NAVY],
  [roundedRect(0.14, 0.52, 0.3, 0.8, 0.025), WHITE],
  [roundedRect(0.36, 0.34, 0.52, 0.8, 0.025), WHITE],
  [union(roundedRect(0.64, 0.14, 0.8, 0.66, 0.025), lowerHalfRing(0.56, 0.66, 0.24, 0.08)), TEAL],
];

function renderPixels(size: number, samples = 8): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour: Rgba = [0, 0, 0, 0];
          for (const [shape, c] of LAYERS) if (shape(x, y)) colour = c;
          // Premultiplied accumulation so edge pixels blend towards transparent correctly.
          const a = colour[3] / 255;
          acc[0] += colour[0] * a;
          acc[1] += colour[1] * a;
          acc[2] += colour[2] * a;
          acc[3] += a;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = acc[3] / (samples * samples);
      for (let c = 0; c < 3; c++) pixels[i + c] = acc[3] > 0 ? Math.round(acc[c] / acc[3]) : 0;
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Minimal PNG encoder: 8-bit RGBA, no filtering (filter byte 0 on every row). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(
      raw,
      y * (size * 4 + 1) + 1
    );
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(raw, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

export function drawIcon(size: number): Buffer {
  return encodePng(size, renderPixels(size));
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}
