/**
 * The Excel half of the task pane's host: every read and write the pane makes, each inside one `runExcel`
 * (Excel.run or the test double's run). The pane's host (src/taskpane/office-pane-host.ts) orchestrates and
 * analyses; it never touches the Excel API itself (the ESLint rule on Office APIs outside src/office).
 *
 * Customer attributes kept on another sheet (region, sector, channel, size, acquisition cost in "Clientes" beside
 * the invoice lines of "Facturas") are read like the CLI does: the other visible sheets that are not the
 * add-in's (`readAttributeSheets`, capped at `MAX_ATTRIBUTE_CELLS`); the core joins a sheet only when its id
 * column matches most customers.
 *
 * Cost: a read takes the data once (chunked, under Excel's request limits) plus the other sheets up to the
 * cap, and the add-in's history sheet when asked; rendering takes a bounded number of syncs.
 */
import { CoreError } from "../core/errors";
import { readAssignmentHistory, type HistoryRun } from "../core/plan/history-sheet";
import type { SegmentColumnData } from "../core/plan/segment-column";
import type { WorkbookPlan } from "../core/plan/workbook-plan";
import type { Grid } from "../core/types";
import type { SampleWorkbook } from "../sample";
import { sampleSheetsOf } from "../sample/sample-sheets";
import { a1, parseA1, quoteSheet } from "./a1";
import { activateSheet } from "./activate-sheet";
import { runExcel, type ExcelRunner } from "./excel-run";
import { insertSampleSheets } from "./insert-sample";
import { findOwnedSheets, type OwnedSheet } from "./ownership";
import { readRangeInChunks } from "./read-range";
import { readSource, type SourceData } from "./read-source";
import { renderWorkbookPlan, type RenderOptions, type RenderReport } from "./render-plan";
import {
  SEGMENT_COLUMN_SETTING_KEY,
  writeSegmentColumn,
  type SegmentColumnRequest,
} from "./write-segment-column";
import { texts } from "../i18n/texts";

/**
 * Cap on the cells of the other sheets read for customer attributes, per detection or build. Attribute sheets
 * are small (one row per customer); the cap keeps a workbook with a big unrelated sheet from making every
 * detection slow. Sheets that would pass it are not read, and the data step says which.
 */
export const MAX_ATTRIBUTE_CELLS = 2_000_000;

/**
 * The segment column's request: the table as read (header row to last data row, in the sheet's coordinates),
 * so `writeSegmentColumn` writes into the column just right of it.
 */
function segmentColumnRequest(
  source: Pick<SourceData, "sheetName" | "address">,
  column: SegmentColumnData,
): SegmentColumnRequest {
  const { rect } = parseA1(source.address);
  const table = {
    row: rect.row + column.headerRow,
    column: rect.column + column.firstColumn,
    rows: column.lastRow - column.headerRow + 1,
    columns: column.lastColumn - column.firstColumn + 1,
  };
  return {
    address: `${quoteSheet(source.sheetName)}!${a1(table)}`,
    header: column.header,
    values: column.values,
    fills: column.fills,
  };
}

/**
 * The segment column the add-in wrote before (recorded by `writeSegmentColumn`) is not the user's data: when
 * the region read ends with it, it is left out, so detection does not map it and a re-run writes it in place
 * instead of one column further right. Cost: one sync.
 */
async function withoutOwnSegmentColumn(
  context: Excel.RequestContext,
  source: SourceData,
): Promise<SourceData> {
  const setting = context.workbook.settings.getItemOrNullObject(SEGMENT_COLUMN_SETTING_KEY);
  setting.load("value");
  const sheet = context.workbook.worksheets.getItem(source.sheetName);
  sheet.load("id");
  await context.sync();
  if (setting.isNullObject) return source;
  const record = setting.value as {
    sheetId?: unknown;
    row?: unknown;
    column?: unknown;
    header?: unknown;
  } | null;
  const { rect } = parseA1(source.address);
  const last = rect.column + rect.columns - 1;
  if (
    !record ||
    record.sheetId !== sheet.id ||
    record.column !== last ||
    rect.columns < 2 ||
    typeof record.row !== "number" ||
    record.row < rect.row ||
    record.row >= rect.row + rect.rows ||
    source.grid[record.row - rect.row]?.[rect.columns - 1] !== record.header
  )
    return source;
  const kept = { ...rect, columns: rect.columns - 1 };
  return {
    ...source,
    address: `${quoteSheet(source.sheetName)}!${a1(kept)}`,
    grid: source.grid.map((row) => row.slice(0, kept.columns)),
    numberFormats: source.numberFormats.map((row) => row.slice(0, kept.columns)),
  };
}

interface ReadData {
  source: SourceData;
  owned: OwnedSheet[];
}

/** The other sheets read as possible customer-attribute tables, and those skipped for the cell cap. */
interface AttributeSheets {
  grids: { name: string; grid: Grid }[];
  unread: string[];
}

/**
 * Reads the used ranges of the workbook's other sheets that may hold customer attributes (the "Clientes"
 * sheet beside "Facturas"), as the CLI does: visible sheets only, never the data sheet itself nor the add-in's
 * own output sheets (`owned`). Sheets whose used range is under 2 × 2 cannot be joined and are not read;
 * a sheet that would bring the total past `maxCells` is skipped (listed in `unread`) and the next smaller
 * ones still tried. The pipeline joins a sheet only when its id column matches most customers.
 * Cost: one sync for the used ranges, then chunked reads (values only) of at most `maxCells` cells.
 */
export async function readAttributeSheets(
  context: Excel.RequestContext,
  dataSheet: string,
  owned: readonly OwnedSheet[],
  maxCells: number = MAX_ATTRIBUTE_CELLS,
): Promise<AttributeSheets> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const ownedNames = new Set(owned.map((sheet) => sheet.name));
  const candidates = worksheets.items
    .filter(
      (sheet) => sheet.visibility === "Visible" && sheet.name !== dataSheet && !ownedNames.has(sheet.name),
    )
    .map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { sheet, used };
    });
  if (candidates.length === 0) return { grids: [], unread: [] };
  await context.sync();
  const result: AttributeSheets = { grids: [], unread: [] };
  let budget = maxCells;
  for (const { sheet, used } of candidates) {
    if (used.isNullObject || used.rowCount < 2 || used.columnCount < 2) continue;
    const cells = used.rowCount * used.columnCount;
    if (cells > budget) {
      result.unread.push(sheet.name);
      continue;
    }
    budget -= cells;
    const rect = {
      row: used.rowIndex,
      column: used.columnIndex,
      rows: used.rowCount,
      columns: used.columnCount,
    };
    const read = await readRangeInChunks(context, sheet, rect);
    result.grids.push({ name: sheet.name, grid: read.values });
  }
  return result;
}

/** What the pane reads from the workbook for one detection or build. */
interface PaneWorkbookData {
  source: SourceData;
  attributes: AttributeSheets;
  /** Runs of the add-in's history sheet (only when asked: a build's mobility). */
  history: HistoryRun[];
}

/** The pane's reads and writes; remembers the last data read (see `read`). */
interface PaneWorkbook {
  /** The customer data, the other sheets' attribute tables and, with `withHistory`, the history runs. */
  read(withHistory: boolean): Promise<PaneWorkbookData>;
  /** Forget the last data read (after inserting the sample, the selection is the new data). */
  forget(): void;
  render(plan: WorkbookPlan, options: RenderOptions): Promise<RenderReport>;
  /** Writes the segment column beside the table `source` was read from; returns its address. */
  writeSegmentColumn(source: SourceData, column: SegmentColumnData): Promise<string>;
  activateSheet(name: string): Promise<void>;
  insertSample(sample: SampleWorkbook): Promise<void>;
}

export function createPaneWorkbook(run: ExcelRunner): PaneWorkbook {
  /** The last data read, so that standing on one of the add-in's own sheets still means "my data". */
  let lastSource: { sheetName: string; address: string } | null = null;

  /** Reads the customer data; never the add-in's own output sheets. */
  async function readData(context: Excel.RequestContext): Promise<ReadData> {
    const owned = await findOwnedSheets(context);
    // readSource extends the region around the selection across blank rows, so the deliberately messy
    // sample (title row, blank rows) is read whole like any user's sheet.
    let source = await readSource(context);
    if (owned.some((sheet) => sheet.name === source.sheetName)) {
      if (!lastSource) {
        throw new CoreError(
          "pane/own-sheet",
          texts((t) => t.office.paneWorkbook.ownSheetSelected(source.sheetName)),
        );
      }
      source = await readAddress(context, lastSource.sheetName, lastSource.address, source.kind);
    }
    source = await withoutOwnSegmentColumn(context, source);
    lastSource = { sheetName: source.sheetName, address: source.address };
    return { source, owned };
  }

  async function readAddress(
    context: Excel.RequestContext,
    sheetName: string,
    address: string,
    kind: SourceData["kind"],
  ): Promise<SourceData> {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const { rect } = parseA1(address);
    const read = await readRangeInChunks(context, sheet, rect, { withNumberFormats: true });
    return {
      sheetName,
      address,
      grid: read.values,
      numberFormats: read.numberFormats ?? [],
      kind,
      syncCount: read.syncCount,
    };
  }

  /** Runs of the hidden history sheet, for mobility (who moved between segments since the last map). */
  async function readHistory(context: Excel.RequestContext, owned: OwnedSheet[]): Promise<HistoryRun[]> {
    const history = owned.find((sheet) => sheet.key === "history");
    if (!history) return [];
    const used = context.workbook.worksheets.getItem(history.name).getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    return used.isNullObject ? [] : readAssignmentHistory(used.values as Grid);
  }

  return {
    read: (withHistory) =>
      runExcel(async (context) => {
        const data = await readData(context);
        return {
          source: data.source,
          history: withHistory ? await readHistory(context, data.owned) : [],
          attributes: await readAttributeSheets(context, data.source.sheetName, data.owned),
        };
      }, run),
    forget() {
      lastSource = null;
    },
    render: (plan, options) => runExcel((context) => renderWorkbookPlan(context, plan, options), run),
    async writeSegmentColumn(source, column) {
      const written = await runExcel(
        (context) => writeSegmentColumn(context, segmentColumnRequest(source, column)),
        run,
      );
      return written.address;
    },
    async activateSheet(name) {
      await runExcel((context) => activateSheet(context, name), run);
    },
    async insertSample(sample) {
      await runExcel((context) => insertSampleSheets(context, sampleSheetsOf(sample)), run);
    },
  };
}
