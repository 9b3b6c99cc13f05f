/** Small text helpers shared by every layer (one place each: they were copied three times). */
import { localize, type Localized, type TextLang } from "./language";

/** Written by flatText so the engine cannot drop its read as unused. */
let _lastFlatCharacter = 0;

/**
 * The same text, stored flat. Text built by concatenation is kept by the JavaScript engine (V8) as a tree
 * of its pieces, several times the text's own size, until it is first read; reading one character stores it
 * flat. Per-customer texts kept for the whole run (segment reasons) are flattened as they are made, before
 * the garbage collector copies their pieces around: at 10^6 customers that is hundreds of MB and seconds of
 * collection less. Returns `text` itself; nothing observable changes.
 */
export function flatText(text: string): string {
  _lastFlatCharacter = text.charCodeAt(0) | 0;
  return text;
}

/** A localized text made per language with texts by `make`, each stored flat (see flatText). */
export function flatLocalized(make: (lang: TextLang) => string): Localized {
  return localize((lang) => flatText(make(lang)));
}

/**
 * "champions" → "Champions"; the empty string stays empty.
 *
 * @example
 * capitalize("champions") // => "Champions"
 * capitalize("") // => ""
 */
export function capitalize(text: string): string {
  return text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * A title without its subject's name in front ("Acme: sharp drop" → "Sharp drop"), for a line whose heading
 * already names the subject; the first of `subjects` found in front is taken off and the rest capitalized.
 * Empty subjects are ignored; a title without any of them is returned as it is.
 *
 * @example
 * withoutSubject("Acme: sharp drop", ["Acme"]) // => "Sharp drop"
 * withoutSubject("C-17: sharp drop", ["Acme", "C-17"]) // => "Sharp drop"
 * withoutSubject("Sharp drop", ["Acme"]) // => "Sharp drop"
 */
export function withoutSubject(title: string, subjects: readonly string[]): string {
  for (const subject of subjects) {
    const prefix = `${subject}: `;
    if (subject && title.startsWith(prefix)) return capitalize(title.slice(prefix.length));
  }
  return title;
}

/**
 * Fills `{name}` placeholders from `values`; an unknown placeholder stays visible (`{name}`), so a missing
 * value is noticed instead of printing "undefined".
 *
 * @example
 * fillTemplate("Sheet {sheet}", { sheet: "Clientes" }) // => "Sheet Clientes"
 * fillTemplate("Sheet {sheet}", {}) // => "Sheet {sheet}"
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** `fillTemplate` on every language of a Localized. */
export function fillLocalized(
  template: Localized,
  values: Readonly<Record<string, string | number>>,
): Localized {
  return localize((lang) => fillTemplate(template[lang], values));
}

/**
 * A sheet name quoted as a formula or defined name needs it inside a reference: in single quotes, each quote
 * doubled (always quoted, which Excel accepts for any name).
 *
 * @example
 * quotedSheetName("Mapa de clientes") // => "'Mapa de clientes'"
 * quotedSheetName("Bob's") // => "'Bob''s'"
 */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Column letters of a 0-based column index (0 → A, 25 → Z, 26 → AA, 27 → AB).
 *
 * @example
 * columnLetters(0) // => "A"
 * columnLetters(27) // => "AB"
 */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
