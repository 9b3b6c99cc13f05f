/**
 * The PaneHost the real pane uses: reads and writes through `src/office/*` (inside one `runExcel` per step, with
 * Excel.run or the test double's run), analyses with the pure core. The pane sees only plain results.
 *
 * Responsiveness: the analysis and the plan run in a Web Worker (`run-analysis.ts`; on the UI thread in
 * stages with yields between them where workers are missing or fail), then the renderer writes in bounded
 * syncs, yielding between them, so the progress bar paints and Cancel can be clicked. Cancel terminates the
 * worker, is checked between stages and inside the renderer, which removes its temporary sheets (the workbook
 * is left as it was).
 *
 * Customer attributes kept on another sheet (region, sector, channel, size, acquisition cost in "Clientes" beside
 * the invoice lines of "Facturas") are joined like the CLI does: the other visible sheets that are not the
 * add-in's are read (`readAttributeSheets`, capped at `MAX_ATTRIBUTE_CELLS`) and handed to the core, which
 * joins a sheet only when its id column matches most customers; detection reports which sheets were joined.
 *
 * Cost: detection reads the data once (chunked, under Excel's request limits) plus the other sheets up to the
 * cap; a build reads them again (they may have changed), reads the add-in's history sheet, and renders with a
 * bounded number of syncs.
 */
import { CoreError, isCoreError } from "../core/errors";
import type { Method } from "../core/model";
import { readAssignmentHistory, type HistoryRun } from "../core/plan/history-sheet";
import { buildEnglishSample, buildSpanishSample } from "../core/sample";
import type { Grid, Lang } from "../core/types";
import { a1, parseA1, quoteSheet } from "../office/a1";
import { activateSheet } from "../office/activate-sheet";
import { runExcel, type ExcelRunner } from "../office/excel-run";
import { insertSampleSheets } from "../office/insert-sample";
import { findOwnedSheets, type OwnedSheet } from "../office/ownership";
import { readRangeInChunks } from "../office/read-range";
import { readSource, type SourceData } from "../office/read-source";
import { renderWorkbookPlan } from "../office/render-plan";
import {
  SEGMENT_COLUMN_SETTING_KEY,
  writeSegmentColumn,
  type SegmentColumnRequest,
} from "../office/write-segment-column";
import type { SegmentColumnData } from "../core/plan/segment-column";
import { langFromDisplayLanguage } from "./i18n/strings";
import { describeData } from "./describe-data";
import { sampleSheetsOf } from "./sample-sheets";
import { WRITING_FROM } from "./analyze-and-plan";
import { abortError } from "./pane-error";
import { loadPaneSettings, savePaneSettings } from "./pane-settings-store";
import { runAnalysis, yieldToUi } from "./run-analysis";
import { subscribeToOfficeSelection } from "./selection-events";
import type {
  BuildOptions,
  BuildProgress,
  BuildResult,
  DataSource,
  DetectOptions,
  DetectedData,
  PaneHost,
  PaneSettings,
} from "./pane-host";

export { PANE_SETTINGS_KEY } from "./pane-settings-store";
export { HEADLINE_KPI_IDS, headlineKpis, summarizeForPane } from "./summarize-for-pane";
export { yieldToUi } from "./run-analysis";
export { sampleSheetsOf } from "./sample-sheets";

/**
 * Cap on the cells of the other sheets read for customer attributes, per detection or build. Attribute sheets
 * are small (one row per customer); the cap keeps a workbook with a big unrelated sheet from making every
 * detection slow. Sheets that would pass it are not read, and the data step says which.
 */
export const MAX_ATTRIBUTE_CELLS = 2_000_000;
const MS_PER_DAY = 86_400_000;

export interface OfficePaneHostOptions {
  /** `Excel.run`, or the test double's `run`. */
  run: ExcelRunner;
  /** Office's display language ("es-ES"). */
  displayLanguage: string;
  /** Subscribe to selection/sheet changes; default: Office's DocumentSelectionChanged event when present. */
  subscribeSelection?: (callback: () => void) => () => void;
  /** Clock, injected so tests are reproducible. */
  now?: () => Date;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError();
}

/**
 * The segment column's request: the table as read (header row to last data row, in the sheet's coordinates),
 * so `writeSegmentColumn` writes into the column just right of it.
 */
export function segmentColumnRequest(
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

function sourceOf(kind: SourceData["kind"]): DataSource {
  return kind === "used-range" ? "largest-block" : kind;
}

interface ReadData {
  source: SourceData;
  owned: OwnedSheet[];
}

/** The other sheets read as possible customer-attribute tables, and those skipped for the cell cap. */
export interface AttributeSheets {
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

export function createOfficePaneHost(options: OfficePaneHostOptions): PaneHost {
  const run = options.run;
  const now = options.now ?? (() => new Date());
  const subscribe = options.subscribeSelection ?? subscribeToOfficeSelection;
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
        throw new CoreError("pane/own-sheet", {
          en: `Sheet "${source.sheetName}" was written by Customer Map. Go to the sheet with your customer data, select a cell inside the table and read again.`,
          es: `La hoja "${source.sheetName}" la escribió Mapa de Clientes. Vaya a la hoja con sus datos de clientes, seleccione una celda de la tabla y vuelva a leer.`,
        });
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
    displayLanguage: options.displayLanguage,

    async detectData(detect: DetectOptions = {}): Promise<DetectedData> {
      const { source, attributes } = await runExcel(async (context) => {
        const data = await readData(context);
        return {
          source: data.source,
          attributes: await readAttributeSheets(context, data.source.sheetName, data.owned),
        };
      }, run);
      const detected = describeData(
        {
          sheetName: source.sheetName,
          address: source.address,
          source: sourceOf(source.kind),
          grid: source.grid,
          numberFormats: source.numberFormats,
        },
        attributes.grids,
        detect,
        Math.floor(now().getTime() / MS_PER_DAY),
      );
      return {
        ...detected,
        ...(attributes.unread.length > 0
          ? { unreadSheets: { names: attributes.unread, maxCells: MAX_ATTRIBUTE_CELLS } }
          : {}),
      };
    },

    async build(build: BuildOptions, report: (progress: BuildProgress) => void, signal: AbortSignal) {
      // The renderer's phases each count from 0; the bar must only move forward.
      let done = 0;
      const onProgress = (progress: BuildProgress) => {
        done = Math.max(done, progress.fraction);
        report({ stage: progress.stage, fraction: done });
      };
      onProgress({ stage: "reading", fraction: 0.02 });
      const { source, history, attributes } = await runExcel(async (context) => {
        const data = await readData(context);
        return {
          source: data.source,
          history: await readHistory(context, data.owned),
          attributes: await readAttributeSheets(context, data.source.sheetName, data.owned),
        };
      }, run);
      throwIfAborted(signal);

      const { summary, plan, segmentColumn } = await runAnalysis(
        {
          grid: source.grid,
          numberFormats: source.numberFormats,
          attributeGrids: attributes.grids,
          options: {
            method: build.method as Method,
            lang: build.lang,
            shape: build.shape,
            overrides: build.overrides,
            seed: build.seed,
            k: build.k,
            thresholds: build.thresholds,
            runAt: now().toISOString(),
            history,
            segmentColumn: build.segmentColumn === true,
          },
        },
        onProgress,
        signal,
      );
      onProgress({ stage: "writing", fraction: WRITING_FROM });
      await yieldToUi();
      throwIfAborted(signal);

      let rendered;
      try {
        rendered = await runExcel(
          (context) =>
            renderWorkbookPlan(context, plan, {
              signal,
              onProgress: (p) =>
                onProgress({ stage: "writing", fraction: WRITING_FROM + (1 - WRITING_FROM) * p.fraction }),
            }),
          run,
        );
      } catch (error) {
        // The renderer removed its temporary sheets: to the pane this is a plain Cancel.
        if (signal.aborted) throw abortError();
        throw error;
      }
      const sheets = rendered.sheets
        .filter((sheet) => !sheet.hidden)
        .map((sheet) => ({ key: sheet.key, name: sheet.name }));
      const result: BuildResult = { ...summary, sheets };
      if (segmentColumn) {
        // After the sheets: a refused column (not empty) must not cost the user the map just written.
        try {
          const written = await runExcel(
            (context) => writeSegmentColumn(context, segmentColumnRequest(source, segmentColumn)),
            run,
          );
          result.segmentColumnAddress = written.address;
        } catch (error) {
          if (!isCoreError(error)) throw error;
          result.segmentColumnWarning = error.localized;
        }
      }
      return result;
    },

    async activateSheet(name: string) {
      await runExcel((context) => activateSheet(context, name), run);
    },

    async insertSampleData(paneLang?: Lang) {
      const lang = paneLang ?? langFromDisplayLanguage(options.displayLanguage);
      const sample = lang === "es" ? buildSpanishSample() : buildEnglishSample();
      lastSource = null;
      await runExcel((context) => insertSampleSheets(context, sampleSheetsOf(sample)), run);
    },

    loadSettings: () => loadPaneSettings(run),
    saveSettings: (settings: PaneSettings) => savePaneSettings(run, settings),

    onSelectionChanged(callback: () => void) {
      return subscribe(callback);
    },
  };
}
