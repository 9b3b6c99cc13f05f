/**
 * Reads a large range in row blocks so each request stays under Excel's limits: at most `maxCellsPerRequest`
 * cell properties (values + number formats count as two per cell; Excel's limit is 5 million) and a response
 * under `maxResponseBytes` (Excel on the web rejects responses over 5 MB). The first block is small; its
 * measured bytes per row size the next ones; a block Excel still refuses as too large is halved and retried.
 *
 * Cost: O(cells); syncs ≈ max(cells × properties / maxCells, bytes / maxResponseBytes) + retries.
 */
import type { CellValue } from "../core/types";
import type { Rect } from "./a1";
import { hostErrorCode } from "./excel-errors";
import { cellJsonBytes } from "./request-budget";

export interface ChunkedReadOptions {
  /** Cell properties per request (default 4,000,000, under Excel's 5 million). */
  maxCellsPerRequest?: number;
  /** Target response size in bytes (default 3,500,000, under Excel on the web's 5 MB). */
  maxResponseBytes?: number;
  /** Rows of the first block, before the size per row is known (default 2,000). */
  firstBlockRows?: number;
  withNumberFormats?: boolean;
  withFormulas?: boolean;
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
}

interface ChunkedReadResult {
  values: CellValue[][];
  numberFormats: string[][] | null;
  formulas: CellValue[][] | null;
  syncCount: number;
  blocks: number;
}

const MAX_RETRIES = 12;

function gridBytes(grid: readonly (readonly CellValue[])[]): number {
  let bytes = 2;
  for (const row of grid) {
    bytes += 2;
    for (const v of row) bytes += cellJsonBytes(v);
  }
  return bytes;
}

export async function readRangeInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
  options: ChunkedReadOptions = {},
): Promise<ChunkedReadResult> {
  const props = ["values"];
  if (options.withNumberFormats) props.push("numberFormat");
  if (options.withFormulas) props.push("formulas");
  const maxCells = options.maxCellsPerRequest ?? 4_000_000;
  const maxBytes = options.maxResponseBytes ?? 3_500_000;
  const rowsByCells = Math.max(1, Math.floor(maxCells / (rect.columns * props.length)));
  let blockRows = Math.min(options.firstBlockRows ?? 2000, rowsByCells);
  const result: ChunkedReadResult = {
    values: [],
    numberFormats: options.withNumberFormats ? [] : null,
    formulas: options.withFormulas ? [] : null,
    syncCount: 0,
    blocks: 0,
  };
  let done = 0;
  let retries = 0;
  let bytesPerRow = 0;
  while (done < rect.rows) {
    const n = Math.min(blockRows, rect.rows - done);
    const range = sheet.getRangeByIndexes(rect.row + done, rect.column, n, rect.columns);
    range.load(props);
    try {
      await context.sync();
      result.syncCount++;
    } catch (error) {
      result.syncCount++;
      if (hostErrorCode(error) === "ResponsePayloadSizeLimitExceeded" && n > 1 && retries < MAX_RETRIES) {
        retries++;
        blockRows = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw error;
    }
    result.blocks++;
    const values = range.values as CellValue[][];
    for (const row of values) result.values.push(row);
    let bytes = gridBytes(values);
    if (result.numberFormats) {
      const formats = range.numberFormat as string[][];
      for (const row of formats) result.numberFormats.push(row);
      bytes += gridBytes(formats);
    }
    if (result.formulas) {
      const formulas = range.formulas as CellValue[][];
      for (const row of formulas) result.formulas.push(row);
      bytes += gridBytes(formulas);
    }
    done += n;
    options.onProgress?.(done, rect.rows);
    bytesPerRow = Math.max(bytesPerRow, bytes / n);
    blockRows = Math.max(1, Math.min(rowsByCells, Math.floor(maxBytes / Math.max(1, bytesPerRow))));
  }
  return result;
}
