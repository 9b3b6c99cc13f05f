/**
 * Keeps text text when it is written to Excel through `range.values`.
 *
 * Excel parses strings written to `values` as if typed: "=..." becomes a formula, "+..."/"-..." a formula or a
 * number, "@..." a formula, "00123" the number 123, "TRUE" a boolean, "2024-03-05" or "May 5" a date. A
 * customer called `=HYPERLINK("http://x","y")` must not become a live link, and "+34 600 000 000" must stay a
 * phone number. Choice: prefix such strings with an apostrophe — Excel's own text marker, which it stores as
 * a hidden prefix, not as part of the value — so the cell's value is exactly the original string. An
 * apostrophe also works in every Excel version and for every number format, unlike formatting cells as Text
 * ("@"), which would also change how later user input in those cells behaves.
 *
 * Strings are prefixed only when Excel could reinterpret them (so ordinary names do not show an apostrophe in
 * the formula bar); the test is deliberately broad: prefixing a harmless string changes nothing visible.
 */

const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?[\s\-/]*\d/i;

/** True when Excel would not store `text` verbatim as text if written to `values`. O(1) for ordinary text. */
export function needsTextGuard(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  // = + - @ ' and the full-width equals Excel also accepts in some IMEs.
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 39 || first === 0xff1d)
    return true;
  // Anything starting (after spaces) with a digit, a decimal/thousands mark, a currency sign, "(" or "#" may be
  // read as a number, date, time, fraction, percentage or error value.
  const trimmed = text.trimStart();
  if (trimmed.length === 0) return false;
  if (/^[\d.,$€£¥(#%]/.test(trimmed)) return true;
  if (trimmed !== text && /^[=+\-@]/.test(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  if (lower === "true" || lower === "false" || lower === "verdadero" || lower === "falso") return true;
  return MONTH_DATE.test(trimmed);
}

/** The string to write so that the cell's value is exactly `text`. */
export function guardText(text: string): string {
  return needsTextGuard(text) ? "'" + text : text;
}
