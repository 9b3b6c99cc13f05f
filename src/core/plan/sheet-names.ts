/**
 * Localized names of the sheets the add-in and the CLI create. Renderers recognise their own sheets by
 * `SheetKey` (and these names) on re-run; a user's sheet with the same name is never theirs to replace.
 */
import type { Lang, Localized } from "../types";
import type { SheetKey } from "./workbook-plan";
import { TEXT_LANGUAGES, tr } from "../language";
import { texts } from "../../i18n/texts";

export const SHEET_NAMES: Record<SheetKey, Localized> = {
  map: texts((t) => t.plan.sheetNames.sheetNamesMap),
  segments: texts((t) => t.plan.sheetNames.sheetNamesSegments),
  customers: texts((t) => t.plan.sheetNames.sheetNamesCustomers),
  insights: texts((t) => t.plan.sheetNames.sheetNamesInsights),
  patterns: texts((t) => t.plan.sheetNames.sheetNamesPatterns),
  about: texts((t) => t.plan.sheetNames.sheetNamesAbout),
  // Named in the reader's language; a map rebuilt in the other language (or over a file from before the
  // names were localized) still finds the previous record: see `sheetNameCandidates`.
  history: texts((t) => t.plan.sheetNames.sheetNamesHistory),
};

/**
 * The name a sheet takes when the user already has a sheet with its name (the Spanish sample's "Clientes"
 * sheet, the user's own "Customers"): a name that reads as the map's own, never "Clientes (2)". Only when
 * this one is taken too does the renderer fall back to a letter ("Clientes del mapa (b)").
 */
const ALTERNATE_SHEET_NAMES: Record<SheetKey, Localized> = {
  map: texts((t) => t.plan.sheetNames.alternateSheetNamesMap),
  segments: texts((t) => t.plan.sheetNames.alternateSheetNamesSegments),
  customers: texts((t) => t.plan.sheetNames.alternateSheetNamesCustomers),
  insights: texts((t) => t.plan.sheetNames.alternateSheetNamesInsights),
  patterns: texts((t) => t.plan.sheetNames.alternateSheetNamesPatterns),
  about: texts((t) => t.plan.sheetNames.alternateSheetNamesAbout),
  history: texts((t) => t.plan.sheetNames.alternateSheetNamesHistory),
};

/**
 * The alternate name of a sheet planned as `plannedName`, in the language that name is in (the renderer
 * knows the plan's names, not its language); none for a name that is not one of ours.
 */
export function alternateSheetName(key: SheetKey, plannedName: string): string | undefined {
  const names = SHEET_NAMES[key];
  const lang = TEXT_LANGUAGES.find((candidate) => names[candidate] === plannedName);
  return lang === undefined ? undefined : ALTERNATE_SHEET_NAMES[key][lang];
}

/** Names a sheet of this key carried in earlier versions, still recognised on re-run. */
const LEGACY_NAMES: Partial<Record<SheetKey, string[]>> = { history: ["CMAP history"] };

export function sheetName(key: SheetKey, lang: Lang): string {
  return tr(SHEET_NAMES[key], lang);
}

/** All names a sheet of this key may carry (any language), for recognising it on re-run. */
export function sheetNameCandidates(key: SheetKey): string[] {
  const names = SHEET_NAMES[key];
  return [...new Set([...TEXT_LANGUAGES.map((lang) => names[lang]), ...(LEGACY_NAMES[key] ?? [])])];
}
