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
  patterns: { en: "Patterns", es: "Patrones" },
  about: { en: "About this map", es: "Acerca de este mapa" },
  // Named in the reader's language; a map rebuilt in the other language (or over a file from before the
  // names were localized) still finds the previous record: see `sheetNameCandidates`.
  history: { en: "Map history", es: "Historial del mapa" },
};

/**
 * The name a sheet takes when the user already has a sheet with its name (the Spanish sample's "Clientes"
 * sheet, the user's own "Customers"): a name that reads as the map's own, never "Clientes (2)". Only when
 * this one is taken too does the renderer fall back to a letter ("Clientes del mapa (b)").
 */
export const ALTERNATE_SHEET_NAMES: Record<SheetKey, Localized> = {
  map: { en: "Customer Map (new)", es: "Mapa de clientes (nuevo)" },
  segments: { en: "Map segments", es: "Segmentos del mapa" },
  customers: { en: "Map customers", es: "Clientes del mapa" },
  insights: { en: "Map insights", es: "Singularidades del mapa" },
  patterns: { en: "Map patterns", es: "Patrones del mapa" },
  about: { en: "About the new map", es: "Acerca del nuevo mapa" },
  history: { en: "Customer map history", es: "Historial del mapa de clientes" },
};

/**
 * The alternate name of a sheet planned as `plannedName`, in the language that name is in (the renderer
 * knows the plan's names, not its language); none for a name that is not one of ours.
 */
export function alternateSheetName(key: SheetKey, plannedName: string): string | undefined {
  const names = SHEET_NAMES[key];
  if (plannedName === names.en) return ALTERNATE_SHEET_NAMES[key].en;
  if (plannedName === names.es) return ALTERNATE_SHEET_NAMES[key].es;
  return undefined;
}

/** Names a sheet of this key carried in earlier versions, still recognised on re-run. */
const LEGACY_NAMES: Partial<Record<SheetKey, string[]>> = { history: ["CMAP history"] };

/** Display order of the sheets in the workbook. */
export const SHEET_ORDER: readonly SheetKey[] = [
  "map",
  "segments",
  "customers",
  "insights",
  "patterns",
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
