/**
 * Numbers stored as text, in both conventions: `1.234,56 €` (decimal comma) and `$ 1,234.56` (decimal point),
 * accounting negatives `(1,234)`, trailing minus `1234-`, a lone `-` for zero, and percentages `12%`.
 * The decimal separator is decided once per column from the data (`decideNumberConvention`) and every value
 * of the column is then parsed with it (`parseNumberText`), so `6.300` means 6300 in a column whose other
 * values are written `1.234,56` and 6.3 in a column written `1,234.56`.
 */
import type { CellValue } from "../types";

export type DecimalSeparator = "." | ",";

interface NumberConvention {
  decimal: DecimalSeparator;
  /** "numbers" = the column holds real numbers only; "data" = decided from unambiguous texts; "assumed" = no evidence. */
  basis: "numbers" | "data" | "assumed";
  /** Texts that were unambiguous evidence for each separator, and texts that fit both (`1.234`, `1,234`). */
  pointEvidence: number;
  commaEvidence: number;
  ambiguous: number;
  /** Numeric texts seen at all (evidence or not). */
  texts: number;
  /** True when both separators had evidence: the column mixes conventions. */
  mixed: boolean;
}

const CURRENCY =
  /US\$|R\$|C\$|A\$|[€$£¥₹]|\b(?:EUR|USD|GBP|MXN|ARS|COP|CLP|PEN|CHF|JPY|euros?|dollars?|d[oó]lares?)\b/gi;
const HAS_CURRENCY =
  /US\$|R\$|C\$|A\$|[€$£¥₹]|\b(?:EUR|USD|GBP|MXN|ARS|COP|CLP|PEN|CHF|JPY|euros?|dollars?|d[oó]lares?)\b/i;
const SPACES = /[\s\u00a0\u2007\u202f'’]/g;
const PLAIN_NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Strips currency, spaces, sign, parentheses and percent from a numeric text. Returns the bare digits and
 * separators (e.g. "1.234,56"), or null when the text cannot be a number.
 */
function bareDigits(text: string): string | null {
  let s = text.replace(CURRENCY, "").replace(SPACES, "");
  if (s.length === 0) return null;
  if (s.charCodeAt(0) === 40 /* ( */ && s.charCodeAt(s.length - 1) === 41) s = s.slice(1, -1);
  if (s.endsWith("%")) s = s.slice(0, -1);
  const first = s.charCodeAt(0);
  if (first === 45 || first === 43 || first === 0x2212) s = s.slice(1);
  else if (s.endsWith("-")) s = s.slice(0, -1);
  return /^[\d.,]*\d[\d.,]*$/.test(s) || /^[\d.,]*\d[\d.,]*e[+-]?\d+$/i.test(s) ? s : null;
}

/**
 * What a numeric text says about the decimal separator: "." or "," when unambiguous, "?" when it fits both
 * (`1.234`, `1,234`: one separator followed by exactly three digits), "" when it has no separator.
 */
export function separatorEvidence(text: string): "." | "," | "?" | "" {
  const s = bareDigits(text);
  if (s === null) return "";
  const lastPoint = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastPoint < 0 && lastComma < 0) return "";
  if (lastPoint >= 0 && lastComma >= 0) return lastPoint > lastComma ? "." : ",";
  const separator = lastPoint >= 0 ? "." : ",";
  const index = lastPoint >= 0 ? lastPoint : lastComma;
  // Repeated separator: it can only be the thousands separator, so the decimal is the other one.
  if (s.indexOf(separator) !== index) return separator === "." ? "," : ".";
  const digitsAfter = s.length - index - 1;
  const digitsBefore = index;
  if (digitsAfter !== 3 || digitsBefore === 0 || s.startsWith("0")) return separator;
  return "?";
}

/**
 * Decides the decimal separator of one column from (a sample of) its cells. Unambiguous texts vote; when
 * none exist, `fallback` is used (the sheet's language: "," for Spanish headers) and the basis is "assumed".
 * Cost O(sample length).
 */
export function decideNumberConvention(
  cells: readonly CellValue[],
  fallback: DecimalSeparator,
): NumberConvention {
  let pointEvidence = 0;
  let commaEvidence = 0;
  let ambiguous = 0;
  let texts = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const evidence = separatorEvidence(cell);
    if (bareDigits(cell) !== null) texts++;
    if (evidence === ".") pointEvidence++;
    else if (evidence === ",") commaEvidence++;
    else if (evidence === "?") ambiguous++;
  }
  const mixed = pointEvidence > 0 && commaEvidence > 0;
  if (pointEvidence === 0 && commaEvidence === 0) {
    return {
      decimal: fallback,
      basis: ambiguous > 0 ? "assumed" : "numbers",
      pointEvidence,
      commaEvidence,
      ambiguous,
      texts,
      mixed,
    };
  }
  return {
    decimal: commaEvidence > pointEvidence ? "," : ".",
    basis: "data",
    pointEvidence,
    commaEvidence,
    ambiguous,
    texts,
    mixed,
  };
}

/**
 * Parses one numeric text with the column's decimal separator. `12%` gives 0.12, `(1,234)` and `1234-` are
 * negative, a lone `-` (accounting zero) is 0. Returns NaN when the text is not a number; missing tokens
 * (`NA`, `#N/A`...) must be filtered before with `isMissingCell`. Cost O(length).
 *
 * @example
 * parseNumberText("1.234,56 €", ",") // => 1234.56
 * parseNumberText("1,234.56", ".") // => 1234.56
 */
export function parseNumberText(text: string, decimal: DecimalSeparator): number {
  if (isPlainDigits(text, decimal)) return Number(text);
  let s = text.trim();
  if (s.length === 0) return NaN;
  if (s === "-" || s === "–") return 0;
  let negative = false;
  let percent = false;
  if (HAS_CURRENCY.test(s)) s = s.replace(CURRENCY, "");
  s = s.replace(SPACES, "");
  if (s.length === 0) return NaN;
  if (s.charCodeAt(0) === 40 && s.charCodeAt(s.length - 1) === 41) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  const first = s.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    negative = !negative;
    s = s.slice(1);
  } else if (first === 43) {
    s = s.slice(1);
  } else if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (decimal === ".") {
    if (s.indexOf(",") >= 0) s = s.replace(/,/g, "");
  } else {
    if (s.indexOf(".") >= 0) s = s.replace(/\./g, "");
    if (s.indexOf(",") >= 0) s = s.replace(",", ".");
  }
  if (!PLAIN_NUMBER.test(s)) return NaN;
  let value = Number(s);
  if (percent) value /= 100;
  return negative ? -value : value;
}

/**
 * The common case, read without regular expressions or copies: digits, then (with "." as the decimal
 * separator) at most one "." and more digits — exactly the texts every step below leaves as they are and
 * PLAIN_NUMBER accepts, so Number(text) is the same value.
 */
function isPlainDigits(text: string, decimal: DecimalSeparator): boolean {
  const length = text.length;
  if (length === 0 || length > 20) return false;
  let dots = decimal === "." ? 0 : 1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    if (code !== 46 || i === 0 || dots > 0) return false;
    dots++;
  }
  return true;
}

/** True when a text is written as a percentage (`12%`, `12 %`). */
export function hasPercentSign(text: string): boolean {
  return text.trimEnd().endsWith("%");
}
