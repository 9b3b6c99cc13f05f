/**
 * Number formatting for the per-customer reasons, in English and Spanish. Hand-written instead of
 * `Intl.NumberFormat` because reasons are built for up to 10^6 customers and the formatter must cost well under
 * a microsecond; the output follows each language's usual separators (en 1,234.5 · es 1.234,5).
 *
 * Rounding is `Number.prototype.toFixed`'s (nearest on the exact binary value, ties up). The whole-number case
 * (decimals = 0, |value| < 2^53), by far the most common, skips `toFixed` and groups digits arithmetically:
 * `Math.round` on a non-negative value is the same rounding, exactly, so the text is identical.
 */
import type { Lang } from "../types";

/** 2^53: below it every integer is exact, so `%` and `/` by 1000 are exact too. */
const EXACT_INTEGER_LIMIT = 9007199254740992;
const NONZERO_DIGIT = /[1-9]/;

/** `value` with `decimals` decimals and thousands grouping; "n/a" / "n/d" for NaN, "∞" for infinities. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  if (value !== value) return lang === "en" ? "n/a" : "n/d";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "−∞";
  const thousands = lang === "en" ? "," : ".";
  const negative = value < 0;
  const abs = negative ? -value : value;
  if (decimals === 0 && abs < EXACT_INTEGER_LIMIT) {
    const rounded = Math.round(abs);
    const text = rounded < 1000 ? "" + rounded : groupInteger(rounded, thousands);
    return negative && rounded !== 0 ? "−" + text : text;
  }
  const fixed = abs.toFixed(decimals);
  const dot = fixed.indexOf(".");
  const integerLength = dot < 0 ? fixed.length : dot;
  // A separator before every third character from the right of the integer part (also, harmlessly, inside
  // the exponent text toFixed gives from 1e21 on, as the earlier character-by-character version did).
  let end = integerLength % 3 || 3;
  let text = fixed.slice(0, end);
  for (; end < integerLength; end += 3) text += thousands + fixed.slice(end, end + 3);
  if (dot >= 0) text += (lang === "en" ? "." : ",") + fixed.slice(dot + 1);
  return negative && NONZERO_DIGIT.test(fixed) ? "−" + text : text;
}

/** A non-negative integer below 2^53 with a separator every three digits: 1234567 → "1,234,567". */
function groupInteger(integer: number, thousands: string): string {
  let rest = integer;
  let text = "";
  while (rest >= 1000) {
    const group = rest % 1000;
    rest = (rest - group) / 1000;
    text = thousands + (group >= 100 ? "" : group >= 10 ? "0" : "00") + group + text;
  }
  return rest + text;
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
