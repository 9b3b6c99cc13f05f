/**
 * How the add-in recognises the sheets it created, on re-run.
 *
 * Choice: a record in the workbook's add-in settings (`workbook.settings`, ExcelApi 1.4) under
 * `OWNERSHIP_SETTING_KEY`, listing the worksheet ids (and plan keys) of the sheets the last render created and
 * the names of the tables on them. Why: settings travel inside the saved workbook, are invisible to the user
 * and cannot be mistaken for data; worksheet ids survive renames, so a user's sheet that merely has the same
 * name ("Customer Map") is never treated as ours, and a renamed sheet of ours is still recognised. A hidden
 * marker sheet would show in Unhide, could be edited, and would itself need managing.
 * Limit: a workbook produced by the CLI (or copied sheet by sheet) carries no record, so its sheets count as
 * the user's and the add-in writes next to them under free names.
 */
import type { SheetKey } from "../core/plan/workbook-plan";

export const OWNERSHIP_SETTING_KEY = "customerMap.ownedSheets";

interface OwnedSheetRecord {
  id: string;
  key: SheetKey;
}

export interface OwnershipRecord {
  version: 1;
  sheets: OwnedSheetRecord[];
  /** Names of the tables the add-in created on its sheets. */
  tables: string[];
}

const KEYS: readonly SheetKey[] = [
  "map",
  "segments",
  "customers",
  "insights",
  "patterns",
  "about",
  "history",
];

/** Reads a stored record defensively: anything malformed counts as "owns nothing". */
export function parseOwnership(value: unknown): OwnershipRecord {
  const empty: OwnershipRecord = { version: 1, sheets: [], tables: [] };
  let data = value;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      return empty; // a foreign or corrupted value: own nothing rather than guess
    }
  }
  if (typeof data !== "object" || data === null) return empty;
  const record = data as { sheets?: unknown; tables?: unknown };
  const sheets = Array.isArray(record.sheets)
    ? record.sheets.filter(
        (s): s is OwnedSheetRecord =>
          typeof s === "object" &&
          s !== null &&
          typeof (s as OwnedSheetRecord).id === "string" &&
          KEYS.includes((s as OwnedSheetRecord).key),
      )
    : [];
  const tables = Array.isArray(record.tables)
    ? record.tables.filter((t): t is string => typeof t === "string")
    : [];
  return { version: 1, sheets, tables };
}

export interface OwnedSheet {
  key: SheetKey;
  id: string;
  name: string;
  visibility: string;
}

/**
 * The add-in's sheets currently in the workbook (records whose sheet was deleted are dropped). One sync.
 * The pane uses it to read the previous history sheet before building a new plan.
 */
export async function findOwnedSheets(context: Excel.RequestContext): Promise<OwnedSheet[]> {
  const setting = context.workbook.settings.getItemOrNullObject(OWNERSHIP_SETTING_KEY);
  setting.load("value");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/visibility");
  await context.sync();
  const record = parseOwnership(setting.isNullObject ? null : setting.value);
  return ownedSheetsOf(record, sheets.items);
}

export function ownedSheetsOf(
  record: OwnershipRecord,
  sheets: readonly { id: string; name: string; visibility: string }[],
): OwnedSheet[] {
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const out: OwnedSheet[] = [];
  for (const owned of record.sheets) {
    const sheet = byId.get(owned.id);
    if (sheet) out.push({ key: owned.key, id: sheet.id, name: sheet.name, visibility: sheet.visibility });
  }
  return out;
}
