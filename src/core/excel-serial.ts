/**
 * Excel's date serials (days since 1899-12-30, the 1900 system) against the core's epoch days (days since
 * 1970-01-01 UTC, see model.ts). One place for the offset: it was written out four times.
 */

/** Excel serial of 1970-01-01. */
export const EXCEL_SERIAL_OF_EPOCH = 25569;

const MS_PER_DAY = 86_400_000;

/** Excel serial (with the time of day as a fraction) of a JavaScript date. */
export function dateToExcelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_SERIAL_OF_EPOCH;
}
