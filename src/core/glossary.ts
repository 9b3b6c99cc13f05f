/**
 * The glossary: one word per concept, in English and Spanish, for every term the product shows a reader
 * (sheets, pane, CLI). Modules that name a concept take it from here (or from role-labels.ts for column
 * roles), so "Ventas" is never "Facturación" elsewhere and "Ticket medio" never "Ticket promedio". The
 * glossary test also uses `TELL_TALE_WORDS` to catch text left in the other language.
 */
import type { PluralForms } from "./format";
import type { Localized } from "./types";
import { type TextLang } from "./language";
import { fromPacks, texts } from "../i18n/texts";

/** Terms a reader sees, one per concept. */
export const GLOSSARY = {
  customerMap: texts((t) => t.core.glossary.customerMap),
  revenue: texts((t) => t.core.glossary.revenue),
  margin: texts((t) => t.core.glossary.margin),
  marginPercent: texts((t) => t.core.glossary.marginPercent),
  averageTicket: texts((t) => t.core.glossary.averageTicket),
  segment: texts((t) => t.core.glossary.segment),
  salesRep: texts((t) => t.core.glossary.salesRep),
  moneyAtStake: texts((t) => t.core.glossary.moneyAtStake),
  revenueChange: texts((t) => t.core.glossary.revenueChange),
  timesTheAverage: texts((t) => t.core.glossary.timesTheAverage),
  churn: texts((t) => t.core.glossary.churn),
  seed: texts((t) => t.core.glossary.seed),
} satisfies Record<string, Localized>;

/** Nouns with their singular and plural, chosen per count with Intl.PluralRules (see `formatCount`). */
export const NOUNS = {
  customer: fromPacks((t) => t.core.glossary.customer),
  month: fromPacks((t) => t.core.glossary.month),
  row: fromPacks((t) => t.core.glossary.row),
  value: fromPacks((t) => t.core.glossary.value),
  profile: fromPacks((t) => t.core.glossary.profile),
  emptyGroup: fromPacks((t) => t.core.glossary.emptyGroup),
  score: fromPacks((t) => t.core.glossary.score),
  referral: fromPacks((t) => t.core.glossary.referral),
} satisfies Record<string, PluralForms>;

/**
 * Words that give away text in the wrong language: English words that should never appear in Spanish output
 * and the reverse. Short, frequent, and not shared by both languages (no "total", "no", "canal"...).
 */
export const TELL_TALE_WORDS: Record<TextLang, readonly string[]> = fromPacks(
  (t) => t.core.glossary.tellTaleWords,
);

const YES_NO: Record<"true" | "false", Localized> = {
  true: texts((t) => t.core.glossary.yesNoTrue),
  false: texts((t) => t.core.glossary.yesNoFalse),
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
    label: texts((t) => t.core.glossary.axesLabel),
    values: {
      "value × margin × trend": texts((t) => t.core.glossary.valuesValueMarginTrend),
      "value × trend": texts((t) => t.core.glossary.valuesValueTrend),
    },
  },
  minSegmentSize: {
    label: texts((t) => t.core.glossary.minSegmentSizeLabel),
  },
  usesTrend: { label: texts((t) => t.core.glossary.usesTrendLabel), values: YES_NO },
  usesRecency: {
    label: texts((t) => t.core.glossary.usesRecencyLabel),
    values: YES_NO,
  },
  scoring: {
    label: texts((t) => t.core.glossary.scoringLabel),
    values: {
      "rank quintiles, ties share the lowest rank": texts(
        (t) => t.core.glossary.valuesRankQuintilesTiesShareTheLowestRank,
      ),
    },
  },
  frequencySource: {
    label: texts((t) => t.core.glossary.frequencySourceLabel),
    values: {
      orders: texts((t) => t.core.glossary.valuesOrders),
      "purchase days": texts((t) => t.core.glossary.valuesPurchaseDays),
    },
  },
  ranking: {
    label: texts((t) => t.core.glossary.rankingLabel),
    values: {
      "revenue, largest first; equal revenue shares a class": texts(
        (t) => t.core.glossary.valuesRevenueLargestFirstEqualRevenueSharesAClass,
      ),
    },
  },
  kMode: {
    label: texts((t) => t.core.glossary.kModeLabel),
    values: {
      auto: texts((t) => t.core.glossary.valuesAuto),
      fixed: texts((t) => t.core.glossary.valuesFixed),
      single: texts((t) => t.core.glossary.valuesSingle),
    },
  },
  k: { label: texts((t) => t.core.glossary.numberOfGroups) },
  meanSilhouette: {
    label: texts((t) => t.core.glossary.meanSilhouetteLabel),
  },
  restarts: { label: texts((t) => t.core.glossary.restartsLabel) },
  protectedAttributesUsed: {
    label: texts((t) => t.core.glossary.protectedAttributesUsedLabel),
    values: YES_NO,
  },
  exclusiveStep: {
    label: texts((t) => t.core.glossary.exclusiveStepLabel),
    values: YES_NO,
  },
  evangelistStep: {
    label: texts((t) => t.core.glossary.evangelistStepLabel),
    values: YES_NO,
  },
};

/** Second names for a concept the glossary names once: never shown (checked on every plan and CLI text). */
export const AVOIDED_SYNONYMS: Record<TextLang, readonly string[]> = fromPacks(
  (t) => t.core.glossary.avoidedSynonyms,
);
