/**
 * A minimal streaming ZIP writer (PKWARE APPNOTE 6.3: deflate, data descriptors, no ZIP64) for the .xlsx
 * package. Each entry is deflated as it is produced and handed straight to the output, so memory holds one
 * chunk at a time, not the package: the reason it exists (ExcelJS's in-memory writer held the whole workbook
 * and peaked at 3 GB for 100,000 customers).
 *
 * Environment-neutral (no Node, no DOM): where the bytes go (`ZipOutput`) and how they are deflated
 * (`DeflaterFactory`) are given by the caller, so the command line (a file, Node's zlib:
 * `write-workbook-file.ts`) and the web page (memory, the browser's CompressionStream:
 * `write-workbook-bytes.ts`) write the same package with the same code.
 *
 * Limits: entries and the whole file under 4 GiB (a 10^6-row customer sheet is ~100 MB of XML); at most
 * 65,535 entries. Throws whatever the output or the deflater throws.
 */

/** Where the package's bytes go, in order. */
export interface ZipOutput {
  write(data: Uint8Array): Promise<void>;
  /** After the last write. */
  close(): Promise<void>;
  /** After a failure (the caller removes what was written). */
  abort(): void;
}

/** One raw-deflate stream (RFC 1951, no zlib header): compressed bytes go to `emit` as they are produced. */
interface Deflater {
  write(data: Uint8Array): Promise<void>;
  /** Flushes the rest and ends the stream. */
  end(): Promise<void>;
}

export type DeflaterFactory = (emit: (compressed: Uint8Array) => Promise<void>) => Deflater;

/** CRC-32 (IEEE) of `data`, continuing from `previous` (0 to start). */
export type Crc32 = (data: Uint8Array, previous: number) => number;

/** The table-driven CRC-32; Node's native `zlib.crc32` gives the same numbers faster where it exists. */
export function tableCrc32(): Crc32 {
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
  name: Uint8Array;
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

const utf8 = new TextEncoder();

/** A little-endian record of `size` bytes followed by `tail`. */
function record(size: number, tail: Uint8Array = new Uint8Array(0)): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size + tail.length);
  bytes.set(tail, size);
  return { bytes, view: new DataView(bytes.buffer, 0, size) };
}

export class ZipWriter {
  private offset = 0;
  private readonly entries: EntryRecord[] = [];

  constructor(
    private readonly out: ZipOutput,
    private readonly deflater: DeflaterFactory,
    private readonly crc32: Crc32 = tableCrc32(),
  ) {}

  private async write(data: Uint8Array): Promise<void> {
    this.offset += data.length;
    await this.out.write(data);
  }

  /** Adds one file to the package from text chunks (any size; they are deflated as they come). */
  async addEntry(name: string, chunks: Iterable<string>): Promise<void> {
    const nameBytes = utf8.encode(name);
    const offset = this.offset;
    const header = record(30, nameBytes);
    header.view.setUint32(0, 0x04034b50, true);
    header.view.setUint16(4, 20, true);
    header.view.setUint16(6, FLAGS, true);
    header.view.setUint16(8, 8, true);
    header.view.setUint16(10, DOS_TIME, true);
    header.view.setUint16(12, DOS_DATE, true);
    header.view.setUint16(26, nameBytes.length, true);
    await this.write(header.bytes);

    let compressedSize = 0;
    const deflate = this.deflater(async (data) => {
      compressedSize += data.length;
      await this.write(data);
    });
    let crc = 0;
    let size = 0;
    for (const chunk of chunks) {
      const data = utf8.encode(chunk);
      crc = this.crc32(data, crc);
      size += data.length;
      await deflate.write(data);
    }
    await deflate.end();
    if (size >= 0xffffffff || this.offset >= 0xffffffff)
      throw new RangeError(`${name} is too large for a ZIP without ZIP64`);

    const descriptor = record(16);
    descriptor.view.setUint32(0, 0x08074b50, true);
    descriptor.view.setUint32(4, crc >>> 0, true);
    descriptor.view.setUint32(8, compressedSize, true);
    descriptor.view.setUint32(12, size, true);
    await this.write(descriptor.bytes);
    this.entries.push({ name: nameBytes, crc: crc >>> 0, compressedSize, size, offset });
  }

  /** Writes the central directory and closes the output. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const entry of this.entries) {
      const central = record(46, entry.name);
      const view = central.view;
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      view.setUint16(8, FLAGS, true);
      view.setUint16(10, 8, true);
      view.setUint16(12, DOS_TIME, true);
      view.setUint16(14, DOS_DATE, true);
      view.setUint32(16, entry.crc, true);
      view.setUint32(20, entry.compressedSize, true);
      view.setUint32(24, entry.size, true);
      view.setUint16(28, entry.name.length, true);
      view.setUint32(42, entry.offset, true);
      await this.write(central.bytes);
    }
    const end = record(22);
    end.view.setUint32(0, 0x06054b50, true);
    end.view.setUint16(8, this.entries.length, true);
    end.view.setUint16(10, this.entries.length, true);
    end.view.setUint32(12, this.offset - start, true);
    end.view.setUint32(16, start, true);
    await this.write(end.bytes);
    await this.out.close();
  }

  /** Gives up after a failure (the caller removes the partial output). */
  abort(): void {
    this.out.abort();
  }
}
