/**
 * Builds the Spanish per-language metadata (functions.es.json) from the English metadata that
 * custom-functions-metadata generates from functions.ts: same ids, types, dimensionality and options,
 * with the Spanish name, descriptions and parameter names of src/i18n/es/function-metadata.ts. Excel loads it for es-ES
 * through the manifest's <bt:Override Locale="es-ES"> of the metadata URL. Throws when the catalog and the
 * English metadata disagree (a function or parameter missing on either side), so they cannot drift.
 */
import { FUNCTION_CATALOG } from "../i18n/es/function-metadata";

interface MetadataParameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  [key: string]: unknown;
}

export interface FunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

export function buildSpanishMetadata(english: FunctionsMetadata): FunctionsMetadata {
  const catalog = new Map(FUNCTION_CATALOG.map((f) => [f.id, f]));
  const englishIds = new Set(english.functions.map((f) => f.id));
  for (const id of catalog.keys()) {
    if (!englishIds.has(id)) throw new Error(`Spanish catalog has ${id}, which functions.ts does not define`);
  }
  return {
    ...english,
    functions: english.functions.map((fn) => {
      const es = catalog.get(fn.id);
      if (!es) throw new Error(`function ${fn.id} has no Spanish text in src/i18n/es/function-metadata.ts`);
      if (es.parameters.length !== fn.parameters.length) {
        throw new Error(
          `function ${fn.id}: ${fn.parameters.length} parameters in functions.ts, ${es.parameters.length} in the catalog`,
        );
      }
      return {
        ...fn,
        name: es.nameEs,
        description: es.descriptionEs,
        parameters: fn.parameters.map((parameter, i) => {
          if (es.parameters[i].en !== parameter.name) {
            throw new Error(
              `function ${fn.id} parameter ${i + 1}: "${parameter.name}" in functions.ts, "${es.parameters[i].en}" in the catalog`,
            );
          }
          return { ...parameter, name: es.parameters[i].es, description: es.parameters[i].descriptionEs };
        }),
      };
    }),
  };
}
