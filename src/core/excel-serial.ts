/**
 * Excel's date serials (days since 1899-12-30, the 1900 system) against the core's epoch days (days since
 * 1970-01-01 UTC, see model.ts). One place for the offset and the day length: they were written out four and
 * seven times.
 */

/** Excel serial of 1970-01-01. */
export const EXCEL_SERIAL_OF_EPOCH = 25569;

/** Milliseconds in a day (UTC days have no leap seconds in JavaScript time). */
export const MS_PER_DAY = 86_400_000;

/** The epoch day of a time in milliseconds (Date.now(), Date.parse, getTime()): the UTC day it falls in. */
export function epochDayOfTime(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** Excel serial (with the time of day as a fraction) of a JavaScript date. */
export function dateToExcelSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_SERIAL_OF_EPOCH;
}
