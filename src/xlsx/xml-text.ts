/**
 * Text and colors as the .xlsx parts take them (worksheets, shared strings, tables, charts): one escaping for
 * every part this project writes.
 */
/** "#RRGGBB" → ARGB "FFRRGGBB" (the form .xlsx colors take). */
export function argbOf(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex : `FF${hex.padStart(6, "0")}`;
}

const XML_SPECIAL = /[&<>"]/g;
const XML_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
// Control characters XML 1.0 forbids (tab, newline, carriage return are allowed), and lone surrogates.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EXCEL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Leading or trailing white space, which XML drops unless the element says xml:space="preserve". */
export function hasEdgeSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first <= 32 || last <= 32 || first === 160 || last === 160;
}

const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex
  /[&<>"_\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text as XML character data / attribute value. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = text;
  if (out.includes("_x")) out = out.replace(EXCEL_ESCAPE, "_x005F_$1");
  out = out.replace(
    XML_FORBIDDEN,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
  );
  return out.replace(XML_SPECIAL, (ch) => XML_ENTITY[ch]);
}
