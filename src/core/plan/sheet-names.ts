/**
 * Localized names of the sheets the add-in and the CLI create. Renderers recognise their own sheets by
 * `SheetKey` (and these names) on re-run; a user's sheet with the same name is never theirs to replace.
 */
import type { Lang, Localized } from "../types";
import type { SheetKey } from "./workbook-plan";
import { tr } from "../language";

export const SHEET_NAMES: Record<SheetKey, Localized> = {
  map: { en: "Customer Map", es: "Mapa de clientes" },
  segments: { en: "Segments", es: "Segmentos" },
  customers: { en: "Customers", es: "Clientes" },
  insights: { en: "Insights", es: "Singularidades" },
  about: { en: "About this map", es: "Acerca de este mapa" },
  // Named in the reader's language; a map rebuilt in the other language (or over a file from before the
  // names were localized) still finds the previous record: see `sheetNameCandidates`.
  history: { en: "Map history", es: "Historial del mapa" },
};

/** Names a sheet of this key carried in earlier versions, still recognised on re-run. */
const LEGACY_NAMES: Partial<Record<SheetKey, string[]>> = { history: ["CMAP history"] };

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
  return tr(SHEET_NAMES[key], lang);
}

/** All names a sheet of this key may carry (any language), for recognising it on re-run. */
export function sheetNameCandidates(key: SheetKey): string[] {
  const names = SHEET_NAMES[key];
  return [...new Set([names.en, names.es, ...(LEGACY_NAMES[key] ?? [])])];
}
