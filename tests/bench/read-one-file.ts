/*
 * Child process of hostile-memory.bench.ts: reads one file the way `customer-map inspect` does and prints one
 * JSON line {outcome, ms, peakMb} (peak RSS of this process, from the kernel's maxRSS).
 */
import { isCoreError } from "../../src/core/errors";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { readWorkbookFile } from "../../src/xlsx/read-file";

async function main(): Promise<void> {
  const started = Date.now();
  let outcome: string;
  try {
    const book = await readWorkbookFile(process.argv[2]);
    const read = readCustomerGrid(book.grid, { numberFormats: book.numberFormats });
    outcome = `read: ${read.customers.count} customers`;
  } catch (error) {
    outcome = isCoreError(error) ? `refused (${error.code})` : `crashed: ${String(error)}`;
  }
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ outcome, ms: Date.now() - started, peakMb }));
}

void main();
