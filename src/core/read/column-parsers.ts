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

/** Cells looked at to take a column's decisions. */
export const DECISION_SAMPLE = 5000;

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

export interface ColumnDecision {
  parse: CellParser;
  convention: ColumnConvention | null;
  /** Set when the column mixes conventions (reported as a warning). */
  mixed: Localized | null;
}

/** Without the digits deciding, the header language's conventions decide; without one, "." and day first. */
const fallbackDecimal = (lang: Lang | null): DecimalSeparator => (lang ? conventionsOf(lang).decimal : ".");
const fallbackOrder = (lang: Lang | null): DateOrder => (lang ? conventionsOf(lang).dateOrder : "dmy");
const HEADERS_IN: Localized = {
  en: "the headers are in {language}",
  es: "los encabezados están en {language}",
};
const NOTHING_ELSE: Localized = { en: "nothing else decides it", es: "nada más lo decide" };
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
        ? { en: "decimal comma", es: "coma decimal" }
        : { en: "decimal point", es: "punto decimal" };
    const why: Localized =
      decision.basis === "data"
        ? {
            en: `decided from ${formatCount(decision.decimal === "," ? decision.commaEvidence : decision.pointEvidence, NOUNS.value, "en")}`,
            es: `decidido a partir de ${formatCount(decision.decimal === "," ? decision.commaEvidence : decision.pointEvidence, NOUNS.value, "es")}`,
          }
        : decision.basis === "assumed"
          ? {
              en: `values like ${decision.decimal === "," ? "6.300" : "6,300"} fit both conventions; assumed because ${langName(lang).en}`,
              es: `valores como ${decision.decimal === "," ? "6.300" : "6,300"} encajan en ambas convenciones; se supone porque ${langName(lang).es}`,
            }
          : { en: "no separators seen", es: "sin separadores" };
    convention = {
      column: header,
      kind: "number",
      convention: decision.decimal === "," ? "decimal-comma" : "decimal-point",
      message: {
        en: `Column "${header}": numbers stored as text read with ${name.en} (${example}); ${why.en}`,
        es: `Columna "${header}": números guardados como texto leídos con ${name.es} (${example}); ${why.es}`,
      },
    };
  }
  const mixed: Localized | null = decision.mixed
    ? {
        en: `Column "${header}" mixes number formats (${decision.pointEvidence} with decimal point, ${decision.commaEvidence} with decimal comma); read with the majority, check the minority`,
        es: `La columna "${header}" mezcla formatos de número (${decision.pointEvidence} con punto decimal, ${decision.commaEvidence} con coma decimal); se leen con la mayoría, revise el resto`,
      }
    : null;
  return { parse: numberParser(decision.decimal), convention, mixed };
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
      ? {
          en: `Column "${header}": numbers read as percentage points (35 = 35 %) because values go up to ${maxPlain}`,
          es: `Columna "${header}": números leídos como puntos porcentuales (35 = 35 %) porque los valores llegan a ${maxPlain}`,
        }
      : percentTexts > 0
        ? {
            en: `Column "${header}": read as fractions (0.35 = 35 %); ${percentTexts} values written with %`,
            es: `Columna "${header}": leídos como fracciones (0,35 = 35 %); ${percentTexts} valores escritos con %`,
          }
        : {
            en: `Column "${header}": read as fractions (0.35 = 35 %)`,
            es: `Columna "${header}": leídos como fracciones (0,35 = 35 %)`,
          },
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
      ? { en: "day first (31/01/2024)", es: "día primero (31/01/2024)" }
      : { en: "month first (01/31/2024)", es: "mes primero (01/31/2024)" };
  let message: Localized;
  if (decision.basis === "data") {
    const evidence = order === "dmy" ? decision.dayFirstEvidence : decision.monthFirstEvidence;
    message = {
      en: `Column "${header}": text dates read ${orderName.en}; decided from ${formatCount(evidence, NOUNS.value, "en")} that fit only that order`,
      es: `Columna "${header}": fechas de texto leídas ${orderName.es}; decidido por ${formatCount(evidence, NOUNS.value, "es")} que solo encajan en ese orden`,
    };
  } else if (decision.basis === "assumed") {
    message = {
      en: `Column "${header}": every text date fits both orders; read ${orderName.en} because ${langName(lang).en}`,
      es: `Columna "${header}": todas las fechas de texto encajan en ambos órdenes; leídas ${orderName.es} porque ${langName(lang).es}`,
    };
  } else {
    message =
      textCells > 0
        ? {
            en: `Column "${header}": text dates in year-first or named-month form`,
            es: `Columna "${header}": fechas de texto con el año primero o el mes con nombre`,
          }
        : {
            en: `Column "${header}": date numbers (Excel serials or YYYYMMDD; ${formatNumber(numbers, "en")} checked)`,
            es: `Columna "${header}": fechas numéricas (serie de Excel o AAAAMMDD; ${formatNumber(numbers, "es")} revisadas)`,
          };
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
    ? {
        en: `Column "${header}" mixes date orders (${decision.dayFirstEvidence} only valid day first, ${decision.monthFirstEvidence} only valid month first); ambiguous dates were read ${orderName.en}`,
        es: `La columna "${header}" mezcla órdenes de fecha (${decision.dayFirstEvidence} solo válidas con el día primero, ${decision.monthFirstEvidence} solo con el mes primero); las ambiguas se leyeron ${orderName.es}`,
      }
    : null;
  return { parse: (cell) => (cell === undefined ? NaN : parseDateCell(cell, order)), convention, mixed };
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
  const kind = DATE_ROLES.has(role) ? { en: "dates", es: "fechas" } : { en: "numbers", es: "números" };
  // "31/02/2024" is a date with a typo, not text: say so.
  const impossible = DATE_ROLES.has(role) && isImpossibleDateText(example);
  const note = impossible
    ? { en: ", a day that does not exist in the calendar", es: ", un día que no existe en el calendario" }
    : untranslated("");
  return {
    en: `Header "${header}" looks like a ${ROLE_LABELS[role].en} column, but ${share} % of its values are not ${kind.en} (e.g. "${example}"${note.en}); left unmapped`,
    es: `El encabezado "${header}" parece una columna de ${ROLE_LABELS[role].es}, pero el ${share} % de sus valores no son ${kind.es} (p. ej. "${example}"${note.es}); queda sin asignar`,
  };
}
