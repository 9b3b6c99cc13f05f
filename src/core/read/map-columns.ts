/**
 * Gives each column a role from its header (English or Spanish; case, accents, punctuation, plurals,
 * synonyms, abbreviations), with a confidence and the reason. Ambiguous and unknown headers stay unmapped;
 * columns whose values contradict the header (text in a "Sales rep" column matched as sales) are unmapped
 * by the caller's `validate`. Overrides by exact header win over everything.
 *
 * Cost: O(columns × vocabulary), independent of the row count.
 */
import type { ColumnMapping, Role } from "../model";
import type { Lang, Localized } from "../types";
import { HEADER_VOCABULARY, MULTI_ROLES, ROLE_LABELS } from "./header-dictionary";
import { headerTokens } from "./text-normalize";
import { untranslated } from "../language";
import { texts } from "../../i18n/texts";

interface CompiledPhrase {
  role: Role;
  lang: Lang | "both";
  weight: number;
  tokens: string[];
  text: string;
}

const COMPILED: CompiledPhrase[] = [];
for (const entry of HEADER_VOCABULARY) {
  for (const phrase of entry.phrases) {
    const tokens = headerTokens(phrase).tokens;
    if (tokens.length > 0) {
      COMPILED.push({
        role: entry.role,
        lang: entry.lang,
        weight: entry.weight,
        tokens,
        text: tokens.join(" "),
      });
    }
  }
}

interface HeaderMatch {
  role: Role;
  confidence: number;
  /** The vocabulary phrase that matched. */
  phrase: string;
  lang: Lang | "both";
  /** True when the phrase is the whole header (not just part of it). */
  whole: boolean;
  /** True for generic words ("cliente", "id", "total") that yield to a more specific column. */
  generic: boolean;
  year: number;
  /** A different role that matched equally well: the header is ambiguous. */
  alternative: Role | null;
}

function tokenEquals(headerToken: string, phraseToken: string): number {
  if (headerToken === phraseToken) return 1;
  // Plurals: "ventas"/"venta", "clientes"/"cliente", "orders"/"order", "categorias"/"categoria".
  if (headerToken.length > phraseToken.length && headerToken.startsWith(phraseToken)) {
    const suffix = headerToken.slice(phraseToken.length);
    if (suffix === "s" || suffix === "es") return 0.95;
  }
  return 0;
}

/** Best match of the phrase inside the header tokens (contiguous), 0 when absent. */
function phraseScore(tokens: readonly string[], phrase: readonly string[]): number {
  let best = 0;
  for (let start = 0; start + phrase.length <= tokens.length; start++) {
    let factor = 1;
    for (let k = 0; k < phrase.length && factor > 0; k++) factor *= tokenEquals(tokens[start + k], phrase[k]);
    if (factor > best) best = factor;
  }
  return best;
}

/**
 * The role a header names, or null when nothing in the vocabulary matches. Confidence: 1 for a whole-header
 * synonym, 0.6–0.9 when the synonym is only part of the header, times the phrase weight (generic words < 1).
 */
export function matchHeader(header: string): HeaderMatch | null {
  const { tokens, year } = headerTokens(header);
  if (tokens.length === 0) return null;
  const bestByRole = new Map<Role, { score: number; phrase: CompiledPhrase; whole: boolean }>();
  for (const phrase of COMPILED) {
    if (phrase.tokens.length > tokens.length) continue;
    const factor = phraseScore(tokens, phrase.tokens);
    if (factor === 0) continue;
    const whole = phrase.tokens.length === tokens.length;
    const coverage = whole ? 1 : 0.6 + (0.3 * phrase.tokens.length) / tokens.length;
    const score = phrase.weight * coverage * factor;
    const current = bestByRole.get(phrase.role);
    if (!current || score > current.score) bestByRole.set(phrase.role, { score, phrase, whole });
  }
  if (bestByRole.size === 0) return null;
  const ranked = [...bestByRole.entries()].sort((a, b) => b[1].score - a[1].score);
  const [role, best] = ranked[0];
  const second = ranked[1];
  const alternative = second && best.score - second[1].score < 0.02 ? second[0] : null;
  return {
    role,
    confidence: Math.round(best.score * 100) / 100,
    phrase: best.phrase.text,
    lang: best.phrase.lang,
    whole: best.whole,
    generic: best.phrase.weight < 1,
    year,
    alternative,
  };
}

/** Language the headers are written in, by the matched phrases (ties and no evidence: null). */
export function headerLanguage(headers: readonly string[]): Lang | null {
  const votes = new Map<Lang, number>();
  for (const header of headers) {
    const match = matchHeader(header);
    if (match && match.lang !== "both") votes.set(match.lang, (votes.get(match.lang) ?? 0) + 1);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return null;
  return ranked[0][0];
}

const label = (role: Role): Localized => ROLE_LABELS[role];

function unmapped(column: number, header: string, reason: Localized): ColumnMapping {
  return { column, header, role: null, confidence: 0, reason };
}

interface MapColumnsOptions {
  overrides?: Record<string, Role | null>;
  /**
   * Checks a candidate role against the column's values; returns why the values contradict the header, or
   * null when they fit. Called once per matched column.
   */
  validate?: (column: number, role: Role) => Localized | null;
}

/**
 * Maps every header to a role. Each role (except "protected") goes to at most one column: the most confident;
 * with several revenue columns that carry years ("Ventas 2023", "Ventas 2024"), the latest year is revenue
 * and the year before is previous-period revenue. A generic customer column ("Cliente") beside a specific
 * id column ("Código cliente") becomes the customer name.
 */
export function mapColumns(headers: readonly string[], options: MapColumnsOptions = {}): ColumnMapping[] {
  const overrides = options.overrides ?? {};
  const result: ColumnMapping[] = headers.map((header) => unmapped(0, header, untranslated("")));
  const matches: (HeaderMatch | null)[] = headers.map(() => null);
  const fixedRoles = new Set<Role>();

  headers.forEach((header, column) => {
    const key = Object.prototype.hasOwnProperty.call(overrides, header)
      ? header
      : Object.prototype.hasOwnProperty.call(overrides, header.trim())
        ? header.trim()
        : null;
    if (key !== null) {
      const role = overrides[key];
      result[column] =
        role === null
          ? unmapped(
              column,
              header,
              texts((t) => t.read.mapColumns.leftUnmappedByYou),
            )
          : { column, header, role, confidence: 1, reason: texts((t) => t.read.mapColumns.setByYou) };
      if (role) fixedRoles.add(role);
      return;
    }
    const match = matchHeader(header);
    if (header.trim().length === 0) {
      result[column] = unmapped(
        column,
        header,
        texts((t) => t.read.mapColumns.columnWithoutAHeader),
      );
    } else if (!match) {
      result[column] = unmapped(
        column,
        header,
        texts((t) => t.read.mapColumns.headerMatchesNoKnown(header)),
      );
    } else if (match.alternative) {
      const alternative = match.alternative;
      result[column] = unmapped(
        column,
        header,
        texts((t, textLang) =>
          t.read.mapColumns.headerAmbiguous(
            header,
            label(match.role)[textLang],
            label(alternative)[textLang],
          ),
        ),
      );
    } else {
      const rejection = options.validate ? options.validate(column, match.role) : null;
      if (rejection) {
        result[column] = unmapped(column, header, rejection);
      } else {
        matches[column] = match;
        result[column] = {
          column,
          header,
          role: match.role,
          confidence: match.confidence,
          reason: match.whole
            ? texts((t, textLang) => t.read.mapColumns.headerKnownName(header, label(match.role)[textLang]))
            : texts((t, textLang) =>
                t.read.mapColumns.headerContainsAName(header, match.phrase, label(match.role)[textLang]),
              ),
        };
      }
    }
  });

  // One column per role: resolve conflicts among automatic matches.
  const byRole = new Map<Role, number[]>();
  result.forEach((mapping, column) => {
    if (mapping.role && matches[column]) {
      const list = byRole.get(mapping.role) ?? [];
      list.push(column);
      byRole.set(mapping.role, list);
    }
  });
  const taken = (role: Role): boolean =>
    fixedRoles.has(role) ||
    result.some((mapping, column) => mapping.role === role && matches[column] !== null);

  // Revenue columns with years: the latest is revenue, the one before is the previous period.
  const revenueColumns = byRole.get("revenue") ?? [];
  const withYears = revenueColumns.filter((column) => !Number.isNaN(matches[column]!.year));
  if (withYears.length >= 2 && !fixedRoles.has("revenue")) {
    withYears.sort((a, b) => matches[b]!.year - matches[a]!.year);
    const [latest, previous] = withYears;
    const latestYear = matches[latest]!.year;
    const previousYear = matches[previous]!.year;
    result[latest] = {
      ...result[latest],
      reason: texts((t) => t.read.mapColumns.latestYearAmong(latestYear)),
    };
    if (!(byRole.get("previousRevenue")?.length ?? 0) && !fixedRoles.has("previousRevenue")) {
      result[previous] = {
        ...result[previous],
        role: "previousRevenue",
        reason: texts((t) => t.read.mapColumns.revenueOfTheYear(previousYear, headers[latest])),
      };
      byRole.set("previousRevenue", [previous]);
    }
    // The latest year first, so it wins the role below; the previous year no longer competes.
    byRole.set("revenue", [
      latest,
      ...revenueColumns.filter((column) => column !== latest && result[column].role === "revenue"),
    ]);
  }

  for (const [role, columns] of byRole) {
    if (MULTI_ROLES.has(role)) continue;
    const candidates = columns.filter((column) => result[column].role === role);
    if (fixedRoles.has(role)) {
      for (const column of candidates) {
        result[column] = unmapped(
          column,
          headers[column],
          texts((t, textLang) => t.read.mapColumns.youChoseAnotherColumn(label(role)[textLang])),
        );
      }
      continue;
    }
    if (candidates.length < 2) continue;
    const yearOrdered = role === "revenue" && withYears.length >= 2;
    const ranked = yearOrdered
      ? candidates
      : candidates.slice().sort((a, b) => result[b].confidence - result[a].confidence || a - b);
    const winner = ranked[0];
    for (const column of ranked.slice(1)) {
      if (role === "customerId" && matches[column]!.generic && !taken("customerName")) {
        result[column] = {
          ...result[column],
          role: "customerName",
          confidence: Math.min(result[column].confidence, 0.8),
          reason: texts((t) => t.read.mapColumns.nameBesideId(headers[column], headers[winner])),
        };
        continue;
      }
      result[column] = unmapped(
        column,
        headers[column],
        texts((t, textLang) => t.read.mapColumns.columnIsABetter(headers[winner], label(role)[textLang])),
      );
    }
  }
  return result.map((mapping, column) => ({ ...mapping, column }));
}
