/**
 * Text normalisation shared by header matching, totals detection and missing-value tokens.
 * Pure string work; cost O(length of the text).
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower-cases, removes accents (é → e, ñ → n) and turns every run of punctuation or spaces into one space.
 * `%` becomes the token "pct" and `#`, `nº`, `n°` become "num", because they carry meaning in headers
 * ("Margen %", "# pedidos", "Nº cliente"). Currency symbols are dropped.
 *
 * @example
 * normalizeText("  Facturación (€) ") // => "facturacion"
 */
export function normalizeText(text: string): string {
  return (
    text
      // "CustomerID" → "Customer ID", "unitPrice" → "unit Price": compact exports join words by case.
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .normalize("NFD")
      .replace(COMBINING_MARKS, "")
      .toLowerCase()
      .replace(/%/g, " pct ")
      .replace(/\bn\s*[º°o]\s*\.?(?=\s|$)/g, " num ")
      .replace(/[º°]/g, " ")
      .replace(/#/g, " num ")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
  );
}

/** Words that carry no meaning in a header ("fecha de la compra" = "fecha compra"). */
const STOPWORDS = new Set([
  "de",
  "del",
  "la",
  "el",
  "los",
  "las",
  "the",
  "of",
  "per",
  "por",
  "en",
  "in",
  "a",
  "al",
  "y",
  "and",
  "un",
  "una",
]);

/** Unit words that do not change what a column means ("Ventas (miles €)", "Revenue USD"). */
const NOISE = new Set([
  "eur",
  "euro",
  "euros",
  "usd",
  "dolares",
  "gbp",
  "mxn",
  "k",
  "miles",
  "thousands",
  "eur k",
  "amt",
]);

interface HeaderTokens {
  /** Meaningful tokens, in order. */
  tokens: string[];
  /** A 4-digit year found in the header (e.g. "Ventas 2024"), or NaN. */
  year: number;
}

/** Splits a header into meaningful tokens (stopwords, unit words and years removed; the year kept aside). */
export function headerTokens(header: string): HeaderTokens {
  const words = normalizeText(header)
    .split(" ")
    .filter((word) => word.length > 0);
  const tokens: string[] = [];
  let year = NaN;
  for (const word of words) {
    if (/^(19|20)\d\d$/.test(word)) {
      year = Number(word);
      continue;
    }
    if (STOPWORDS.has(word) || NOISE.has(word)) continue;
    tokens.push(word);
  }
  return { tokens, year };
}
