/**
 * The pane's remembered choices, stored in the workbook's document settings (so they travel with the file
 * and differ per workbook). Small on purpose: the first screen needs it before the analysis code is loaded.
 */
import type { ExcelRunner } from "../office/excel-run";
import { loadJsonSetting, saveJsonSetting } from "../office/document-settings";
import type { PaneSettings } from "./pane-host";

/** Document setting holding the pane's remembered choices (JSON text). */
export const PANE_SETTINGS_KEY = "customerMap.pane";

/** null when this workbook has never been used with the add-in, or its setting is unreadable. */
export function loadPaneSettings(run: ExcelRunner): Promise<PaneSettings | null> {
  return loadJsonSetting<PaneSettings>(run, PANE_SETTINGS_KEY);
}

export function savePaneSettings(run: ExcelRunner, settings: PaneSettings): Promise<void> {
  return saveJsonSetting(run, PANE_SETTINGS_KEY, settings);
}
