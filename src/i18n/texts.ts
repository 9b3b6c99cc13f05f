/**
 * The language packs: every user-visible text of the product, one file per area in each language's folder
 * (src/i18n/en, src/i18n/es). Code never writes a text itself; it picks one from the packs:
 *
 *   texts((t) => t.plan.aboutSheet.title)        // => { en: "About this map", es: "Acerca de este mapa" }
 *   texts((t) => t.ltv.backtest.holdoutFigures("12", "10"))  // a whole sentence with its placeholders filled
 *   texts((t, textLang) => t.ltv.backtest.holdoutFigures(formatNumber(x, textLang), …))  // figures per language
 *
 * The English pack defines the shape (`Texts`); every other pack is typed by it, so the compiler rejects a
 * missing, extra or differently-parametrized text. Sentences are whole, with named placeholders, because
 * word order differs between languages. Adding a language is adding its folder (a copy of src/i18n/en,
 * translated) plus its line in `PACKS` and its conventions in src/core/language.ts (README, "Adding a language").
 * An ESLint rule forbids `{ en: …, es: … }` text literals anywhere else.
 */
// Types only from the core's language module: it reads its own texts (language names) from here.
import type { Localized, TextLang } from "../core/language";
import { en } from "./en";
import { es } from "./es";

/** The shape of every language pack: the English pack's areas, files, keys and placeholders. */
export type Texts = typeof en;

/** The pack of each language with texts. */
const PACKS: Record<TextLang, Texts> = { en, es };
const PACK_LANGUAGES = Object.keys(PACKS) as TextLang[];

/**
 * `perTextLanguage` over the packs' languages. Not imported from core/language: that module reads its language
 * names from here while it loads, so importing back would be a load-order cycle.
 */
function perPack<T>(make: (pack: Texts, lang: TextLang) => T): Record<TextLang, T> {
  const table = {} as Record<TextLang, T>;
  for (const lang of PACK_LANGUAGES) table[lang] = make(PACKS[lang], lang);
  return table;
}

/**
 * One text in every language, picked from the packs by the same path; `textLang` is there to format the
 * figures a sentence carries in that language's conventions.
 *
 * @example
 * texts((t) => t.core.glossary.customerMap) // => { en: "Customer Map", es: "Mapa de clientes" }
 */
export function texts(pick: (pack: Texts, textLang: TextLang) => string): Localized {
  return perPack(pick);
}

/**
 * Any entry of every pack by the same path (a word's plural forms, a table of texts), one per language.
 *
 * @example
 * fromPacks((t) => t.core.glossary.customer) // => { en: ["customer", "customers"], es: ["cliente", "clientes"] }
 */
export function fromPacks<T>(pick: (pack: Texts) => T): Record<TextLang, T> {
  return perPack(pick);
}
