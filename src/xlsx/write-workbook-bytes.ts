/**
 * The web page's side of the streaming writer: the package is built in memory with the browser's own raw
 * deflate (`CompressionStream("deflate-raw")`: Chrome/Edge 103+, Firefox 113+, Safari 16.4+, Node 18+), no
 * library. Same parts, byte for byte before compression, as the command line's file
 * (`write-workbook-file.ts`): both call `writeWorkbookPackage`. Runs in a Web Worker as well as on a page.
 *
 * Cost: the compressed file in memory (a 100,000-customer map is ~15 MB).
 * @throws CoreError "web/no-deflate" where the browser has no CompressionStream.
 */
import { CoreError } from "../core/errors";
import type { WorkbookPlan } from "../core/plan/workbook-plan";
import { writeWorkbookPackage } from "./write-workbook";
import { ZipWriter, type DeflaterFactory, type ZipOutput } from "./zip-writer";
import { texts } from "../i18n/texts";

/** Raw deflate through a CompressionStream; the compressed chunks are read and emitted as they come. */
const compressionStreamDeflater: DeflaterFactory = (emit) => {
  const stream = new CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let failure: unknown = null;
  const pumped = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      await emit(value);
    }
  })();
  pumped.catch((error: unknown) => (failure ??= error));
  return {
    async write(data) {
      if (failure) throw failure;
      await writer.ready;
      writer.write(data as Uint8Array<ArrayBuffer>).catch((error: unknown) => (failure ??= error));
    },
    async end() {
      if (failure) throw failure;
      await writer.close();
      await pumped;
    },
  };
};

/** Collects the package's bytes in order. */
function memoryOutput(): ZipOutput & { bytes(): Uint8Array } {
  const parts: Uint8Array[] = [];
  let length = 0;
  return {
    async write(data) {
      parts.push(data);
      length += data.length;
    },
    async close() {},
    abort() {
      parts.length = 0;
    },
    bytes() {
      const all = new Uint8Array(length);
      let offset = 0;
      for (const part of parts) {
        all.set(part, offset);
        offset += part.length;
      }
      return all;
    },
  };
}

/** The plan's .xlsx file as bytes. See the module comment. */
export async function writeWorkbookBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  if (typeof CompressionStream === "undefined") {
    throw new CoreError(
      "web/no-deflate",
      texts((t) => t.xlsx.writeWorkbookBytes.thisBrowserCannotWrite),
    );
  }
  const output = memoryOutput();
  const zip = new ZipWriter(output, compressionStreamDeflater);
  try {
    await writeWorkbookPackage(plan, zip);
  } catch (error) {
    zip.abort();
    throw error;
  }
  return output.bytes();
}
