/**
 * Every text the CMAP functions put into a cell — the column titles and the messages of their error values —
 * in English and Spanish. A typed dictionary like the pane's: `FunctionTexts` is the English shape and Spanish
 * must match it key for key (the compiler checks it). Placeholders are `{name}`, filled by `say`; a value that
 * is itself a `Localized` (a parameter's name) is read in the message's language.
 *
 * The functions' names and parameter help that Excel shows while typing are metadata, not cell text: they live in
 * functions.ts (English JSDoc) and function-catalog.ts (Spanish).
 */
import { GLOSSARY } from "../core/glossary";
import { inLang, localize, tr, type Lang, type Localized, type TextLang } from "../core/language";
import { fillTemplate } from "../core/text";

const en = {
  segmentTitle: GLOSSARY.segment.en,
  reasonTitle: "Reason",
  clusterTitle: "Cluster",
  /** "revenue (row 3)": a parameter's cell inside a range. */
  rowSuffix: " (row {row})",
  /** The word before the last item of a list ("a, b or c"). */
  or: "or",

  notANumber: '{name}{where} is "{text}", not a number: enter a number or leave the cell empty.',
  inputError: "{name}{where} holds the error {code}: fix that cell first.",
  singleValue: "{name} must be a single value, not a range.",
  sizeMismatch: "The ranges have different sizes ({sizes}): give ranges of the same size, or single values.",
  notFinite: "The result is not a finite number: check the inputs of this row.",
  internalError:
    "Internal Customer Map error ({detail}). Check the inputs; if it persists, please report it.",

  negative: "{name}{where} is {value}: it must be 0 or more.",
  divisionByZero: "{name}{where} is 0: cannot divide by 0.",
  closedAboveLeads:
    "{closed}{where} ({value}) exceeds {leads} ({limit}): closed deals are a subset of the leads.",
  keptOutOfRange:
    "Row {row}: the customers kept (end − new = {kept}) must be between 0 and the customers at the start ({start}).",

  rangeSizes: "{name} has {cells} cells and {first} {count}: give ranges of the same size.",
  customerRangeSizes:
    "{name} has {cells} cells and {first} {count}: give ranges of the same size, one row per customer.",
  noUsableRows: "No row has a valid frequency, recency and age: there are no customers to fit the model on.",
  modelNotFitted:
    "The {model} model could not be fitted on these rows: {reason} Give more customers, with repeat purchases.",
  missingMargin: "The margin is missing: give the gross margin as a fraction (0.3 = 30 %).",

  unknownRfmOutput: 'Unknown output "{output}": use "score", "segment", "r", "f" or "m".',
  clusterBadK: "k is {k}: give a whole number of clusters from 1 to the number of usable rows ({rows}).",
  rowHoldsError: 'Row {row}, column "{header}", holds {code}: fix that cell to segment the customer.',
  unknownMethod: 'Unknown method "{text}". Use {methods}.',
  optionNotKeyValue: 'Option "{option}" is not key=value: write e.g. "k=4; seed=7".',
  optionNotNumber: 'Option {key} has the value "{value}": it must be a number.',
};

export type FunctionTexts = typeof en;
export type FunctionTextKey = keyof FunctionTexts;

const es: FunctionTexts = {
  segmentTitle: GLOSSARY.segment.es,
  reasonTitle: "Motivo",
  clusterTitle: "Grupo",
  rowSuffix: " (fila {row})",
  or: "o",

  notANumber: '{name}{where} es "{text}", no un número: escriba un número o deje la celda vacía.',
  inputError: "{name}{where} contiene el error {code}: corrija primero esa celda.",
  singleValue: "{name} debe ser un único valor, no un rango.",
  sizeMismatch:
    "Los rangos tienen tamaños distintos ({sizes}): use rangos del mismo tamaño o valores únicos.",
  notFinite: "El resultado no es un número finito: revise los datos de esta fila.",
  internalError: "Error interno de Customer Map ({detail}). Revise los datos; si persiste, comuníquelo.",

  negative: "{name}{where} es {value}: debe ser 0 o más.",
  divisionByZero: "{name}{where} es 0: no se puede dividir entre 0.",
  closedAboveLeads:
    "{closed}{where} ({value}) supera los {leads} ({limit}): los cerrados son parte de los leads.",
  keptOutOfRange:
    "Fila {row}: los clientes conservados (fin − nuevos = {kept}) deben estar entre 0 y los clientes al inicio ({start}).",

  rangeSizes: "{name} tiene {cells} celdas y {first} {count}: dé rangos del mismo tamaño.",
  customerRangeSizes:
    "{name} tiene {cells} celdas y {first} {count}: dé rangos del mismo tamaño, una fila por cliente.",
  noUsableRows:
    "Ninguna fila tiene frecuencia, recencia y antigüedad válidas: no hay clientes con los que ajustar el modelo.",
  modelNotFitted:
    "No se pudo ajustar el modelo {model} con estas filas: {reason} Dé más clientes, con compras repetidas.",
  missingMargin: "Falta el margen: indique el margen bruto como fracción (0,3 = 30 %).",

  unknownRfmOutput: 'Resultado "{output}" desconocido: use "puntuación", "segmento", "r", "f" o "m".',
  clusterBadK:
    "k es {k}: indique un número entero de grupos entre 1 y el número de filas utilizables ({rows}).",
  rowHoldsError:
    'La fila {row}, columna "{header}", contiene {code}: corrija esa celda para segmentar el cliente.',
  unknownMethod: 'Método desconocido "{text}". Use {methods}.',
  optionNotKeyValue: 'La opción "{option}" no es clave=valor: escriba p. ej. "k=4; semilla=7".',
  optionNotNumber: 'La opción {key} tiene el valor "{value}": debe ser un número.',
};

export const FUNCTION_TEXTS: Readonly<Record<TextLang, FunctionTexts>> = { en, es };

/** A value for a placeholder: the data's own text or a number as is, a Localized in the message's language. */
export type TextValue = string | number | Localized;

/**
 * The text `key` in `lang` with its placeholders filled. O(length of the text).
 *
 * @example
 * say("divisionByZero", "es", { name: { en: "orders", es: "pedidos" }, where: "" }) // => "pedidos es 0: no se puede dividir entre 0."
 */
export function say(
  key: FunctionTextKey,
  lang: Lang,
  values: Readonly<Record<string, TextValue>> = {},
): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values))
    filled[name] = typeof value === "object" ? tr(value, lang) : value;
  return fillTemplate(inLang(FUNCTION_TEXTS, lang)[key], filled);
}

/** The same text in every language, for messages made before the language is known (a CoreError, a parser's). */
export function sayAll(key: FunctionTextKey, values: Readonly<Record<string, TextValue>> = {}): Localized {
  return localize((lang) => say(key, lang, values));
}

/** " (row 3)" after a parameter's name, or nothing for a single value (row 0). */
export function rowSuffix(row: number, lang: Lang): string {
  return row > 0 ? say("rowSuffix", lang, { row }) : "";
}
