/**
 * The language of the custom functions' messages: Office's display language when the runtime has one
 * ("es-ES", "es-MX"... → Spanish), English otherwise (Jest, Node, or Office not ready yet).
 */
import type { Lang } from "../core/types";
import { officeDisplayLanguage } from "../office/office-ready";

/** Maps a BCP-47 tag to one of our languages: "es…" → "es", anything else → "en". */
export function languageFromTag(tag: string | undefined | null): Lang {
  return typeof tag === "string" && tag.toLowerCase().startsWith("es") ? "es" : "en";
}

/** Office's display language, guarded: never throws, "en" when Office or its context is absent. */
export function userLanguage(): Lang {
  return languageFromTag(officeDisplayLanguage());
}
