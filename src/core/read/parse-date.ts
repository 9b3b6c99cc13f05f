/**
 * Dates as sheets hold them: Excel serial numbers, `YYYYMMDD` numbers, ISO texts (with or without time),
 * `d/m/y` or `m/d/y` texts with 2- or 4-digit years, and texts with English or Spanish month names
 * ("15-ene-2024", "Jan 15, 2024", "15 de enero de 2024"). Results are whole epoch days (days since
 * 1970-01-01 UTC). Day-first versus month-first is decided once per column (`decideDateOrder`).
 */
import type { CellValue } from "../types";
import { normalizeText } from "./text-normalize";
import { EXCEL_SERIAL_OF_EPOCH } from "../excel-serial";

export type DateOrder = "dmy" | "mdy";

/** Serials accepted as dates: 1901-01-01 .. 9999-12-31. */
const MIN_SERIAL = 367;
const MAX_SERIAL = 2958465;

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`). O(1), no Date objects.
 * Does not validate; see `validCivil`.
 */
export function civilToEpochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year × 12 + (month − 1) of an epoch day (inverse of `civilToEpochDay`, month part only). O(1). */
export function epochDayToMonthIndex(epochDay: number): number {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** "YYYY-MM-DD" of an epoch day. */
export function formatEpochDay(epochDay: number): string {
  const monthIndex = epochDayToMonthIndex(epochDay);
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const day = epochDay - civilToEpochDay(year, month, 1) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validCivil(year: number, month: number, day: number): boolean {
  return (
    year >= 1901 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Two-digit years the way Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function expandYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/**
 * Epoch day of an Excel serial (time of day dropped). Serials before 1900-03-01 are off by one in Excel
 * (the fictitious 1900-02-29); they are outside the accepted range anyway.
 */
function excelSerialToEpochDay(serial: number): number {
  return Math.floor(serial) - EXCEL_SERIAL_OF_EPOCH;
}

/** Epoch day of a number cell: `YYYYMMDD` integers first, then Excel serials. NaN otherwise. */
export function numberToEpochDay(value: number): number {
  if (value >= 19010101 && value <= 99991231 && Number.isInteger(value)) {
    const year = Math.floor(value / 10000);
    const month = Math.floor(value / 100) % 100;
    const day = value % 100;
    return validCivil(year, month, day) ? civilToEpochDay(year, month, day) : NaN;
  }
  if (value >= MIN_SERIAL && value <= MAX_SERIAL) return excelSerialToEpochDay(value);
  return NaN;
}

const MONTHS: Record<string, number> = {};
(
  [
    ["january", "enero"],
    ["february", "febrero"],
    ["march", "marzo"],
    ["april", "abril"],
    ["may", "mayo"],
    ["june", "junio"],
    ["july", "julio"],
    ["august", "agosto"],
    ["september", "septiembre", "setiembre"],
    ["october", "octubre"],
    ["november", "noviembre"],
    ["december", "diciembre"],
  ] as const
).forEach((names, index) => {
  for (const name of names) {
    MONTHS[name] = index + 1;
    MONTHS[name.slice(0, 3)] = index + 1;
    MONTHS[name.slice(0, 4)] = index + 1;
  }
});

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TRIPLE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:$|[T\s])/;
const DAY_MONTH_NAME = /^(\d{1,2})[\s\-/.]+(?:de\s+)?([a-z]{3,10})\.?[\s\-/.,]+(?:de\s+)?(\d{4}|\d{2})\b/;
const MONTH_NAME_DAY = /^([a-z]{3,10})\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{4}|\d{2})\b/;

/**
 * Classifies a `d/m/y`-like text for the column's order decision: "dmy" when only day-first is valid
 * (first number > 12), "mdy" when only month-first is, "?" when both are, "" when it is not such a text.
 */
function dateOrderEvidence(text: string): DateOrder | "?" | "" {
  const match = TRIPLE.exec(text.trim());
  if (!match) return "";
  const a = Number(match[1]);
  const b = Number(match[2]);
  const year = expandYear(Number(match[3]), match[3].length);
  const dmy = validCivil(year, b, a);
  const mdy = validCivil(year, a, b);
  if (dmy && mdy) return a === b ? "" : "?";
  if (dmy) return "dmy";
  if (mdy) return "mdy";
  return "";
}

interface DateConvention {
  order: DateOrder;
  /** "data" = decided from unambiguous texts; "assumed" = only ambiguous texts, fallback used; "none" = no d/m/y texts. */
  basis: "data" | "assumed" | "none";
  dayFirstEvidence: number;
  monthFirstEvidence: number;
  ambiguous: number;
  mixed: boolean;
}

/** Decides day-first vs month-first for one column from (a sample of) its cells. Cost O(sample length). */
export function decideDateOrder(cells: readonly CellValue[], fallback: DateOrder): DateConvention {
  let dayFirstEvidence = 0;
  let monthFirstEvidence = 0;
  let ambiguous = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const evidence = dateOrderEvidence(cell);
    if (evidence === "dmy") dayFirstEvidence++;
    else if (evidence === "mdy") monthFirstEvidence++;
    else if (evidence === "?") ambiguous++;
  }
  const mixed = dayFirstEvidence > 0 && monthFirstEvidence > 0;
  if (dayFirstEvidence === 0 && monthFirstEvidence === 0) {
    return {
      order: fallback,
      basis: ambiguous > 0 ? "assumed" : "none",
      dayFirstEvidence,
      monthFirstEvidence,
      ambiguous,
      mixed,
    };
  }
  return {
    order: monthFirstEvidence > dayFirstEvidence ? "mdy" : "dmy",
    basis: "data",
    dayFirstEvidence,
    monthFirstEvidence,
    ambiguous,
    mixed,
  };
}

/**
 * Epoch day of a date text, NaN when it is not a date. `order` settles `d/m/y` vs `m/d/y`; a text valid only
 * in the other order is read that way (the caller counts it as a mixed-format value through
 * `dateOrderEvidence`). Cost O(length).
 *
 * @example
 * parseDateText("03/04/2024", "dmy") // => civilToEpochDay(2024, 4, 3)
 * parseDateText("03/04/2024", "mdy") // => civilToEpochDay(2024, 3, 4)
 */
export function parseDateText(text: string, order: DateOrder): number {
  // "2024-03-05" exactly (the usual export), read from its character codes: what ISO below would match.
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = fourDigits(text, 0);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    if (year >= 0 && month >= 0 && day >= 0) return civilOrNaN(year, month, day);
  }
  const s = text.trim();
  let match = ISO.exec(s);
  if (match) return civilOrNaN(Number(match[1]), Number(match[2]), Number(match[3]));
  match = TRIPLE.exec(s);
  if (match) {
    const a = Number(match[1]);
    const b = Number(match[2]);
    const year = expandYear(Number(match[3]), match[3].length);
    const first = order === "dmy" ? civilOrNaN(year, b, a) : civilOrNaN(year, a, b);
    if (!Number.isNaN(first)) return first;
    return order === "dmy" ? civilOrNaN(year, a, b) : civilOrNaN(year, b, a);
  }
  match = COMPACT.exec(s);
  if (match) return civilOrNaN(Number(match[1]), Number(match[2]), Number(match[3]));
  if (/[a-zA-Z]/.test(s)) {
    const normalized = normalizeText(s.replace(/[-/.,]/g, " "));
    match = DAY_MONTH_NAME.exec(normalized);
    if (match && MONTHS[match[2]] !== undefined) {
      return civilOrNaN(expandYear(Number(match[3]), match[3].length), MONTHS[match[2]], Number(match[1]));
    }
    match = MONTH_NAME_DAY.exec(normalized);
    if (match && MONTHS[match[1]] !== undefined) {
      return civilOrNaN(expandYear(Number(match[3]), match[3].length), MONTHS[match[1]], Number(match[2]));
    }
  }
  return NaN;
}

/** The number written by two ASCII digits at `at`, or −1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/** The number written by four ASCII digits at `at`, or −1. */
function fourDigits(text: string, at: number): number {
  const high = twoDigits(text, at);
  const low = twoDigits(text, at + 2);
  return high >= 0 && low >= 0 ? high * 100 + low : -1;
}

function civilOrNaN(year: number, month: number, day: number): number {
  return validCivil(year, month, day) ? civilToEpochDay(year, month, day) : NaN;
}

/**
 * True when the text has a date's shape (2024-02-31, 31/02/2024) with a day and a month that do not exist
 * together in the calendar in any order that gives a month (31 February, 31 April): a typo to name as such,
 * not "not a date".
 */
export function isImpossibleDateText(text: string): boolean {
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) {
    const [month, day] = [Number(iso[2]), Number(iso[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && !validCivil(Number(iso[1]), month, day);
  }
  const triple = TRIPLE.exec(s);
  if (!triple) return false;
  const a = Number(triple[1]);
  const b = Number(triple[2]);
  const year = expandYear(Number(triple[3]), triple[3].length);
  const shaped = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (!shaped(b, a) && !shaped(a, b)) return false;
  return !(shaped(b, a) && validCivil(year, b, a)) && !(shaped(a, b) && validCivil(year, a, b));
}

/** Epoch day of any cell (number or text), NaN when it is not a date. */
export function parseDateCell(cell: CellValue, order: DateOrder): number {
  if (typeof cell === "number") return numberToEpochDay(cell);
  if (typeof cell === "string") {
    if (cell.length === 0) return NaN;
    const trimmed = cell.trim();
    // Numbers exported as text ("45292", "19970101").
    if (/^\d+(\.\d+)?$/.test(trimmed)) return numberToEpochDay(Number(trimmed));
    return parseDateText(trimmed, order);
  }
  return NaN;
}
