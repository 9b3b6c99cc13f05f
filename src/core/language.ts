/**
 * Languages as data. Every user-visible text is a `Localized` (one entry per language that has texts) and is
 * read through `tr(text, lang)`, never `text[lang]`; tables of texts (a pane dictionary, plural forms) are read
 * through `inLang(table, lang)`. The formatter (src/core/format) takes its conventions (separators, percent
 * spacing, currency position, dates, plural rules) from `LANGUAGES`.
 *
 * The pseudo-locale "qps" has no texts of its own: it is English with every text wrapped in ⟦…⟧, letters
 * accented and lengthened by about 40 %, and English number conventions. Tests render the plan, the CLI and the
 * pane in it: any visible text left unwrapped was not read through `tr`/`inLang` (it is hard-coded), and any
 * that overflows is a layout bug. It is never offered to users (see `DISPLAY_LANGUAGES`).
 *
 * Adding a language (say French): its texts are a folder of language packs (src/i18n/fr, typed by the English
 * pack; see src/i18n/texts.ts); here, add "fr" to `TextLang` and `TEXT_LANGUAGES` and its entry to `LANGUAGES`
 * (conventions). The compiler lists whatever else lacks an `fr` entry (README, "Adding a language").
 */
import { texts, type Texts } from "../i18n/texts";

/** The languages that have their own texts: every `Localized` has one entry per language here. */
export type TextLang = "en" | "es";

/** A display language: a language with texts, or the tests' pseudo-locale derived from one. */
export type Lang = TextLang | "qps";

/** Every user-visible text exists in every language that has texts. */
export type Localized = Record<TextLang, string>;

/** How a language writes numbers, money, percentages and dates (read by src/core/format). */
interface LanguageConventions {
  /** BCP-47 tag for plural rules and `<html lang>`. */
  tag: string;
  /** Also the separator assumed for text numbers whose own digits do not decide it ("6.300"). */
  decimal: "." | ",";
  thousands: string;
  /** "1.4%" (attached) or "1,4 %" (spaced). */
  percent: "attached" | "spaced";
  /** "€1,234" (before) or "1.234 €" (after). */
  currency: "before" | "after";
  /** Units of compact money: 10^9 and 10^6 ("B"/"M" in English; "mil M"/"M" in Spanish). */
  compactUnits: { billion: string; million: string };
  /** Dates in sentences: "Jan 15, 2025" (month name) or "15/01/2025" (day/month/year). */
  dateStyle: "month-name" | "day-month-year";
  /** Short month names, for the month-name style. */
  months?: readonly string[];
  /** Excel number format code of a date cell in this language. */
  excelDate: string;
  /** Order assumed for text dates whose own digits do not decide it ("03/04/2025"): month first or day first. */
  dateOrder: "mdy" | "dmy";
  /** Between the items of a list before its conjunction: "a, b and c" (`listIn`). */
  listSeparator: string;
  /** Between the items of a series, a list without conjunction: row numbers, examples "2, 5, 9" (`seriesIn`). */
  seriesSeparator: string;
  /**
   * The conjunction as written before `next`, where the next word's sound changes it (Spanish "y" → "e" before
   * an i sound, "o" → "u" before an o sound). Absent: the conjunction as it is.
   */
  conjunctionBefore?: (conjunction: string, next: string) => string;
}

interface Language {
  id: Lang;
  /** The language's own name, as its reader would pick it. */
  name: string;
  conventions: LanguageConventions;
  /** The language's name inside a sentence of each language with texts ("Spanish", "español"). */
  nameInText: Localized;
  /** Set on a pseudo-locale: its texts are derived from this language's entries; never shown to users. */
  pseudoOf?: TextLang;
}

/** Start and end of a pseudo-localized text. */
export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

const ACCENTED: Record<string, string> = {
  a: "à",
  b: "ƀ",
  c: "ç",
  d: "ď",
  e: "é",
  g: "ĝ",
  h: "ĥ",
  i: "î",
  k: "ķ",
  l: "ĺ",
  n: "ñ",
  o: "ö",
  r: "ŕ",
  s: "š",
  t: "ţ",
  u: "û",
  w: "ŵ",
  y: "ý",
  z: "ž",
  A: "Å",
  B: "Ɓ",
  D: "Ď",
  G: "Ĝ",
  H: "Ĥ",
  L: "Ĺ",
  R: "Ŕ",
  T: "Ţ",
  Y: "Ý",
  Z: "Ž",
  C: "Ç",
  E: "É",
  I: "Î",
  N: "Ñ",
  O: "Ö",
  S: "Š",
  U: "Û",
};
const PADDING = "·ŀöñĝ ţéxţ ŵîţĥ àççéñţš ";

/**
 * A text as the pseudo-locale shows it: "Revenue" → "⟦Ŕévéñûé·ŀö⟧". Letters accented, about 40 % longer, wrapped
 * in ⟦…⟧; `{placeholders}` are kept as they are so templates still fill. The empty text stays empty.
 *
 * @example
 * pseudoLocalize("Revenue") // => "⟦Ŕévéñûé·ŀö⟧"
 * pseudoLocalize("Sheet {sheet}") // => "⟦Šĥééţ {sheet}·ŀöñĝ ⟧"
 * pseudoLocalize("") // => ""
 */
export function pseudoLocalize(text: string): string {
  if (text === "") return text;
  let out = "";
  let inPlaceholder = false;
  for (const char of text) {
    if (char === "{") inPlaceholder = true;
    out += inPlaceholder ? char : (ACCENTED[char] ?? char);
    if (char === "}") inPlaceholder = false;
  }
  const extra = Math.ceil(text.length * 0.4);
  let padding = "";
  while (padding.length < extra) padding += PADDING;
  return PSEUDO_OPEN + out + padding.slice(0, extra) + PSEUDO_CLOSE;
}

const ENGLISH: LanguageConventions = {
  tag: "en-US",
  decimal: ".",
  thousands: ",",
  percent: "attached",
  currency: "before",
  compactUnits: { billion: "B", million: "M" },
  dateStyle: "month-name",
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  // LCID 409 keeps the month name English whatever the reader's locale.
  excelDate: "[$-409]mmm d, yyyy",
  dateOrder: "mdy",
  listSeparator: ", ",
  seriesSeparator: ", ",
};

/**
 * Spanish "y" and "o" before a word that starts with their own sound: "y" → "e" before i-/hi- ("Ana e Inés",
 * "padres e hijos"; but "agua y hielo": hi + vowel is a y sound), "o" → "u" before o-/ho- ("siete u ocho",
 * "mujer u hombre", "7 u 8"). Letters are compared without case and with their accents ("e Íñigo", "u Óscar").
 *
 * @example
 * listIn("es", ["Ana", "Inés"]) // => "Ana e Inés"
 * listIn("es", ["agua", "hielo"]) // => "agua y hielo"
 * listIn("es", ["minutos", "horas"], "or") // => "minutos u horas"
 */
function spanishConjunction(conjunction: string, next: string): string {
  const word = next
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .toLowerCase()
    .replace(/[íì]/g, "i")
    .replace(/[óò]/g, "o");
  const sound = word.startsWith("h") ? word.slice(1) : word;
  if (conjunction === "y" && sound.startsWith("i") && !(word.startsWith("h") && /^i[aeou]/.test(sound)))
    return "e";
  // Also before figures read with an o: 8… ("ocho", "ochenta", "ochocientos") and 11 ("once").
  if (conjunction === "o" && (sound.startsWith("o") || /^(8|11(?![\d.,]*\d))/.test(word))) return "u";
  return conjunction;
}

/** Every display language, with its conventions. */
export const LANGUAGES: Readonly<Record<Lang, Language>> = {
  en: { id: "en", name: "English", nameInText: texts((t) => t.core.language.english), conventions: ENGLISH },
  es: {
    id: "es",
    name: "Español",
    nameInText: texts((t) => t.core.language.spanish),
    conventions: {
      tag: "es-ES",
      decimal: ",",
      // Spanish groups from 1,000 too, as spreadsheets do, so columns of figures align.
      thousands: ".",
      percent: "spaced",
      currency: "after",
      // "mil M" is Spanish for 10^9 (a "billón" is 10^12 in Spanish).
      compactUnits: { billion: "mil M", million: "M" },
      dateStyle: "day-month-year",
      excelDate: "dd/mm/yyyy",
      dateOrder: "dmy",
      listSeparator: ", ",
      seriesSeparator: ", ",
      conjunctionBefore: spanishConjunction,
    },
  },
  // English conventions; month names are text, so they are pseudo-localized too.
  qps: {
    id: "qps",
    name: "Pseudo",
    nameInText: texts((t) => t.core.language.pseudo),
    conventions: { ...ENGLISH, months: ENGLISH.months?.map((month) => pseudoLocalize(month)) },
    pseudoOf: "en",
  },
};

/** The languages with texts, in the order pickers offer them. */
export const TEXT_LANGUAGES: readonly TextLang[] = ["en", "es"];

/** The languages offered to users (the CLI's --lang, the pane's and the web page's pickers): no pseudo-locale. */
export const DISPLAY_LANGUAGES: readonly TextLang[] = TEXT_LANGUAGES;

/** True for the languages a user may choose ("en", "es"); false for the pseudo-locale and anything else. */
export function isDisplayLang(value: unknown): value is TextLang {
  return typeof value === "string" && (DISPLAY_LANGUAGES as readonly string[]).includes(value);
}

/** True for every display language, pseudo-locale included. */
function isLang(value: unknown): value is Lang {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(LANGUAGES, value);
}

/**
 * A BCP-47 language tag (Office's display language, a browser's) as one of ours, by its primary subtag: "es-ES",
 * "es", "ES-mx" → "es"; "qps-ploc" (Office's own pseudo-locale, a testing mode) → "qps"; anything else → "en".
 *
 * @example
 * langFromTag("es-MX") // => "es"
 * langFromTag("fr-FR") // => "en"
 * langFromTag("qps-ploc") // => "qps"
 */
export function langFromTag(tag: string | undefined | null): Lang {
  const primary = typeof tag === "string" ? tag.trim().toLowerCase().split(/[-_]/)[0] : "";
  return isLang(primary) ? primary : "en";
}

/** The conventions the formatter uses for a language. */
export function conventionsOf(lang: Lang): LanguageConventions {
  return LANGUAGES[lang].conventions;
}

/**
 * A text in a display language: the language's own entry, or for a pseudo-locale the entry of the language it
 * derives from, pseudo-localized. The one way any surface reads a `Localized`.
 * Cost: O(1) for a language with texts, O(length) for the pseudo-locale. Never throws.
 *
 * @example
 * tr({ en: "Revenue", es: "Ventas" }, "es") // => "Ventas"
 * tr({ en: "Revenue", es: "Ventas" }, "qps") // => pseudoLocalize("Revenue")
 * tr(undefined, "en") // => undefined
 */
export function tr(text: Localized, lang: Lang): string;
/** An optional text in a display language; undefined when there is none. */
export function tr(text: Localized | null | undefined, lang: Lang): string | undefined;
export function tr(text: Localized | null | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  const base = LANGUAGES[lang].pseudoOf;
  return base ? pseudoLocalize(text[base]) : text[lang as TextLang];
}

const pseudoTables = new WeakMap<object, unknown>();

/**
 * One language's entry of a table with one entry per language (a dictionary, plural forms, a word list); for
 * a pseudo-locale, its base language's entry with every string inside pseudo-localized (cached per table).
 *
 * @example
 * inLang({ en: ["day", "days"], es: ["día", "días"] }, "es") // => ["día", "días"]
 * inLang({ en: { ok: "OK" }, es: { ok: "Vale" } }, "qps").ok // => pseudoLocalize("OK")
 */
export function inLang<T>(table: Readonly<Record<TextLang, T>>, lang: Lang): T {
  const base = LANGUAGES[lang].pseudoOf;
  if (!base) return table[lang as TextLang];
  const entry = table[base];
  if (typeof entry !== "object" || entry === null) return pseudoDeep(entry) as T;
  let cached = pseudoTables.get(entry) as T | undefined;
  if (cached === undefined) {
    cached = pseudoDeep(entry) as T;
    pseudoTables.set(entry, cached);
  }
  return cached;
}

function pseudoDeep(value: unknown): unknown {
  if (typeof value === "string") return pseudoLocalize(value);
  if (Array.isArray(value)) return value.map(pseudoDeep);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoDeep(inner)]));
  return value;
}

/**
 * One text of the language packs in a display language: `tr(texts(pick), lang)`, for code that already knows
 * the language it writes in (the CLI's reports).
 *
 * @example
 * textIn("es", (t) => t.core.language.english) // => "inglés"
 */
export function textIn(lang: Lang, pick: (pack: Texts, textLang: TextLang) => string): string {
  return tr(texts(pick), lang);
}

/**
 * Builds a Localized text from one template function called per language with texts.
 *
 * @example
 * localize((lang) => (lang === "en" ? "day" : "día")) // => { en: "day", es: "día" }
 */
export function localize(template: (lang: TextLang) => string): Localized {
  return perTextLanguage(template);
}

/** True for a value that holds a text for every language with texts (a Localized that crossed a worker). */
export function isLocalized(value: unknown): value is Localized {
  if (typeof value !== "object" || value === null) return false;
  return TEXT_LANGUAGES.every((lang) => typeof (value as Record<string, unknown>)[lang] === "string");
}

/**
 * A text that reads the same in every language: a name, an id or a label taken from the data, the empty text.
 *
 * @example
 * untranslated("Acme") // => { en: "Acme", es: "Acme" }
 */
export function untranslated(text: string): Localized {
  return perTextLanguage(() => text);
}

/**
 * A table with one entry per language with texts, each made by `make` (word lists, score ranges per language).
 *
 * @example
 * perTextLanguage((lang) => lang.length) // => { en: 2, es: 2 }
 */
export function perTextLanguage<T>(make: (lang: TextLang) => T): Record<TextLang, T> {
  const table = {} as Record<TextLang, T>;
  for (const lang of TEXT_LANGUAGES) table[lang] = make(lang);
  return table;
}

/**
 * A list in a display language's conventions: its items joined by the list separator, the last one after the
 * conjunction ("and" by default, "or" for alternatives), written as the next word asks.
 * Cost: O(total length). Never throws. Not `Intl.ListFormat`: the pseudo-locale has no ICU data and its
 * conjunction must be read from the packs like any other word.
 *
 * @example
 * listIn("en", ["a", "b", "c"]) // => "a, b and c"
 * listIn("es", ["padres", "hijos"]) // => "padres e hijos"
 * listIn("es", ["siete", "ocho"], "or") // => "siete u ocho"
 * listIn("en", ["a"]) // => "a"
 */
export function listIn(lang: Lang, items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  const conventions = conventionsOf(lang);
  const last = items[items.length - 1];
  const word = textIn(lang, (t) => t.core.language[conjunction]);
  const joined = conventions.conjunctionBefore ? conventions.conjunctionBefore(word, last) : word;
  return `${items.slice(0, -1).join(conventions.listSeparator)} ${joined} ${last}`;
}

/**
 * A series in a display language's conventions: items joined by its series separator, no conjunction (row
 * numbers, examples, a list that goes on).
 *
 * @example
 * seriesIn("en", ["2", "5", "9"]) // => "2, 5, 9"
 */
export function seriesIn(lang: Lang, items: readonly (string | number)[]): string {
  return items.join(conventionsOf(lang).seriesSeparator);
}
