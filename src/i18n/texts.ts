/**
 * The language packs: every user-visible text of the product, one file per area in each language's folder
 * (src/i18n/en, src/i18n/es). Code never writes a text itself; it picks one from the packs:
 *
 *   texts((t) => t.plan.aboutSheet.title)               // => { en: "About this map", es: "Acerca de este mapa" }
 *   texts((t) => t.plan.customersSheet.skipped(count))  // a whole sentence with its placeholders filled
 *   texts((t, textLang) => t.segment.abc.share(formatPercent(share, textLang)))  // figures formatted per language
 *
 * The English pack defines the shape (`Texts`); every other pack is typed by it, so the compiler rejects a
 * missing, extra or differently-parametrized text. Sentences are whole, with named placeholders, because
 * word order differs between languages. Adding a language is adding its folder (a copy of src/i18n/en,
 * translated) plus its line in `PACKS` and its conventions in src/core/language.ts (README, "Adding a language").
 * An ESLint rule forbids `{ en: …, es: … }` text literals anywhere else.
 */
import { perTextLanguage, type Localized, type TextLang } from "../core/language";
import { en } from "./en";
import { es } from "./es";

/** The shape of every language pack: the English pack's areas, files, keys and placeholders. */
export type Texts = typeof en;

/** The pack of each language with texts. */
const PACKS: Record<TextLang, Texts> = { en, es };

/**
 * One text in every language, picked from the packs by the same path.
 *
 * @example
 * texts((t) => t.core.glossary.customer) // => { en: "Customer", es: "Cliente" }
 */
export function texts(pick: (pack: Texts, lang: TextLang) => string): Localized {
  return perTextLanguage((lang) => pick(PACKS[lang], lang));
}
