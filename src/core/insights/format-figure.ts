/**
 * Number formatting for the sentences of the call list, in English (48,200.5) and Spanish (48.200,5).
 * Written by hand rather than with Intl so the text is identical on every machine (ICU data differs).
 */
import type { Lang, Localized } from "../types";

/** `value` with thousands separators and `decimals` decimals in the given language; "—" when not finite. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(value)) return "—";
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split(".");
  const thousands = lang === "es" ? "." : ",";
  const decimal = lang === "es" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = negative && Number(fixed) !== 0 ? "−" : "";
  return sign + grouped + (fraction ? decimal + fraction : "");
}

/** A fraction as a percentage ("−62 %" / "+15 %" with `signed`). */
export function formatPercent(fraction: number, lang: Lang, decimals = 0, signed = false): string {
  if (!Number.isFinite(fraction)) return "—";
  const text = formatNumber(fraction * 100, lang, decimals);
  const plus = signed && fraction * 100 >= 0.5 * Math.pow(10, -decimals) ? "+" : "";
  return `${plus}${text} %`;
}

/** Builds a Localized text from one template function called per language. */
export function localize(template: (lang: Lang) => string): Localized {
  return { en: template("en"), es: template("es") };
}
