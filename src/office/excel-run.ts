/**
 * The one place that calls `Excel.run`. Everything else in src/office takes an `Excel.RequestContext` as a
 * parameter, so tests pass the Excel double's context (or its `run`) instead of a global.
 *
 * Failures are mapped to typed errors (`toExcelHostError`): CoreErrors pass through, Excel's errors get an
 * English/Spanish message that says what to do. Nothing is logged and swallowed: the caller always gets either
 * the batch's result or a thrown CoreError.
 */
import type { CoreError } from "../core/errors";
import { ExcelHostError, toExcelHostError } from "./excel-errors";
import { texts } from "../i18n/texts";

/** Shape of `Excel.run` for one batch. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` when running inside Excel; throws a typed error outside it (e.g. the pane opened in a browser). */
export const officeRunner: ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => {
  const excel = (globalThis as { Excel?: { run?: ExcelRunner } }).Excel;
  if (!excel || typeof excel.run !== "function") {
    return Promise.reject(
      new ExcelHostError(
        "excel/not-in-excel",
        texts((t) => t.office.excelRun.excelIsNotAvailable),
      ),
    );
  }
  return excel.run(batch);
};

/**
 * Runs one batch against Excel and maps any failure to a typed error.
 *
 * @param batch work to do with the request context; should sync what it queues (Excel.run syncs leftovers).
 * @param runner `Excel.run` by default; tests inject the double's `run`.
 * @throws CoreError (an ExcelHostError for Excel's failures) — never anything else.
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  runner: ExcelRunner = officeRunner,
): Promise<T> {
  try {
    return await runner(batch);
  } catch (error) {
    throw toExcelHostError(error) as CoreError;
  }
}
