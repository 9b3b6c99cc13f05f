/**
 * The currency of the data, so money cells and sentences can carry its symbol: read from the money column's
 * cell number formats (`#,##0.00 "€"`, `"$"#,##0`, `[$€-C0A]`) or from symbols typed in its text cells
 * (`1.234,56 €`, `$ 1,234`). A currency is claimed only when every sampled cell that shows one agrees; with
 * none, or with two different ones, money shows no symbol (the amounts are never converted).
 */
import type { CurrencyCode } from "../format";

const SAMPLE = 200;

/** Symbols and codes per currency, as they appear in format codes and typed text. */
const PATTERNS: [CurrencyCode, RegExp][] = [
  ["EUR", /€|\bEUR\b|\beuros?\b/i],
  ["GBP", /£|\bGBP\b/i],
  // "$" alone is the US dollar for this product; R$, C$, A$, MX$ are other currencies and claim nothing.
  ["USD", /(?:^|[^A-Za-z])\$|\bUSD\b|\bUS\$/i],
];
const OTHER_DOLLAR = /(?:R|C|A|MX|NZ|HK|S)\$/;

function currencyIn(text: string): CurrencyCode | null | "none" {
  if (OTHER_DOLLAR.test(text)) return null;
  for (const [code, pattern] of PATTERNS) if (pattern.test(text)) return code;
  return "none";
}

/**
 * The currency the sampled cells of a money column agree on, or null. `formats` are the cells' number format
 * codes (may be missing), `texts` the cells' typed text (numbers are ignored).
 */
export function detectCurrency(
  formats: readonly (string | undefined)[],
  texts: readonly unknown[],
): CurrencyCode | null {
  const seen = new Set<CurrencyCode>();
  let foreign = false;
  const look = (text: string) => {
    const found = currencyIn(text);
    if (found === null) foreign = true;
    else if (found !== "none") seen.add(found);
  };
  for (let i = 0; i < Math.min(SAMPLE, formats.length); i++) {
    const format = formats[i];
    // Quoted literals and [$€-xxx] locale tags both carry the symbol; other text in a code is not money.
    if (format) look(format.replace(/\\/g, ""));
  }
  for (let i = 0; i < Math.min(SAMPLE, texts.length); i++) {
    const text = texts[i];
    if (typeof text === "string" && /\d/.test(text)) look(text);
  }
  return !foreign && seen.size === 1 ? [...seen][0] : null;
}
