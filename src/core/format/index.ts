/**
 * The one formatter of the product: numbers, money, percentages, dates, counts with plurals and missing values,
 * as text for sentences (pane, CLI, insights, reasons, About) and as Excel number format codes for cells (the
 * plan stores numbers as numbers and gives them these codes). Every surface goes through here so a figure reads
 * the same everywhere: English `1,234.5` · `1.4%` · `€1,234` · `Jan 15, 2025`; Spanish `1.234,5` · `1,4 %` ·
 * `1.234 €` · `15/01/2025` (the space before a sign set apart is a no-break space). Missing values (NaN, ±Infinity, null) are always `MISSING` ("—"), never 0.
 *
 * Numbers are grouped by hand instead of with `Intl.NumberFormat`: reasons are built for up to 10^6 customers
 * (well under a microsecond each), and the text must be identical on every machine (ICU data differs). Plurals
 * use `Intl.PluralRules` (one rule object per language, cached), which needs no locale data beyond en/es.
 */
import type { NumberFormatKind } from "../model";
import { conventionsOf, inLang, tr, type Lang, type TextLang } from "../language";
import { EXCEL_SERIAL_OF_EPOCH } from "../excel-serial";
import { fromPacks, texts } from "../../i18n/texts";
import { epochDayOfTime, MS_PER_DAY } from "../excel-serial";

export type { NumberFormatKind };

/** How a missing value reads, in every language and on every surface. */
export const MISSING = "—";
/** The minus sign of numbers in text (U+2212, typographic; Excel cells use their own). */
const MINUS = "−";
/**
 * The no-break space (U+00A0) that joins a figure to a sign set apart from it ("1.234 €", "1,4 %", "17,2 M €"):
 * a wrapped cell or a note cut into lines never leaves the sign alone at the start of a line.
 */
export const NO_BREAK_SPACE = "\u00a0";

/** Currencies the reader recognises in the data; money shows no symbol when the data says none. */
export type CurrencyCode = "EUR" | "USD" | "GBP";

export const CURRENCY_SYMBOLS: Record<CurrencyCode, string> = { EUR: "€", USD: "$", GBP: "£" };

/** Everything a formatter needs to know besides the value: the language and the data's currency. */
export interface FormatContext {
  lang: Lang;
  currency?: CurrencyCode | null;
}

/** 2^53: below it every integer is exact, so `%` and `/` by 1000 are exact too. */
const EXACT_INTEGER_LIMIT = 9007199254740992;
const NONZERO_DIGIT = /[1-9]/;

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value);
}

/**
 * `value` with `decimals` decimals and the language's grouping: en `1,234.5`, es `1.234,5` (Spanish groups
 * from 1,000 too, as spreadsheets do, so columns of figures align). `MISSING` for NaN/±Infinity/null.
 * Rounding is `toFixed`'s; whole numbers skip it and group arithmetically (same text, faster).
 * Why: one grouping for every surface, identical on every machine (no ICU data). Cost: O(digits). Never throws.
 *
 * @example
 * formatNumber(1234.5, "en", 1) // => "1,234.5"
 * formatNumber(1234.5, "es", 1) // => "1.234,5"
 * formatNumber(-0.4, "en") // => "0"
 * formatNumber(NaN, "en") // => MISSING
 */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 0): string {
  if (isMissing(value)) return MISSING;
  const { thousands, decimal } = conventionsOf(lang);
  const negative = value < 0;
  const abs = negative ? -value : value;
  if (decimals === 0 && abs < EXACT_INTEGER_LIMIT) {
    const rounded = Math.round(abs);
    const text = rounded < 1000 ? "" + rounded : groupInteger(rounded, thousands);
    return negative && rounded !== 0 ? MINUS + text : text;
  }
  const fixed = abs.toFixed(decimals);
  const dot = fixed.indexOf(".");
  const integerLength = dot < 0 ? fixed.length : dot;
  let end = integerLength % 3 || 3;
  let text = fixed.slice(0, end);
  for (; end < integerLength; end += 3) text += thousands + fixed.slice(end, end + 3);
  if (dot >= 0) text += decimal + fixed.slice(dot + 1);
  return negative && NONZERO_DIGIT.test(fixed) ? MINUS + text : text;
}

/** A non-negative integer below 2^53 with a separator every three digits: 1234567 → "1,234,567". */
function groupInteger(integer: number, thousands: string): string {
  let rest = integer;
  let text = "";
  while (rest >= 1000) {
    const group = rest % 1000;
    rest = (rest - group) / 1000;
    text = thousands + (group >= 100 ? "" : group >= 10 ? "0" : "00") + group + text;
  }
  return rest + text;
}

/**
 * A ratio as a percentage: 0.014 → "1.4%" (en) / "1,4 %" (es); `signed` adds "+" to positive values.
 * Conventions (percent sign attached or spaced) come from `LANGUAGES`. Cost: O(digits). Never throws.
 *
 * @example
 * formatPercent(0.014, "en") // => "1.4%"
 * formatPercent(0.014, "es") // => "1,4\u00a0%"
 * formatPercent(0.2, "en", 0, true) // => "+20%"
 */
export function formatPercent(
  ratio: number | null | undefined,
  lang: Lang,
  decimals = 1,
  signed = false,
): string {
  if (isMissing(ratio)) return MISSING;
  const number = formatNumber(ratio * 100, lang, decimals);
  const plus = signed && NONZERO_DIGIT.test(number) && ratio > 0 ? "+" : "";
  return conventionsOf(lang).percent === "attached"
    ? `${plus}${number}%`
    : `${plus}${number}${NO_BREAK_SPACE}%`;
}

/**
 * A ratio as a signed change: 0.2 → "+20.0%", −0.35 → "−35.0%".
 *
 * @example
 * formatChange(-0.35, "en") // => "−35.0%"
 * formatChange(0.2, "es") // => "+20,0\u00a0%"
 */
export function formatChange(ratio: number | null | undefined, lang: Lang, decimals = 1): string {
  return formatPercent(ratio, lang, decimals, true);
}

/**
 * Money in the data's currency: en `€1,234` / `$1,234`, es `1.234 €`; just the number when none is known.
 * Why: the symbol goes where the reader expects it (`LANGUAGES[lang].conventions.currency`). Cost: O(digits). Never throws.
 *
 * @example
 * formatMoney(1234, { lang: "en", currency: "EUR" }) // => "€1,234"
 * formatMoney(-1234, { lang: "es", currency: "EUR" }) // => "−1.234\u00a0€"
 * formatMoney(1234, { lang: "en" }) // => "1,234"
 */
export function formatMoney(value: number | null | undefined, context: FormatContext, decimals = 0): string {
  if (isMissing(value)) return MISSING;
  const number = formatNumber(value, context.lang, decimals);
  const symbol = context.currency ? CURRENCY_SYMBOLS[context.currency] : "";
  if (!symbol) return number;
  if (conventionsOf(context.lang).currency === "after") return `${number}${NO_BREAK_SPACE}${symbol}`;
  return number.startsWith(MINUS) ? `${MINUS}${symbol}${number.slice(1)}` : `${symbol}${number}`;
}

const COMPACT_UNITS = [
  { limit: 1e9, unit: "billion" },
  { limit: 1e6, unit: "million" },
] as const;

/**
 * Money shortened for small spaces (the pane's cards): 17,197,093 → "€17.2M" / "17,2 M €". Below 100,000 the
 * full number; "mil M" is Spanish for 10^9 (a "billón" is 10^12 in Spanish).
 *
 * @example
 * formatCompactMoney(17_197_093, { lang: "en", currency: "EUR" }) // => "€17.2M"
 * formatCompactMoney(17_197_093, { lang: "es", currency: "EUR" }) // => "17,2\u00a0M\u00a0€"
 * formatCompactMoney(99_999, { lang: "en", currency: "USD" }) // => "$99,999"
 */
export function formatCompactMoney(value: number | null | undefined, context: FormatContext): string {
  if (isMissing(value)) return MISSING;
  const abs = Math.abs(value);
  const unit = abs >= 100_000 ? COMPACT_UNITS.find((u) => abs >= u.limit) : undefined;
  if (!unit) return formatMoney(value, context);
  const conventions = conventionsOf(context.lang);
  const unitText = conventions.compactUnits[unit.unit];
  // One decimal, dropped when it is 0 ("1M", not "1.0M").
  const number = formatNumber(value / unit.limit, context.lang, 1).replace(/[.,]0$/, "");
  const symbol = context.currency ? CURRENCY_SYMBOLS[context.currency] : "";
  if (conventions.currency === "after") {
    const joined = `${number} ${unitText}${symbol ? ` ${symbol}` : ""}`;
    return joined.replace(/ /g, NO_BREAK_SPACE);
  }
  const unsigned = number.startsWith(MINUS) ? number.slice(1) : number;
  return `${number.startsWith(MINUS) ? MINUS : ""}${symbol}${unsigned}${unitText}`;
}

/**
 * An epoch day (days since 1970-01-01 UTC) as a date: en "Jan 15, 2025", es "15/01/2025".
 * Cost: O(1). Never throws.
 *
 * @example
 * formatDate(20103, "en") // => "Jan 15, 2025"
 * formatDate(20103, "es") // => "15/01/2025"
 * formatDate(null, "en") // => MISSING
 */
export function formatDate(epochDay: number | null | undefined, lang: Lang): string {
  if (isMissing(epochDay)) return MISSING;
  const date = new Date(Math.round(epochDay) * MS_PER_DAY);
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  const { dateStyle, months } = conventionsOf(lang);
  if (dateStyle === "month-name" && months) return `${months[month]} ${day}, ${year}`;
  return `${String(day).padStart(2, "0")}/${String(month + 1).padStart(2, "0")}/${year}`;
}

/** An epoch day as an ISO date ("2025-01-15") for machine-read output (JSON); "" when not finite. */
export function isoDate(epochDay: number): string {
  if (!Number.isFinite(epochDay)) return "";
  return new Date(Math.round(epochDay) * MS_PER_DAY).toISOString().slice(0, 10);
}

const UTC = texts((t) => t.format.index.utc);

/** An ISO timestamp ("2025-01-15T10:00:00.000Z") as the date and time a reader expects, in UTC. */
export function formatDateTime(iso: string, lang: Lang): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  const day = epochDayOfTime(time);
  const date = new Date(time);
  const clock = `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
  return `${formatDate(day, lang)} ${clock} ${tr(UTC, lang)}`;
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};
/**
 * Per language, the category of each small whole count already asked for. `Intl.PluralRules.select` costs
 * about a microsecond, and a 100,000-customer workbook asks it for a few counts (days, orders) hundreds of
 * thousands of times: ~0.2 s of a 4 s build. Same answers: the cache only remembers what `select` said.
 */
const pluralOfSmallCounts: Partial<Record<Lang, Intl.LDMLPluralRule[]>> = {};
const SMALL_COUNT_LIMIT = 4096;

/** The plural category of a count in a language ("one" / "other" for en and es). */
function pluralCategory(count: number, lang: Lang): Intl.LDMLPluralRule {
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(conventionsOf(lang).tag));
  if (!Number.isInteger(count) || count < 0 || count >= SMALL_COUNT_LIMIT) return rules.select(count);
  const known = (pluralOfSmallCounts[lang] ??= []);
  return (known[count] ??= rules.select(count));
}

/** The two forms of a noun in each language: `{ en: ["customer", "customers"], es: ["cliente", "clientes"] }`. */
export type PluralForms = Readonly<Record<TextLang, readonly [one: string, other: string]>>;

/** The noun for this count, without the number: 1 → "cliente", 2 → "clientes". */
export function pluralWord(count: number, forms: PluralForms, lang: Lang): string {
  const [one, other] = inLang(forms, lang);
  return pluralCategory(count, lang) === "one" ? one : other;
}

/**
 * A count with its noun: "1 cliente", "2 clientes", "1.234 clientes".
 * The form is chosen by `Intl.PluralRules` for the language's tag (CLDR plural rules). Cost: O(digits).
 *
 * @example
 * formatCount(1, { en: ["customer", "customers"], es: ["cliente", "clientes"] }, "es") // => "1 cliente"
 * formatCount(1234, { en: ["customer", "customers"], es: ["cliente", "clientes"] }, "es") // => "1.234 clientes"
 */
export function formatCount(count: number, forms: PluralForms, lang: Lang): string {
  return `${formatNumber(count, lang)} ${pluralWord(count, forms, lang)}`;
}

// ---------------------------------------------------------------- cell number formats

/**
 * Excel format codes are invariant (`,` groups and `.` decimals in the code; the spreadsheet shows the
 * reader's separators). Dates follow the sheet's language: English month-name dates (LCID 409 so the month
 * name stays English whatever the reader's locale), Spanish day/month/year.
 */
const BASE_CODES: Record<Exclude<NumberFormatKind, "money" | "date">, string> = {
  percent: "0.0%",
  number: "#,##0.00",
  integer: "#,##0",
  days: "#,##0",
  ratio: "0.00",
  months: "0.0",
  text: "@",
};

function quoted(text: string): string {
  return `"${text.replace(/"/g, "")}"`;
}

/** The money code: the currency symbol where the language puts it (en before, es after), none without one. */
function moneyCode(context: FormatContext): string {
  const symbol = context.currency ? CURRENCY_SYMBOLS[context.currency] : "";
  if (!symbol) return "#,##0";
  return conventionsOf(context.lang).currency === "after"
    ? `#,##0 ${quoted(symbol)}`
    : `${quoted(symbol)}#,##0`;
}

/**
 * The Excel number format code for a kind of quantity in this language and currency.
 * Cost: O(1). Never throws.
 *
 * @example
 * cellFormat("money", { lang: "es", currency: "EUR" }) // => '#,##0 "€"'
 * cellFormat("date", { lang: "en" }) // => "[$-409]mmm d, yyyy"
 * cellFormat("percent", { lang: "es" }) // => "0.0%"
 */
export function cellFormat(kind: NumberFormatKind, context: FormatContext): string {
  if (kind === "money") return moneyCode(context);
  if (kind === "date") return conventionsOf(context.lang).excelDate;
  return BASE_CODES[kind];
}

/**
 * A numeric format with a localized literal prefix, e.g. `"Revenue "#,##0`. A negative value keeps its sign
 * on the number ("Margen -13.609 €"): with one section, spreadsheets put the minus before the label.
 */
export function cellFormatWithPrefix(kind: NumberFormatKind, prefix: string, context: FormatContext): string {
  const label = quoted(`${prefix} `);
  const code = cellFormat(kind, context);
  return `${label}${code};${label}-${code}`;
}

/**
 * A count that reads with its noun in the right number, e.g. `[=1]0" customer";#,##0" customers"`: the cell
 * stays a number while "1 customer" / "36 customers" read correctly in both languages.
 */
export function cellFormatCount(forms: PluralForms, context: FormatContext): string {
  const [one, other] = inLang(forms, context.lang);
  return `[=1]0${quoted(` ${one}`)};${cellFormat("integer", context)}${quoted(` ${other}`)}`;
}

const DAY_FORMS: PluralForms = fromPacks((t) => t.format.index.dayForms);
const MONTHS_WORD = texts((t) => t.format.index.monthsWord);

/** "1 day", "12 days" / "1 día", "12 días": a count of days in a sentence, with its plural. */
export function formatDays(value: number | null | undefined, lang: Lang): string {
  return isMissing(value) ? MISSING : formatCount(Math.round(value), DAY_FORMS, lang);
}

/**
 * A value of a kind as text, the way its cell would show it: for sentences where no cell format applies.
 *
 * @example
 * formatValue(14, "days", { lang: "en" }) // => "14 days"
 * formatValue(2.5, "months", { lang: "es" }) // => "2,5 meses"
 * formatValue(0.25, "percent", { lang: "en" }) // => "25.0%"
 */
export function formatValue(
  value: number | null | undefined,
  kind: NumberFormatKind,
  context: FormatContext,
): string {
  const { lang } = context;
  switch (kind) {
    case "money":
      return formatMoney(value, context);
    case "percent":
      return formatPercent(value, lang, 1);
    case "date":
      return formatDate(value, lang);
    case "number":
    case "ratio":
      return formatNumber(value, lang, 2);
    case "months":
      return isMissing(value) ? MISSING : `${formatNumber(value, lang, 1)} ${tr(MONTHS_WORD, lang)}`;
    case "days":
      return formatDays(value, lang);
    default:
      return formatNumber(value, lang, 0);
  }
}

/**
 * A number as a cell value: NaN/±Infinity become an empty cell (null), never 0, so a missing value never
 * reads as a real zero. Dates (epoch days) become Excel serials.
 *
 * @example
 * numberCell(NaN) // => null
 * numberCell(20103, "date") // => 45672
 * numberCell(0.25, "percent") // => 0.25
 */
export function numberCell(value: number, kind: NumberFormatKind = "number"): number | null {
  if (!Number.isFinite(value)) return null;
  return kind === "date" ? value + EXCEL_SERIAL_OF_EPOCH : value;
}
