/**
 * JSON values kept in the workbook's document settings (they travel with the file and differ per workbook).
 * The pane stores its remembered choices here; the Office layer does the Excel calls so the pane makes none.
 */
import { runExcel, type ExcelRunner } from "./excel-run";

/** The object stored under `key`; null when absent, unreadable or not an object (never throws). */
export async function loadJsonSetting<T extends object>(run: ExcelRunner, key: string): Promise<T | null> {
  try {
    return await runExcel(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load("value");
      await context.sync();
      if (item.isNullObject) return null;
      const value: unknown = typeof item.value === "string" ? JSON.parse(item.value) : item.value;
      return typeof value === "object" && value !== null ? (value as T) : null;
    }, run);
  } catch {
    // A setting edited by hand or an Excel hiccup must not stop the pane: treat it as none.
    return null;
  }
}

/** Stores `value` as JSON text under `key`. Cost: one sync. */
export async function saveJsonSetting(run: ExcelRunner, key: string, value: object): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.settings.add(key, JSON.stringify(value));
    await context.sync();
  }, run);
}
