/**
 * The header vocabulary: for each role, the phrases that name it in each language (from the language packs,
 * src/i18n/<lang>/headers.ts) and in all of them, already normalised (lower case, no accents, no stopwords: see
 * `headerTokens`). Generic words ("id", "total", "status") have a weight below 1 so that a more specific column
 * wins the role.
 */
import { fromPacks } from "../../i18n/texts";
import { TEXT_LANGUAGES } from "../language";
import type { Role } from "../model";
import type { Lang } from "../types";

/** One weighted list of phrases of a pack. */
interface PackPhrases {
  weight: number;
  phrases: readonly string[];
}

interface VocabularyEntry {
  role: Role;
  lang: Lang | "both";
  /** Multiplies the confidence: 1 for specific phrases, lower for generic words. */
  weight: number;
  phrases: readonly string[];
}

/** Phrases written the same in every language (codes, acronyms). */
const EVERY_LANGUAGE: readonly VocabularyEntry[] = [
  { role: "revenue", lang: "both", weight: 0.7, phrases: ["total", "value", "valor"] },
  {
    role: "nps",
    lang: "both",
    weight: 1,
    phrases: ["nps", "net promoter score", "promoter score", "nps score", "puntuacion nps", "indice nps"],
  },
];

/** Roles in the order their phrases are tried (a tie keeps the first). */
const ROLE_ORDER: readonly Role[] = [
  "customerId",
  "customerName",
  "revenue",
  "quantity",
  "unitPrice",
  "marginAmount",
  "marginPercent",
  "cost",
  "previousRevenue",
  "acquisitionSpend",
  "costToServe",
  "orders",
  "onlineShare",
  "referrals",
  "nps",
  "shareOfWallet",
  "date",
  "firstPurchase",
  "lastPurchase",
  "invoiceId",
  "lineNumber",
  "category",
  "region",
  "owner",
  "contact",
  "country",
  "city",
  "sector",
  "channel",
  "size",
  "leadStatus",
  "protected",
];

const PACK_HEADERS = fromPacks((t) => t.headers.roles as Partial<Record<Role, readonly PackPhrases[]>>);

/** Every phrase of every language pack (src/i18n/<lang>/headers.ts) and the shared ones, role by role. */
export const HEADER_VOCABULARY: readonly VocabularyEntry[] = ROLE_ORDER.flatMap((role) => [
  ...TEXT_LANGUAGES.flatMap((lang) =>
    (PACK_HEADERS[lang][role] ?? []).map((entry) => ({
      role,
      lang,
      weight: entry.weight,
      phrases: entry.phrases,
    })),
  ),
  ...EVERY_LANGUAGE.filter((entry) => entry.role === role),
]);

/** Roles whose values are numbers (money, counts, scores). */
export const NUMERIC_ROLES: ReadonlySet<Role> = new Set<Role>([
  "revenue",
  "quantity",
  "unitPrice",
  "marginAmount",
  "cost",
  "orders",
  "previousRevenue",
  "acquisitionSpend",
  "costToServe",
  "referrals",
  "nps",
]);
/** Roles whose values are ratios that may be written as `35%`, 0.35 or 35. */
export const PERCENT_ROLES: ReadonlySet<Role> = new Set<Role>([
  "marginPercent",
  "onlineShare",
  "shareOfWallet",
]);
/** Roles whose values are dates. */
export const DATE_ROLES: ReadonlySet<Role> = new Set<Role>(["date", "firstPurchase", "lastPurchase"]);
/** Roles that may be given to several columns at once. */
export const MULTI_ROLES: ReadonlySet<Role> = new Set<Role>(["protected"]);

export { ROLE_LABELS } from "../role-labels";
