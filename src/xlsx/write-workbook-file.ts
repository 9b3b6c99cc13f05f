/**
 * The command line's side of the streaming writer: the package goes to a file through Node's zlib (level 1:
 * the writer's time is mostly deflate, and level 1 files are only ~10 % larger). Same parts as the web page's
 * download (`write-workbook-bytes.ts`): both call `writeWorkbookPackage`.
 */
import { createWriteStream } from "fs";
import { promises as fs } from "fs";
import { once } from "events";
import * as zlib from "zlib";
import type { WorkbookPlan } from "../core/plan/workbook-plan";
import { writeWorkbookPackage } from "./write-workbook";
import { tableCrc32, ZipWriter, type Crc32, type DeflaterFactory, type ZipOutput } from "./zip-writer";

/** zlib's native CRC-32 where Node has it (20.15+), else the table-driven one. */
const crc32: Crc32 =
  typeof (zlib as { crc32?: unknown }).crc32 === "function"
    ? (zlib as unknown as { crc32: Crc32 }).crc32
    : tableCrc32();

/**
 * Input zlib may hold before a write waits: zlib deflates on Node's thread pool, so with room for a few chunks
 * the next XML chunk is built while the previous one is compressed (with the default 16 KiB every chunk
 * waited for its own compression). Bounded, so memory stays O(this), not O(file).
 */
const DEFLATE_INPUT_BYTES = 4 << 20;

/** Raw deflate through zlib's stream; compressed output is handed on as it comes, so neither side accumulates. */
function zlibDeflater(level = 1): DeflaterFactory {
  return (emit) => {
    // zlib passes stream options on to its Transform; @types/node's ZlibOptions just does not list them.
    const options = { level, writableHighWaterMark: DEFLATE_INPUT_BYTES } as zlib.ZlibOptions;
    const deflate = zlib.createDeflateRaw(options);
    const pending: Buffer[] = [];
    deflate.on("data", (data: Buffer) => pending.push(data));
    const ended = once(deflate, "end");
    const flush = async () => {
      while (pending.length > 0) await emit(pending.shift()!);
    };
    return {
      async write(data) {
        if (!deflate.write(data)) await once(deflate, "drain");
        await flush();
      },
      async end() {
        deflate.end();
        await ended;
        await flush();
      },
    };
  };
}

/** A file as the ZIP's output; a file-system failure is kept until the next write throws it. */
function fileOutput(path: string): ZipOutput {
  const out = createWriteStream(path);
  // An unhandled 'error' would kill the process: keep it and throw it from the next call.
  let failure: Error | null = null;
  out.on("error", (error) => (failure = error));
  return {
    async write(data) {
      if (failure) throw failure;
      if (!out.write(data)) await once(out, "drain");
    },
    async close() {
      if (failure) throw failure;
      const finished = once(out, "close");
      out.end();
      await finished;
      if (failure) throw failure;
    },
    abort() {
      out.destroy();
    },
  };
}

/**
 * Writes the plan to `path` (.xlsx), streaming. Overwrites `path`; callers make sure it is not the input file.
 * Throws whatever the file system throws (no such folder, permission denied); a failed write removes the
 * partial file.
 */
export async function writeWorkbookPlan(plan: WorkbookPlan, path: string): Promise<void> {
  const zip = new ZipWriter(fileOutput(path), zlibDeflater(1), crc32);
  try {
    await writeWorkbookPackage(plan, zip);
  } catch (error) {
    zip.abort();
    await fs.rm(path, { force: true });
    throw error;
  }
}
