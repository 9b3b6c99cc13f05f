/**
 * Free sheet and table names. Excel compares sheet names case-insensitively, limits them to 31 characters and
 * refuses []:*?/\ and a leading/trailing apostrophe; table names must start with a letter or underscore, hold
 * only letters, digits, underscores and dots, and be unique in the workbook.
 */

const MAX_SHEET_NAME = 31;

/** Replaces characters Excel refuses in sheet names and trims to 31 characters. */
function cleanSheetName(name: string): string {
  let cleaned = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  if (cleaned === "" || cleaned.toLowerCase() === "history")
    cleaned = cleaned === "" ? "Sheet" : `${cleaned} (1)`;
  return cleaned.slice(0, MAX_SHEET_NAME);
}

/**
 * `name` if free, else the first free `alternates` ("Clientes del mapa" for "Clientes"), else "name (b)",
 * "name (c)"... — a letter reads as "the second one", where "name (2)" reads like a copy Excel made — then
 * "name (27)"... after "z" (shortening the base so the suffix fits in 31 characters). `taken` holds
 * lower-cased names; the chosen name is added to it.
 */
export function freeSheetName(name: string, taken: Set<string>, alternates: readonly string[] = []): string {
  if (!taken.has(cleanSheetName(name).toLowerCase())) {
    const chosen = cleanSheetName(name);
    taken.add(chosen.toLowerCase());
    return chosen;
  }
  for (const alternate of alternates) {
    const chosen = cleanSheetName(alternate);
    if (!taken.has(chosen.toLowerCase())) {
      taken.add(chosen.toLowerCase());
      return chosen;
    }
  }
  const base = cleanSheetName(name);
  const withSuffix = (suffix: string) => base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = withSuffix(n <= 26 ? ` (${String.fromCharCode(96 + n)})` : ` (${n})`);
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** A valid Excel table name from any text ("Customers 2024" → "Customers_2024"). */
function cleanTableName(name: string): string {
  let cleaned = name.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(cleaned)) cleaned = `T_${cleaned}`;
  // Names that look like cell references (A1, R1C1) are refused by Excel.
  if (/^[A-Za-z]{1,3}\d+$/.test(cleaned) || /^[RrCc]$/.test(cleaned) || /^[Rr]\d*[Cc]\d*$/.test(cleaned))
    cleaned = `T_${cleaned}`;
  return cleaned.slice(0, 255);
}

/** A free table name; `taken` holds lower-cased names and receives the chosen one. */
export function freeTableName(name: string, taken: Set<string>): string {
  const base = cleanTableName(name);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
