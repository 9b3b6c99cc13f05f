/**
 * The pane's remembered choices, stored in the workbook's document settings (so they travel with the file
 * and differ per workbook). Small on purpose: the first screen needs it before the analysis code is loaded.
 */
import { runExcel, type ExcelRunner } from "../office/excel-run";
import type { PaneSettings } from "./pane-host";

/** Document setting holding the pane's remembered choices (JSON text). */
export const PANE_SETTINGS_KEY = "customerMap.pane";

/** null when this workbook has never been used with the add-in, or its setting is unreadable. */
export async function loadPaneSettings(run: ExcelRunner): Promise<PaneSettings | null> {
  try {
    return await runExcel(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(PANE_SETTINGS_KEY);
      item.load("value");
      await context.sync();
      if (item.isNullObject) return null;
      const value: unknown = typeof item.value === "string" ? JSON.parse(item.value) : item.value;
      return typeof value === "object" && value !== null ? (value as PaneSettings) : null;
    }, run);
  } catch {
    // A setting edited by hand or an Excel hiccup must not stop the pane: treat it as none.
    return null;
  }
}

export async function savePaneSettings(run: ExcelRunner, settings: PaneSettings): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.settings.add(PANE_SETTINGS_KEY, JSON.stringify(settings));
    await context.sync();
  }, run);
}
