/**
 * The language of the custom functions' texts: Office's display language when the runtime has one
 * ("es-ES", "es-MX"... → Spanish; "qps-ploc", Office's pseudo-locale → the tests' pseudo-locale), English
 * otherwise (Jest, Node, or Office not ready yet).
 */
import { langFromTag, type Lang } from "../core/language";
import { officeDisplayLanguage } from "../office/office-ready";

/** Office's display language, guarded: never throws, "en" when Office or its context is absent. */
export function userLanguage(): Lang {
  return langFromTag(officeDisplayLanguage());
}
