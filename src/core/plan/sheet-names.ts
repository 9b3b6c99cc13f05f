/**
 * Localized names of the sheets the add-in and the CLI create. Renderers recognise their own sheets by
 * `SheetKey` (and these names) on re-run; a user's sheet with the same name is never theirs to replace.
 */
import type { Lang, Localized } from "../types";
import type { SheetKey } from "./workbook-plan";

export const SHEET_NAMES: Record<SheetKey, Localized> = {
  map: { en: "Customer Map", es: "Mapa de clientes" },
  segments: { en: "Segments", es: "Segmentos" },
  customers: { en: "Customers", es: "Clientes" },
  insights: { en: "Insights", es: "Singularidades" },
  about: { en: "About this map", es: "Acerca de este mapa" },
  // One name in both languages so a map rebuilt in the other language still finds the previous record.
  history: { en: "CMAP history", es: "CMAP history" },
};

/** Display order of the sheets in the workbook. */
export const SHEET_ORDER: readonly SheetKey[] = [
  "map",
  "segments",
  "customers",
  "insights",
  "about",
  "history",
];

export function sheetName(key: SheetKey, lang: Lang): string {
  return SHEET_NAMES[key][lang];
}

/** All names a sheet of this key may carry (any language), for recognising it on re-run. */
export function sheetNameCandidates(key: SheetKey): string[] {
  const names = SHEET_NAMES[key];
  return names.en === names.es ? [names.en] : [names.en, names.es];
}
