/**
 * What the data step shows about a block of cells: the core's reading of it (shape, column mapping, quality
 * report), the customer attributes joined from other sheets as the build will join them, and the address of
 * the table found inside the block. One implementation for the task pane (a block read from Excel) and the web
 * page (a sheet of a dropped file). Pure: plain data in and out.
 *
 * Cost: one `readCustomerGrid` of the block, plus one join per attribute sheet.
 */
import { joinAttributeSheets } from "../core/pipeline";
import { readCustomerGrid } from "../core/read/read-customer-grid";
import type { Grid } from "../core/types";
import { a1, parseA1, quoteSheet } from "../office/a1";
import type { DataSource, DetectOptions, DetectedData } from "./pane-host";

interface DataBlock {
  sheetName: string;
  /** A1 address of the block read; the grid's first cell is its top-left cell. */
  address: string;
  source: DataSource;
  grid: Grid;
  numberFormats?: readonly (readonly string[])[];
}

export function describeData(
  block: DataBlock,
  attributeGrids: readonly { name: string; grid: Grid }[],
  detect: DetectOptions,
  todayDay: number,
): DetectedData {
  // The same joins the build makes (analyzeGrid), so the data step shows what the map will use.
  const { read, joinedSheets } = joinAttributeSheets(
    readCustomerGrid(block.grid, {
      shape: detect.shape,
      overrides: detect.overrides,
      numberFormats: block.numberFormats,
      todayDay,
    }),
    attributeGrids,
  );
  const origin = parseA1(block.address).rect;
  const table = read.table;
  const address = `${quoteSheet(block.sheetName)}!${a1({
    row: origin.row + table.headerRow,
    column: origin.column + table.firstColumn,
    rows: table.lastRow - table.headerRow + 1,
    columns: table.lastColumn - table.firstColumn + 1,
  })}`;
  return {
    sheetName: block.sheetName,
    address,
    source: block.source,
    kind: read.kind,
    kindReason: read.kindReason,
    rows: Math.max(0, table.lastRow - table.firstRow + 1),
    columns: table.lastColumn - table.firstColumn + 1,
    customers: read.customers.count,
    mapping: read.mapping,
    report: read.report,
    joinedSheets,
  };
}
