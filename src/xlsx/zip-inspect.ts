/**
 * Reads a ZIP package's central directory and inflates chosen entries with a hard bound on the output, on
 * plain bytes (Uint8Array): no file system, so the web page can run the same checks before handing a file to
 * a workbook library. Why our own: a .xlsx is a ZIP whose directory may lie about sizes (a 315 KB file can
 * hold a 300 MB string); a library that inflates whole entries has already spent the memory by the time it
 * could notice. Inflating goes through fflate's streaming `Inflate` in small compressed chunks, so at most
 * one chunk's output (≤ ~1 MB) is held beyond what the caller's `onChunk` keeps, and it stops the moment the
 * bound is passed.
 *
 * Format: PKWARE APPNOTE 6.3 (stored and deflated entries; ZIP64 size markers count as "too large").
 */
import { Inflate } from "fflate";

interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else cannot be read here. */
  method: number;
  /** Bit 0 of the general flags: the entry is encrypted (ZIP encryption, not Office's). */
  encrypted: boolean;
  compressedSize: number;
  /** As the directory states it: may be a lie; `inflateEntry` never trusts it. */
  declaredSize: number;
  localOffset: number;
}

/** Why a package could not be read; the caller turns it into a sentence. */
export class ZipFormatError extends Error {}

/** Raised by `inflateEntry` when an entry inflates past its bound; `bytes` is how far it got. */
export class ZipBoundError extends Error {
  constructor(
    readonly entry: string,
    readonly bytes: number,
  ) {
    super(`${entry} inflates past ${bytes} bytes`);
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

/** True when the bytes start like a ZIP package (local file header or empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** The central directory's entries. Throws ZipFormatError when there is none or it is cut short. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end of the file.
  let eocd = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 65535); o--) {
    if (bytes[o] === 0x50 && bytes[o + 1] === 0x4b && bytes[o + 2] === 5 && bytes[o + 3] === 6) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  const count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) throw new ZipFormatError("zip64");
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== 0x02014b50)
      throw new ZipFormatError("central directory cut short");
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const commentLength = u16(bytes, offset + 32);
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: u16(bytes, offset + 10),
      encrypted: (u16(bytes, offset + 8) & 1) === 1,
      compressedSize: u32(bytes, offset + 20),
      declaredSize: u32(bytes, offset + 24),
      localOffset: u32(bytes, offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1,032×, so ≤ ~1 MB out per push. */
const INFLATE_CHUNK = 1024;

/**
 * Inflates one entry, handing each piece of output to `onChunk`, and throws ZipBoundError as soon as the
 * output passes `maxBytes` (whatever the directory says). Returns the number of bytes produced.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void = () => {},
): number {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50)
    throw new ZipFormatError(`no local header for ${entry.name}`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = Math.min(bytes.length, start + entry.compressedSize);
  if (entry.encrypted) throw new ZipFormatError(`${entry.name} is encrypted`);
  let produced = 0;
  // Errors thrown by the bound or by the caller's onChunk pass through untouched; only the inflater's own
  // errors mean a damaged entry.
  let passThrough: unknown = undefined;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    try {
      if (produced > maxBytes) throw new ZipBoundError(entry.name, produced);
      onChunk(chunk);
    } catch (error) {
      passThrough = error;
      throw error;
    }
  };
  if (entry.method === 0) {
    for (let o = start; o < end; o += 65536) take(bytes.subarray(o, Math.min(end, o + 65536)));
    return produced;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    for (let o = start; o < end; o += INFLATE_CHUNK) {
      const stop = Math.min(end, o + INFLATE_CHUNK);
      inflater.push(bytes.subarray(o, stop), stop === end);
    }
  } catch (error) {
    if (error === passThrough) throw error;
    throw new ZipFormatError(`${entry.name}: ${(error as Error).message}`);
  }
  return produced;
}

/** Inflates a small entry whole (bounded) and decodes it as UTF-8; null when the package has no such entry. */
export function readZipText(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  name: string,
  maxBytes: number,
): string | null {
  const entry = entries.find((e) => e.name === name);
  if (!entry) return null;
  const parts: Uint8Array[] = [];
  const total = inflateEntry(bytes, entry, maxBytes, (chunk) => parts.push(chunk.slice()));
  const all = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return new TextDecoder("utf-8").decode(all);
}
