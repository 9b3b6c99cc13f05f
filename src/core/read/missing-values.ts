/**
 * Which cell texts mean "no value": Excel errors and the usual placeholders of exports and hand-typed sheets.
 * A missing value is different from an unparseable one: missing is counted as empty, unparseable is reported.
 */

export const MISSING_TOKENS = new Set([
  "",
  "na",
  "n/a",
  "n.a.",
  "n.a",
  "#n/a",
  "#na",
  "none",
  "null",
  "nil",
  "nan",
  "n/d",
  "nd",
  "s/d",
  "sin datos",
  "no data",
  "missing",
  "?",
  "--",
  "—",
]);

/** Excel error values as `range.values` and our file reader give them. */
const EXCEL_ERROR =
  /^#(n\/a|div\/0!|value!|ref!|name\?|num!|null!|spill!|calc!|getting_data|field!|blocked!|connect!|busy!|unknown!)$/i;

/**
 * True when the cell holds no value: null, "", whitespace, an Excel error (`#N/A`, `#DIV/0!`...), or a
 * placeholder such as `NA`, `None`, `nan`, `n/d`. A lone "-" is NOT missing: in accounting formats it is zero.
 * Cost O(length).
 */
export function isMissingCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "number") return Number.isNaN(value);
  if (typeof value !== "string") return false;
  if (value.length === 0) return true;
  // Fast exit for ordinary values: every placeholder starts with a space, "#", "?", "-", "—", n, s or m.
  const code = value.charCodeAt(0);
  const lower = code | 32;
  if (code > 32 && code !== 0xa0 && code !== 35 && code !== 63 && code !== 45 && code !== 0x2014) {
    if (lower !== 110 /* n */ && lower !== 115 /* s */ && lower !== 109 /* m */) return false;
  }
  if (value.length > 12) return EXCEL_ERROR.test(value.trim());
  const trimmed = value.trim().toLowerCase();
  return MISSING_TOKENS.has(trimmed) || EXCEL_ERROR.test(trimmed);
}
