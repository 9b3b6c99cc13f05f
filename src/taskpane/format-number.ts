/**
 * Number formatting for the pane (the sheets get Excel number formats from the plan instead). Money carries no
 * currency symbol because the sheet's currency is unknown; large amounts are shortened ("1.2M", "1,2 M").
 */
import type { NumberFormatKind } from "../core/model";
import type { Lang } from "../core/types";

const locales: Record<Lang, string> = { en: "en-US", es: "es-ES" };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}|${key}`;
  let found = cache.get(id);
  if (!found) {
    found = new Intl.NumberFormat(locales[lang], options);
    cache.set(id, found);
  }
  return found;
}

/** Formats `value` for display; `fallback` for null/NaN/±Infinity (never a silent 0). */
export function formatValue(
  value: number | null,
  kind: NumberFormatKind,
  lang: Lang,
  fallback = "–",
): string {
  if (value === null || !Number.isFinite(value)) return fallback;
  switch (kind) {
    case "percent":
      return formatter(lang, "percent", { style: "percent", maximumFractionDigits: 1 }).format(value);
    case "money":
      return Math.abs(value) >= 100_000
        ? formatter(lang, "compact", { notation: "compact", maximumFractionDigits: 1 }).format(value)
        : formatter(lang, "money", { maximumFractionDigits: 0 }).format(value);
    case "integer":
      return formatter(lang, "integer", { maximumFractionDigits: 0 }).format(value);
    case "ratio":
      return `${formatter(lang, "ratio", { maximumFractionDigits: 1 }).format(value)}×`;
    case "days":
      return `${formatter(lang, "integer", { maximumFractionDigits: 0 }).format(value)} ${lang === "es" ? "días" : "days"}`;
    case "months":
      return `${formatter(lang, "ratio", { maximumFractionDigits: 1 }).format(value)} ${lang === "es" ? "meses" : "months"}`;
    case "date": {
      // Epoch days, as everywhere in the core.
      const date = new Date(value * 86_400_000);
      return new Intl.DateTimeFormat(locales[lang], { dateStyle: "medium", timeZone: "UTC" }).format(date);
    }
    default:
      return formatter(lang, "number", { maximumFractionDigits: 2 }).format(value);
  }
}

/** Share 0..1 as a whole-number percent ("42 %" in Spanish, "42%" in English). */
export function formatShare(share: number, lang: Lang): string {
  return formatter(lang, "share", { style: "percent", maximumFractionDigits: 0 }).format(share);
}
