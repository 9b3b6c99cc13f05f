/**
 * Parameter names of the CMAP functions in both languages, for messages ("orders (row 3) is ..."): the English
 * name of functions.ts and the Spanish one of the function metadata pack (src/i18n/es/function-metadata.ts).
 */
import type { Localized } from "../core/types";
import { FUNCTION_CATALOG } from "../i18n/es/function-metadata";

const BY_ID = new Map(FUNCTION_CATALOG.map((f) => [f.id, f]));

/** A parameter's name in both languages, for messages ("orders (row 3) is ..."). Throws on an unknown id (a bug). */
export function parameterName(functionId: string, index: number): Localized {
  const entry = BY_ID.get(functionId);
  const parameter = entry?.parameters[index];
  if (!parameter) throw new Error(`function-catalog: no parameter ${index} for ${functionId}`);
  return { en: parameter.en, es: parameter.es };
}

/** All parameter names of a function, in order. */
export function parameterNames(functionId: string): Localized[] {
  const entry = BY_ID.get(functionId);
  if (!entry) throw new Error(`function-catalog: unknown function ${functionId}`);
  return entry.parameters.map((p) => ({ en: p.en, es: p.es }));
}
