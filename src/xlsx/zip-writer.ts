/**
 * A minimal streaming ZIP writer (PKWARE APPNOTE 6.3: deflate, data descriptors, no ZIP64) for the .xlsx
 * package. Each entry is deflated as it is produced and written straight to the file, so memory holds one
 * chunk at a time, not the package: the reason it exists (ExcelJS's in-memory writer held the whole workbook
 * and peaked at 3 GB for 100,000 customers).
 *
 * Limits: entries and the whole file under 4 GiB (a 10^6-row customer sheet is ~100 MB of XML); at most
 * 65,535 entries. Throws whatever the file system throws.
 */
import { createWriteStream, type WriteStream } from "fs";
import { once } from "events";
import * as zlib from "zlib";

/** CRC-32 (IEEE): zlib's native one where Node has it (20.15+), else a table-driven fallback. */
const crc32: (data: Buffer, previous: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? (zlib as unknown as { crc32: (data: Buffer, previous: number) => number }).crc32
    : tableCrc32();

function tableCrc32(): (data: Buffer, previous: number) => number {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return (data, previous) => {
    let crc = ~previous;
    for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
  };
}

interface EntryRecord {
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Fixed DOS date-time (1980-01-01 00:00): reproducible bytes, no clock in the package. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Bit 3: sizes and CRC follow the data; bit 11: names are UTF-8. */
const FLAGS = 0x0808;

export class ZipWriter {
  private readonly out: WriteStream;
  private offset = 0;
  private readonly entries: EntryRecord[] = [];
  /** A file-system failure, kept until the next write throws it (an unhandled 'error' would kill the process). */
  private failure: Error | null = null;

  constructor(
    path: string,
    private readonly level = 1,
  ) {
    this.out = createWriteStream(path);
    this.out.on("error", (error) => (this.failure = error));
  }

  private async write(data: Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    this.offset += data.length;
    if (!this.out.write(data)) await once(this.out, "drain");
  }

  /** Adds one file to the package from text chunks (any size; they are deflated as they come). */
  async addEntry(name: string, chunks: Iterable<string>): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const offset = this.offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt16LE(nameBytes.length, 26);
    await this.write(Buffer.concat([header, nameBytes]));

    const deflate = zlib.createDeflateRaw({ level: this.level });
    let compressedSize = 0;
    const pending: Buffer[] = [];
    deflate.on("data", (data: Buffer) => {
      compressedSize += data.length;
      pending.push(data);
    });
    const ended = once(deflate, "end");
    let crc = 0;
    let size = 0;
    for (const chunk of chunks) {
      const data = Buffer.from(chunk, "utf8");
      crc = crc32(data, crc);
      size += data.length;
      if (!deflate.write(data)) await once(deflate, "drain");
      // Hand compressed output to the file as it comes, so neither side accumulates.
      while (pending.length > 0) await this.write(pending.shift()!);
    }
    deflate.end();
    await ended;
    for (const data of pending) await this.write(data);
    pending.length = 0;
    if (size >= 0xffffffff || this.offset >= 0xffffffff)
      throw new RangeError(`${name} is too large for a ZIP without ZIP64`);

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    this.entries.push({ name: nameBytes, crc: crc >>> 0, compressedSize, size, offset });
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4);
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(FLAGS, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(DOS_TIME, 12);
      record.writeUInt16LE(DOS_DATE, 14);
      record.writeUInt32LE(entry.crc, 16);
      record.writeUInt32LE(entry.compressedSize, 20);
      record.writeUInt32LE(entry.size, 24);
      record.writeUInt16LE(entry.name.length, 28);
      record.writeUInt32LE(entry.offset, 42);
      await this.write(Buffer.concat([record, entry.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    if (this.failure) throw this.failure;
    const finished = once(this.out, "close");
    this.out.end();
    await finished;
    if (this.failure) throw this.failure;
  }

  /** Closes the file after a failure (the caller removes it). */
  abort(): void {
    this.out.destroy();
  }
}
