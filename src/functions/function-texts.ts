/**
 * Every text the CMAP functions put into a cell — the column titles and the messages of their error values —
 * from the language packs (src/i18n/<lang>/function-cells.ts). A typed dictionary like the pane's: the English
 * pack is the shape and every other language must match it key for key (the compiler checks it). Placeholders
 * are `{name}`, filled by `say`; a value that is itself a `Localized` (a parameter's name) is read in the
 * message's language.
 *
 * The functions' names and parameter help that Excel shows while typing are metadata, not cell text: they live in
 * functions.ts (English JSDoc) and src/i18n/es/function-metadata.ts (Spanish).
 */
import { GLOSSARY } from "../core/glossary";
import {
  inLang,
  localize,
  perTextLanguage,
  tr,
  type Lang,
  type Localized,
  type TextLang,
} from "../core/language";
import { fillTemplate } from "../core/text";
import { fromPacks, type Texts } from "../i18n/texts";

/** The cell texts of one language: the pack's, and the segment column's title from the glossary. */
type FunctionTexts = Texts["functionCells"] & { segmentTitle: string };
type FunctionTextKey = keyof FunctionTexts;

const CELL_TEXTS = fromPacks((t) => t.functionCells);

export const FUNCTION_TEXTS: Readonly<Record<TextLang, FunctionTexts>> = perTextLanguage((lang) => ({
  segmentTitle: GLOSSARY.segment[lang],
  ...CELL_TEXTS[lang],
}));

/** A value for a placeholder: the data's own text or a number as is, a Localized in the message's language. */
type TextValue = string | number | Localized;

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
