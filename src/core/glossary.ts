/**
 * The glossary: one word per concept, in English and Spanish, for every term the product shows a reader
 * (sheets, pane, CLI). Modules that name a concept take it from here (or from role-labels.ts for column
 * roles), so "Ventas" is never "Facturación" elsewhere and "Ticket medio" never "Ticket promedio". The
 * glossary test also uses `TELL_TALE_WORDS` to catch text left in the other language.
 */
import type { PluralForms } from "./format";
import type { Localized } from "./types";
import { type TextLang } from "./language";

/** Terms a reader sees, one per concept. */
export const GLOSSARY = {
  customerMap: { en: "Customer Map", es: "Mapa de clientes" },
  revenue: { en: "Revenue", es: "Ventas" },
  margin: { en: "Margin", es: "Margen" },
  marginPercent: { en: "Margin %", es: "Margen %" },
  averageTicket: { en: "Average ticket", es: "Ticket medio" },
  segment: { en: "Segment", es: "Segmento" },
  salesRep: { en: "Sales rep", es: "Comercial" },
  moneyAtStake: { en: "Money at stake", es: "Importe en juego" },
  revenueChange: { en: "Revenue change vs previous period", es: "Variación de ventas vs periodo anterior" },
  timesTheAverage: { en: "Times the average", es: "Veces la media" },
  churn: { en: "churn", es: "abandono" },
  seed: { en: "Repeat code (same code, same map)", es: "Código de repetición (mismo código, mismo mapa)" },
} satisfies Record<string, Localized>;

/** Nouns with their singular and plural, chosen per count with Intl.PluralRules (see `formatCount`). */
export const NOUNS = {
  customer: { en: ["customer", "customers"], es: ["cliente", "clientes"] },
  month: { en: ["month", "months"], es: ["mes", "meses"] },
  row: { en: ["row", "rows"], es: ["fila", "filas"] },
  value: { en: ["value", "values"], es: ["valor", "valores"] },
  profile: {
    en: ["distinct customer profile", "distinct customer profiles"],
    es: ["perfil de cliente distinto", "perfiles de cliente distintos"],
  },
  emptyGroup: { en: ["empty cluster", "empty clusters"], es: ["grupo vacío", "grupos vacíos"] },
  score: { en: ["score", "scores"], es: ["puntuación", "puntuaciones"] },
  item: { en: ["item", "items"], es: ["elemento", "elementos"] },
  referral: { en: ["referral", "referrals"], es: ["recomendación", "recomendaciones"] },
} satisfies Record<string, PluralForms>;

/**
 * Words that give away text in the wrong language: English words that should never appear in Spanish output
 * and the reverse. Short, frequent, and not shared by both languages (no "total", "no", "canal"...).
 */
export const TELL_TALE_WORDS: Record<TextLang, readonly string[]> = {
  // Found in Spanish text → English left behind.
  en: [
    "the",
    "and",
    "with",
    "customers",
    "revenue",
    "margin",
    "set",
    "change",
    "random",
    "seed",
    "lift",
    "silence",
    "limit",
    "value",
    "true",
    "false",
    "axes",
  ],
  // Found in English text → Spanish left behind.
  es: [
    "el",
    "los",
    "las",
    "clientes",
    "ventas",
    "margen",
    "con",
    "para",
    "del",
    "facturación",
    "límite",
    "silencio",
    "sí",
  ],
};

const YES_NO: Record<"true" | "false", Localized> = {
  true: { en: "Yes", es: "Sí" },
  false: { en: "No", es: "No" },
};

/** A method setting as the About sheet shows it: its name in words and, for coded values, the value too. */
interface SettingTerm {
  label: Localized;
  values?: Record<string, Localized>;
}

/**
 * The method settings a reader can use to understand or repeat a map, in words. Settings not listed here are
 * internal diagnostics (iterations, per-k scores...): kept in the history record and the JSON, not shown.
 */
export const SETTING_TERMS: Record<string, SettingTerm> = {
  axes: {
    label: { en: "Map axes", es: "Ejes del mapa" },
    values: {
      "value × margin × trend": { en: "value × margin × trend", es: "valor × margen × tendencia" },
      "value × trend": { en: "value × trend", es: "valor × tendencia" },
    },
  },
  minSegmentSize: {
    label: {
      en: "Smallest segment worth acting on (customers)",
      es: "Tamaño mínimo de un segmento para actuar (clientes)",
    },
  },
  usesTrend: { label: { en: "Uses the revenue trend", es: "Usa la tendencia de ventas" }, values: YES_NO },
  usesRecency: {
    label: { en: "Uses days since last purchase", es: "Usa los días desde la última compra" },
    values: YES_NO,
  },
  scoring: {
    label: { en: "How scores are given", es: "Cómo se puntúa" },
    values: {
      "rank quintiles, ties share the lowest rank": {
        en: "by position in fifths; equal values share the lower score",
        es: "por posición en quintos; los valores iguales comparten la puntuación más baja",
      },
    },
  },
  frequencySource: {
    label: { en: "Frequency counted from", es: "Frecuencia contada a partir de" },
    values: {
      orders: { en: "orders", es: "pedidos" },
      "purchase days": { en: "purchase days", es: "días de compra" },
    },
  },
  ranking: {
    label: { en: "Order of customers", es: "Orden de los clientes" },
    values: {
      "revenue, largest first; equal revenue shares a class": {
        en: "revenue, largest first; equal revenue shares a class",
        es: "ventas, de mayor a menor; ventas iguales comparten clase",
      },
    },
  },
  kMode: {
    label: { en: "How the number of groups was chosen", es: "Cómo se eligió el número de grupos" },
    values: {
      auto: { en: "automatically (best separation)", es: "automáticamente (mejor separación)" },
      fixed: { en: "set by the user", es: "indicado por el usuario" },
      single: { en: "one group only", es: "un solo grupo" },
    },
  },
  k: { label: { en: "Number of groups", es: "Número de grupos" } },
  meanSilhouette: {
    label: { en: "Separation between groups (−1 to 1)", es: "Separación entre grupos (−1 a 1)" },
  },
  restarts: { label: { en: "Attempts (the best is kept)", es: "Intentos (se conserva el mejor)" } },
  protectedAttributesUsed: {
    label: { en: "Protected attributes used", es: "Atributos protegidos usados" },
    values: YES_NO,
  },
  exclusiveStep: {
    label: { en: "Exclusive step (share of wallet)", es: "Paso exclusivo (cuota de cliente)" },
    values: YES_NO,
  },
  evangelistStep: {
    label: { en: "Evangelist step (referrals)", es: "Paso evangelizador (recomendaciones)" },
    values: YES_NO,
  },
};

/** Second names for a concept the glossary names once: never shown (checked on every plan and CLI text). */
export const AVOIDED_SYNONYMS: Record<TextLang, readonly string[]> = {
  en: ["lift", "Random seed", "Silence limit"],
  es: [
    "Ticket promedio",
    "Mapa de Clientes",
    "lift",
    "Semilla aleatoria",
    "Límite de silencio",
    // "Ventas" is the glossary's word for revenue; "facturación" elsewhere would read as a second figure.
    "facturación",
    "Facturación",
  ],
};
