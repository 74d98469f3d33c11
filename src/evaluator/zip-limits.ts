/**
 * Reads a file people send around as a workbook without trusting it: what kind of file it is
 * (zip, legacy OLE2 .xls, encrypted workbook), and the zip's parts within stated limits. Sizes come
 * from the zip's central directory before anything is inflated; each part is then inflated with
 * its declared size as a hard cap, so a part that lies about its size cannot inflate further.
 */
import { inflateRawSync } from "node:zlib";

/**
 * The limits `iij eval --workbook` states in the README. Measured: a 20 MB sheet (400,000 cells,
 * half of them formulas) takes 7 s of CPU and 730 MB; 32 MB keeps any file within 30 s and 1.5 GB.
 */
export const ZIP_LIMITS = {
  /** Parts in the package (Excel writes a few dozen; one per sheet, drawing, table…). */
  maxParts: 10_000,
  /** Decompressed size of one part, e.g. a sheet's XML. */
  maxPartBytes: 32 * 1024 * 1024,
  /** Decompressed size of all parts together. */
  maxTotalBytes: 32 * 1024 * 1024,
} as const;

/** A refusal: the file is not checked, and the message says why in one line. */
export class RefusedFile extends Error {}

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes < MB ? `${bytes} bytes` : `${Math.round(bytes / MB)} MB`);

/** The first bytes of an OLE2 compound file: legacy .xls, and Office's encrypted packages. */
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream an encrypted Office file stores its key data in ([MS-OFFCRYPTO] 2.3.4), as UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

/** Refuses what is not a zip, naming what it is when it can tell. */
function refuseNonZip(data: Buffer): never {
  if (data.length === 0) throw new RefusedFile("an empty file, not a workbook");
  if (data.subarray(0, 8).equals(OLE2_SIGNATURE)) {
    if (data.includes(ENCRYPTION_INFO))
      throw new RefusedFile(
        "an encrypted (password-protected) workbook: save a copy without a password to check it"
      );
    throw new RefusedFile(
      "a legacy Excel 97-2003 workbook (.xls) or another OLE2 file: save it as .xlsx to check it"
    );
  }
  throw new RefusedFile("not a zip package, so not an .xlsx workbook");
}

function findEndOfCentralDirectory(data: Buffer): number {
  // The record is 22 bytes, followed by a comment of up to 65,535 bytes.
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= earliest; at--)
    if (data.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  return -1;
}

/** The central directory's entries, with every limit checked before anything is inflated. */
export function listEntries(data: Buffer): Entry[] {
  if (data.length < 22 || data.readUInt32LE(0) !== LOCAL_HEADER) {
    if (data.length >= 22 && data.readUInt32LE(0) === END_OF_CENTRAL_DIRECTORY)
      throw new RefusedFile("an empty zip archive, not a workbook");
    refuseNonZip(data);
  }
  const end = findEndOfCentralDirectory(data);
  if (end < 0) throw new RefusedFile("a damaged zip: its central directory is missing");
  const count = data.readUInt16LE(end + 10);
  const offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new RefusedFile(
      `a ZIP64 package: beyond the checker's limit of ${ZIP_LIMITS.maxParts} parts`
    );
  if (count > ZIP_LIMITS.maxParts)
    throw new RefusedFile(`${count} parts: beyond the checker's limit of ${ZIP_LIMITS.maxParts}`);
  const entries: Entry[] = [];
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY)
      throw new RefusedFile("a damaged zip: its central directory is cut short");
    const nameLength = data.readUInt16LE(at + 28);
    const entry: Entry = {
      name: data.toString("utf8", at + 46, at + 46 + nameLength),
      encrypted: (data.readUInt16LE(at + 8) & 1) === 1,
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      localHeader: data.readUInt32LE(at + 42),
    };
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (entry.size > ZIP_LIMITS.maxPartBytes)
      throw new RefusedFile(
        `part ${shortName(entry.name)} inflates to ${mb(entry.size)}: beyond the checker's limit of ${mb(ZIP_LIMITS.maxPartBytes)} a part`
      );
    total += entry.size;
    if (total > ZIP_LIMITS.maxTotalBytes)
      throw new RefusedFile(
        `its parts inflate to more than ${mb(ZIP_LIMITS.maxTotalBytes)}, the checker's limit`
      );
    entries.push(entry);
  }
  if (entries.length === 0) throw new RefusedFile("an empty zip archive, not a workbook");
  return entries;
}

function shortName(name: string): string {
  return name.length > 80 ? `${name.slice(0, 77)}…` : name;
}

function inflate(data: Buffer, entry: Entry): Buffer {
  if (entry.encrypted)
    throw new RefusedFile(
      `part ${shortName(entry.name)} is encrypted: not a workbook Excel writes`
    );
  const at = entry.localHeader;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL_HEADER)
    throw new RefusedFile(`a damaged zip: part ${shortName(entry.name)} is missing`);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (raw.length !== entry.size)
      throw new RefusedFile(`a damaged zip: part ${shortName(entry.name)} is cut short`);
    return raw;
  }
  if (entry.method !== 8)
    throw new RefusedFile(
      `part ${shortName(entry.name)} uses zip method ${entry.method}; Excel writes deflate (8) or stored (0)`
    );
  try {
    // The declared size is the cap: a part cannot inflate past what the limits were checked on.
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
    if (out.length !== entry.size) throw new Error("size mismatch");
    return out;
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
    throw new RefusedFile(
      tooLarge
        ? `part ${shortName(entry.name)} inflates past the ${mb(entry.size)} its zip entry declares`
        : `a damaged zip: part ${shortName(entry.name)} does not inflate to its declared size`
    );
  }
}

/** Every part of the package, by path, inflated within the limits (or a RefusedFile). */
export function readParts(data: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  for (const entry of listEntries(data)) {
    if (entry.name.endsWith("/")) continue;
    parts.set(entry.name, inflate(data, entry));
  }
  return parts;
}
