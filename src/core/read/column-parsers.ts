/**
 * Per-column reading decisions: which decimal separator, whether a ratio column holds fractions (0.35) or
 * percentage points (35), which date order. Each decision is taken once from a sample of the column and
 * reported as a `ColumnConvention`; then every cell of the column is parsed the same way.
 *
 * Cost: O(sample) to decide, O(1)–O(length of text) per cell to parse.
 */
import { formatCount, formatNumber } from "../format";
import { NOUNS } from "../glossary";
import type { ColumnConvention, Role } from "../model";
import type { CellValue, Grid, Lang, Localized } from "../types";
import { conventionsOf, LANGUAGES, localize, untranslated } from "../language";
import { fillTemplate } from "../text";
import { DATE_ROLES, NUMERIC_ROLES, PERCENT_ROLES, ROLE_LABELS } from "./header-dictionary";
import { isMissingCell } from "./missing-values";
import { decideDateOrder, isImpossibleDateText, parseDateCell, type DateOrder } from "./parse-date";
import {
  decideNumberConvention,
  hasPercentSign,
  parseNumberText,
  type DecimalSeparator,
} from "./parse-number";
import { texts } from "../../i18n/texts";

/** Cells looked at to take a column's decisions. */
const DECISION_SAMPLE = 5000;

/** Non-empty cells of one grid column, evenly spaced over the data rows, at most `max`. */
export function sampleColumn(
  grid: Grid,
  column: number,
  firstRow: number,
  lastRow: number,
  max = DECISION_SAMPLE,
): CellValue[] {
  const rows = lastRow - firstRow + 1;
  const step = rows > max ? rows / max : 1;
  const sample: CellValue[] = [];
  for (let k = 0; k < Math.min(rows, max); k++) {
    const cell = grid[firstRow + Math.floor(k * step)]?.[column];
    if (cell !== undefined && cell !== null && cell !== "" && !isMissingCell(cell)) sample.push(cell);
  }
  return sample;
}

export type CellParser = (cell: CellValue | undefined) => number;

/**
 * What a column's parser does with plainly written cells, for readers with typed columns (text-table.ts):
 * "number-point" / "number-comma" = `numberParser` with that decimal separator, "date" = `parseDateCell`.
 */
export type TypedReading = "number-point" | "number-comma" | "date";

interface ColumnDecision {
  parse: CellParser;
  /** Set when `parse` is one of the plain parsers of TypedReading (absent for ratio columns). */
  typed?: TypedReading;
  convention: ColumnConvention | null;
  /** Set when the column mixes conventions (reported as a warning). */
  mixed: Localized | null;
}

/** Without the digits deciding, the header language's conventions decide; without one, "." and day first. */
const fallbackDecimal = (lang: Lang | null): DecimalSeparator => (lang ? conventionsOf(lang).decimal : ".");
const fallbackOrder = (lang: Lang | null): DateOrder => (lang ? conventionsOf(lang).dateOrder : "dmy");
const HEADERS_IN: Localized = texts((t) => t.read.columnParsers.headersIn);
const NOTHING_ELSE: Localized = texts((t) => t.read.columnParsers.nothingElse);
const langName = (lang: Lang | null): Localized =>
  lang
    ? localize((text) => fillTemplate(HEADERS_IN[text], { language: LANGUAGES[lang].nameInText[text] }))
    : NOTHING_ELSE;

function numberParser(decimal: DecimalSeparator): CellParser {
  return (cell) => {
    if (typeof cell === "number") return cell;
    if (typeof cell === "string") return cell.length === 0 ? NaN : parseNumberText(cell, decimal);
    return NaN;
  };
}

/** Decision for a money/count column. */
function decideNumber(header: string, sample: readonly CellValue[], lang: Lang | null): ColumnDecision {
  const decision = decideNumberConvention(sample, fallbackDecimal(lang));
  const example = decision.decimal === "," ? "1.234,56" : "1,234.56";
  let convention: ColumnConvention | null = null;
  if (decision.texts > 0) {
    const name =
      decision.decimal === ","
        ? texts((t) => t.read.columnParsers.decimalComma)
        : texts((t) => t.read.columnParsers.decimalPoint);
    const why: Localized =
      decision.basis === "data"
        ? texts((t, textLang) =>
            t.read.columnParsers.decidedFrom(
              formatCount(
                decision.decimal === "," ? decision.commaEvidence : decision.pointEvidence,
                NOUNS.value,
                textLang,
              ),
            ),
          )
        : decision.basis === "assumed"
          ? texts((t, textLang) =>
              t.read.columnParsers.valuesLikeFitBoth(
                decision.decimal === "," ? "6.300" : "6,300",
                langName(lang)[textLang],
              ),
            )
          : texts((t) => t.read.columnParsers.noSeparatorsSeen);
    convention = {
      column: header,
      kind: "number",
      convention: decision.decimal === "," ? "decimal-comma" : "decimal-point",
      message: texts((t, textLang) =>
        t.read.columnParsers.columnNumbersStoredAs(header, name[textLang], example, why[textLang]),
      ),
    };
  }
  const mixed: Localized | null = decision.mixed
    ? texts((t) =>
        t.read.columnParsers.columnMixesNumberFormats(header, decision.pointEvidence, decision.commaEvidence),
      )
    : null;
  return {
    parse: numberParser(decision.decimal),
    typed: decision.decimal === "." ? "number-point" : "number-comma",
    convention,
    mixed,
  };
}

/** Decision for a ratio column: texts with % are fractions; plain numbers are fractions unless they exceed 1.5. */
function decidePercent(
  header: string,
  sample: readonly CellValue[],
  lang: Lang | null,
  formatSaysPercent: boolean,
): ColumnDecision {
  const decision = decideNumberConvention(sample, fallbackDecimal(lang));
  const parseNumber = numberParser(decision.decimal);
  let maxPlain = 0;
  let percentTexts = 0;
  for (const cell of sample) {
    if (typeof cell === "string" && hasPercentSign(cell)) {
      percentTexts++;
      continue;
    }
    const value = Math.abs(parseNumber(cell));
    if (value > maxPlain) maxPlain = value;
  }
  const points = !formatSaysPercent && maxPlain > 1.5;
  const scale = points ? 0.01 : 1;
  const parse: CellParser = (cell) => {
    if (typeof cell === "number") return cell * scale;
    if (typeof cell !== "string" || cell.length === 0) return NaN;
    const value = parseNumberText(cell, decision.decimal);
    return hasPercentSign(cell) ? value : value * scale;
  };
  const convention: ColumnConvention = {
    column: header,
    kind: "percent",
    convention: points ? "percentage-points" : "fraction",
    message: points
      ? texts((t) => t.read.columnParsers.columnNumbersReadAs(header, maxPlain))
      : percentTexts > 0
        ? texts((t) => t.read.columnParsers.columnReadAsFractions(header, percentTexts))
        : texts((t) => t.read.columnParsers.columnReadAsFractionsNoPercent(header)),
  };
  return { parse, convention, mixed: null };
}

function decideDate(header: string, sample: readonly CellValue[], lang: Lang | null): ColumnDecision {
  const decision = decideDateOrder(sample, fallbackOrder(lang));
  let numbers = 0;
  let textCells = 0;
  for (const cell of sample) {
    if (typeof cell === "number") numbers++;
    else if (typeof cell === "string") textCells++;
  }
  const order = decision.order;
  const orderName: Localized =
    order === "dmy"
      ? texts((t) => t.read.columnParsers.dayFirst)
      : texts((t) => t.read.columnParsers.monthFirst);
  let message: Localized;
  if (decision.basis === "data") {
    const evidence = order === "dmy" ? decision.dayFirstEvidence : decision.monthFirstEvidence;
    message = texts((t, textLang) =>
      t.read.columnParsers.columnTextDatesRead(
        header,
        orderName[textLang],
        formatCount(evidence, NOUNS.value, textLang),
      ),
    );
  } else if (decision.basis === "assumed") {
    message = texts((t, textLang) =>
      t.read.columnParsers.columnEveryTextDate(header, orderName[textLang], langName(lang)[textLang]),
    );
  } else {
    message =
      textCells > 0
        ? texts((t) => t.read.columnParsers.columnTextDatesIn(header))
        : texts((t, textLang) =>
            t.read.columnParsers.columnDateNumbersExcel(header, formatNumber(numbers, textLang)),
          );
  }
  const convention: ColumnConvention = {
    column: header,
    kind: "date",
    convention:
      decision.basis === "none"
        ? textCells > 0
          ? "text-iso-or-named"
          : "excel-serial"
        : order === "dmy"
          ? "day-first"
          : "month-first",
    message,
  };
  const mixed: Localized | null = decision.mixed
    ? texts((t, textLang) =>
        t.read.columnParsers.columnMixesDateOrders(
          header,
          decision.dayFirstEvidence,
          decision.monthFirstEvidence,
          orderName[textLang],
        ),
      )
    : null;
  return {
    parse: (cell) => (cell === undefined ? NaN : parseDateCell(cell, order)),
    typed: "date",
    convention,
    mixed,
  };
}

/** The reading decision for a mapped column, or null for text roles (read as written). */
export function decideColumn(
  role: Role,
  header: string,
  sample: readonly CellValue[],
  lang: Lang | null,
  numberFormat: string | undefined,
): ColumnDecision | null {
  if (NUMERIC_ROLES.has(role)) return decideNumber(header, sample, lang);
  if (PERCENT_ROLES.has(role))
    return decidePercent(header, sample, lang, numberFormat !== undefined && numberFormat.includes("%"));
  if (DATE_ROLES.has(role)) return decideDate(header, sample, lang);
  return null;
}

/**
 * Whether a column's values fit the role its header suggests: at least half of the non-empty sampled values
 * must parse. Returns the reason to unmap it otherwise.
 */
export function contradictionOf(
  role: Role,
  header: string,
  sample: readonly CellValue[],
  lang: Lang | null,
): Localized | null {
  if (sample.length === 0) return null;
  const decision = decideColumn(role, header, sample, lang, undefined);
  if (!decision) return null;
  let bad = 0;
  let example = "";
  for (const cell of sample) {
    if (Number.isNaN(decision.parse(cell))) {
      bad++;
      if (example === "") example = String(cell);
    }
  }
  if (bad * 2 <= sample.length) return null;
  const share = Math.round((100 * bad) / sample.length);
  const kind = DATE_ROLES.has(role)
    ? texts((t) => t.read.columnParsers.dates)
    : texts((t) => t.read.columnParsers.numbers);
  // "31/02/2024" is a date with a typo, not text: say so.
  const impossible = DATE_ROLES.has(role) && isImpossibleDateText(example);
  const note = impossible ? texts((t) => t.read.columnParsers.dayNotInCalendar) : untranslated("");
  return texts((t, textLang) =>
    t.read.columnParsers.headerLooksLike(
      header,
      ROLE_LABELS[role][textLang],
      share,
      kind[textLang],
      example,
      note[textLang],
    ),
  );
}
