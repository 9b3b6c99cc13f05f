/**
 * Number formatting for the per-customer reasons, in English and Spanish. Hand-written instead of
 * `Intl.NumberFormat` because reasons are built for up to 10^6 customers and the formatter must cost well under
 * a microsecond; the output follows each language's usual separators (en 1,234.5 · es 1.234,5).
 */
import type { Lang } from "../types";

const SEPARATORS: Record<Lang, { thousands: string; decimal: string }> = {
  en: { thousands: ",", decimal: "." },
  es: { thousands: ".", decimal: "," },
};

/** `value` with `decimals` decimals and thousands grouping; "n/a" / "n/d" for NaN, "∞" for infinities. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  if (Number.isNaN(value)) return lang === "en" ? "n/a" : "n/d";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  const { thousands, decimal } = SEPARATORS[lang];
  const fixed = Math.abs(value).toFixed(decimals);
  const dot = fixed.indexOf(".");
  const integer = dot < 0 ? fixed : fixed.slice(0, dot);
  let grouped = "";
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) grouped += thousands;
    grouped += integer[i];
  }
  const negative = value < 0 && Number(fixed) !== 0;
  return (negative ? "−" : "") + grouped + (dot < 0 ? "" : decimal + fixed.slice(dot + 1));
}

/** A ratio as a percentage: 0.125 → "12.5%" (en) / "12,5 %" (es). */
export function formatPercent(ratio: number, lang: Lang, decimals = 1): string {
  const number = formatNumber(ratio * 100, lang, decimals);
  if (!Number.isFinite(ratio)) return number;
  return lang === "en" ? `${number}%` : `${number} %`;
}

/** A ratio as a signed change: 0.2 → "+20.0%", −0.35 → "−35.0%". */
export function formatChange(ratio: number, lang: Lang, decimals = 1): string {
  const text = formatPercent(ratio, lang, decimals);
  return ratio > 0 && Number.isFinite(ratio) ? `+${text}` : text;
}
