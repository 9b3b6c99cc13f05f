/**
 * The last line of defence of every CMAP function: runs the computation, turns a CoreError into #VALUE!
 * with its message in the user's language, any other exception (a bug) into #VALUE! saying so, and cleans
 * the result (no undefined, NaN or Infinity reaches a cell). Nothing escapes as an unhandled exception.
 */
import { isCoreError } from "../core/errors";
import type { Lang } from "../core/types";
import { sanitizeGrid, type ResultGrid } from "./cells";
import { excelError } from "./excel-error";
import { say } from "./function-texts";

export function guard(lang: Lang, compute: () => ResultGrid): ResultGrid {
  try {
    const result = compute();
    if (!Array.isArray(result) || result.length === 0) return [[""]];
    return sanitizeGrid(result, lang);
  } catch (error: unknown) {
    if (isCoreError(error)) return [[excelError("value", error.messageIn(lang))]];
    const detail = error instanceof Error ? error.message : String(error);
    return [[excelError("value", say("internalError", lang, { detail }))]];
  }
}
