/**
 * Renders a WorkbookPlan into the open workbook through the Excel JavaScript API.
 *
 * Safety: only sheets the add-in created (recognised by id through the ownership record, see ownership.ts)
 * are replaced; a user's sheet with a planned name is never touched — the new sheet gets a free name
 * ("Customer Map (2)"). User data is never written. New content is drawn into new sheets under temporary
 * names first; only when all of it is written does one final request delete the previous output, give the
 * new sheets their names, hide the history sheet and update the ownership record. A failure or a Cancel
 * before that removes the temporary sheets, leaving the workbook as it was.
 *
 * Performance: one request to look at the workbook, then writes batched by bytes (RequestBatch: syncs ≈
 * total bytes / 3.5 MB, each request under 4 MB), then one final request — a bounded number of syncs
 * whatever the row count, beyond chunking. Calculation and screen updating are suspended in every write
 * request. Formats are applied per block, per column run and per FillGroup, never per cell.
 *
 * Text safety: strings that Excel would turn into formulas, numbers, dates or booleans are written with
 * Excel's apostrophe text prefix (text-guard.ts), so `=HYPERLINK(...)` or "+34 600 000 000" stay text.
 *
 * Requires ExcelApi 1.9 (getRanges, suspendScreenUpdatingUntilNextSync); Excel keeps no undo history for
 * add-in changes, so there is no undo group to open.
 *
 * @throws CoreError for an invalid plan or Cancel; Excel's own errors propagate raw (wrap the call in
 * `runExcel`, which maps them to ExcelHostError).
 */
import { listIn } from "../core/language";
import type { SheetKey, SheetPlan, WorkbookPlan } from "../core/plan/workbook-plan";
import { drawSheet } from "./draw-sheet";
import { ExcelHostError } from "./excel-errors";
import { OWNERSHIP_SETTING_KEY, ownedSheetsOf, parseOwnership, type OwnershipRecord } from "./ownership";
import { OPERATION_BYTES, RequestBatch } from "./request-budget";
import { freeSheetName, freeTableName } from "./sheet-names";
import { alternateSheetName } from "../core/plan/sheet-names";
import { texts } from "../i18n/texts";

interface RenderProgress {
  phase: "prepare" | "write" | "finish";
  /** 0..1 */
  fraction: number;
}

export interface RenderOptions {
  onProgress?: (progress: RenderProgress) => void;
  /** An AbortSignal (or anything with `aborted`): Cancel stops before the next operation and cleans up. */
  signal?: { readonly aborted: boolean };
  /** Request budget in bytes (default 3.5 MB). */
  budgetBytes?: number;
  /** Activate the first visible new sheet at the end (default true). */
  activate?: boolean;
}

interface RenderedSheet {
  key: SheetKey;
  plannedName: string;
  name: string;
  id: string;
  hidden: boolean;
}

export interface RenderReport {
  sheets: RenderedSheet[];
  /** Sheets written under another name because a user's sheet had the planned one. */
  renamed: { key: SheetKey; plannedName: string; name: string }[];
  /** Previous add-in sheets deleted and replaced. */
  replacedSheets: number;
  syncCount: number;
  /** Largest request the renderer estimated (an upper bound of its JSON size). */
  maxEstimatedRequestBytes: number;
  cellsWritten: number;
  fillOperations: number;
  tables: string[];
  charts: number;
}

interface CreatedSheet {
  plan: SheetPlan;
  sheet: Excel.Worksheet;
  tempName: string;
  finalName: string;
  tables: { finalBase: string; table: Excel.Table }[];
}

function totalCells(plan: WorkbookPlan): number {
  let cells = 0;
  for (const sheet of plan.sheets)
    for (const block of sheet.blocks) cells += block.values.length * (block.values[0]?.length ?? 0);
  return Math.max(1, cells);
}

/** Deletes the temporary sheets of a failed or cancelled render. Two syncs. */
async function removeTemporarySheets(context: Excel.RequestContext, tempNames: string[]): Promise<void> {
  const found = tempNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  let any = false;
  for (const sheet of found) {
    if (!sheet.isNullObject) {
      sheet.delete();
      any = true;
    }
  }
  if (any) await context.sync();
}

/** Renders `plan` (see the module comment for what it guarantees). */
export async function renderWorkbookPlan(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: RenderOptions = {},
): Promise<RenderReport> {
  const total = totalCells(plan);
  let written = 0;
  const report: RenderReport = {
    sheets: [],
    renamed: [],
    replacedSheets: 0,
    syncCount: 0,
    maxEstimatedRequestBytes: 0,
    cellsWritten: 0,
    fillOperations: 0,
    tables: [],
    charts: 0,
  };
  const batch = new RequestBatch(context, {
    budgetBytes: options.budgetBytes,
    suspend: true,
    signal: options.signal,
    onSync: () => options.onProgress?.({ phase: "write", fraction: Math.min(0.95, written / total) }),
  });
  options.onProgress?.({ phase: "prepare", fraction: 0 });

  // 1. Look at the workbook: sheets, tables, the ownership record. One sync.
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/visibility");
  const workbookTables = context.workbook.tables;
  workbookTables.load("items/name");
  const setting = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING_KEY);
  setting.load("value");
  await batch.sync();

  const existing = worksheets.items.map((s) => ({
    id: s.id,
    name: s.name,
    visibility: s.visibility as string,
  }));
  const owned = ownedSheetsOf(parseOwnership(setting.isNullObject ? null : setting.value), existing);
  const ownedIds = new Set(owned.map((o) => o.id));
  const userNames = new Set(existing.filter((s) => !ownedIds.has(s.id)).map((s) => s.name.toLowerCase()));
  // A clash takes the sheet's alternate name ("Clientes del mapa"), never "Clientes (2)".
  const finalNames = plan.sheets.map((s) => {
    const alternate = alternateSheetName(s.key, s.name);
    return freeSheetName(s.name, userNames, alternate ? [alternate] : []);
  });
  const allNames = new Set([
    ...existing.map((s) => s.name.toLowerCase()),
    ...finalNames.map((n) => n.toLowerCase()),
  ]);
  const tempNames = plan.sheets.map((_s, i) => freeSheetName(`CMAP tmp ${i + 1}`, allNames));
  const existingTableNames = workbookTables.items.map((t) => t.name);
  const tempTableNames = new Set(existingTableNames.map((n) => n.toLowerCase()));
  // Names of the tables on our previous sheets become free once those sheets are deleted; fetched with the
  // first write request (no extra sync).
  const ownedTables = owned.map((o) => {
    const tables = worksheets.getItem(o.id).tables;
    tables.load("items/name");
    return tables;
  });

  const created: CreatedSheet[] = [];
  try {
    // 2. Draw every planned sheet into a new sheet with a temporary name.
    for (let i = 0; i < plan.sheets.length; i++) {
      const sheetPlan = plan.sheets[i];
      await batch.reserve(OPERATION_BYTES * 2);
      const sheet = worksheets.add(tempNames[i]);
      sheet.load("id");
      const entry: CreatedSheet = {
        plan: sheetPlan,
        sheet,
        tempName: tempNames[i],
        finalName: finalNames[i],
        tables: [],
      };
      created.push(entry);
      const drawn = await drawSheet(
        batch,
        sheet,
        sheetPlan,
        (table) => freeTableName(`CMAP_tmp_${table.name}`, tempTableNames),
        (cells) => {
          written += cells;
        },
      );
      entry.tables = drawn.tables.map((t) => ({ finalBase: t.plan.name, table: t.table }));
      report.cellsWritten += drawn.cellsWritten;
      report.fillOperations += drawn.fillOperations;
      report.charts += drawn.charts;
    }
    await batch.flush();
    if (batch.syncCount < 2) await batch.sync(); // ids of the new sheets come back with a sync
    batch.throwIfCancelled();

    // 3. One request: record ownership, delete the previous output, name and hide the new sheets.
    options.onProgress?.({ phase: "finish", fraction: 0.97 });
    const freedTables = new Set(ownedTables.flatMap((c) => c.items.map((t) => t.name.toLowerCase())));
    const takenTables = new Set(
      existingTableNames.map((n) => n.toLowerCase()).filter((n) => !freedTables.has(n)),
    );
    const finalTables = created.flatMap((c) =>
      c.tables.map((t) => ({ ...t, name: freeTableName(t.finalBase, takenTables) })),
    );
    const newRecord: OwnershipRecord = {
      version: 1,
      sheets: created.map((c) => ({ id: c.sheet.id, key: c.plan.key })),
      tables: finalTables.map((t) => t.name),
    };
    const settings = context.workbook.settings;
    await batch.reserve(OPERATION_BYTES * (8 + owned.length + created.length * 3 + finalTables.length));
    // Old and new together first: if this request fails halfway, the next run still recognises both.
    settings.add(OWNERSHIP_SETTING_KEY, {
      ...newRecord,
      sheets: [...owned.map((o) => ({ id: o.id, key: o.key })), ...newRecord.sheets],
    });
    for (const o of owned) worksheets.getItem(o.id).delete();
    for (const c of created) {
      c.sheet.name = c.finalName;
      if (c.plan.hidden) c.sheet.visibility = "Hidden";
    }
    for (const t of finalTables) t.table.name = t.name;
    settings.add(OWNERSHIP_SETTING_KEY, newRecord);
    const first = created.find((c) => !c.plan.hidden);
    if (first && options.activate !== false) first.sheet.activate();
    await batch.sync();

    report.replacedSheets = owned.length;
    report.tables = finalTables.map((t) => t.name);
    report.sheets = created.map((c) => ({
      key: c.plan.key,
      plannedName: c.plan.name,
      name: c.finalName,
      id: c.sheet.id,
      hidden: c.plan.hidden === true,
    }));
    report.renamed = report.sheets
      .filter((s) => s.name !== s.plannedName)
      .map((s) => ({ key: s.key, plannedName: s.plannedName, name: s.name }));
    report.syncCount = batch.syncCount;
    report.maxEstimatedRequestBytes = batch.maxEstimatedBytes;
    options.onProgress?.({ phase: "finish", fraction: 1 });
    return report;
  } catch (error) {
    if (created.length > 0) {
      try {
        await removeTemporarySheets(context, tempNames);
      } catch (cleanupError) {
        throw new ExcelHostError(
          "excel/partial-output",
          texts((t, textLang) => t.office.renderPlan.unfinishedSheetsLeft(listIn(textLang, tempNames))),
          { original: error, hostCode: (cleanupError as { code?: string }).code },
        );
      }
    }
    throw error;
  }
}
