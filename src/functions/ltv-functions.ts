/**
 * Lifetime-value worksheet functions.
 * - LTV: the simple forms of the core (src/core/ltv/simple-ltv.ts), element-wise and broadcast:
 *   `years_or_retention` ≥ 1 is an expected lifetime in years (churn = 1 / years, lifetime form);
 *   0 ≤ value < 1 is a yearly retention rate r (retention form m·r / (1 + d − r)). Omitted: 3 years.
 * - CLV and PALIVE: BG/NBD (and Gamma-Gamma for CLV) fitted on the rows given, one result per row.
 *   Recency and age are in weeks (as in Fader-Hardie's CDNOW); the CLV horizon is in months.
 *   Rows with a blank, an error or an invalid triple are left out of the fit and get "", the error, or
 *   #VALUE! with the reason. A blank average spend is allowed when frequency is 0 (it is not used).
 */
import { isCoreError } from "../core/errors";
import { bgNbdProbabilityAlive, fitBgNbd } from "../core/ltv/bg-nbd";
import { fitGammaGamma } from "../core/ltv/gamma-gamma";
import { checkMarginFraction, predictiveClv } from "../core/ltv/predictive-clv";
import { retentionLtv, simpleLtv } from "../core/ltv/simple-ltv";
import { checkCustomerTriple } from "../core/ltv/validate-inputs";
import { DEFAULT_DISCOUNT_RATE_PER_YEAR } from "../core/kpi/portfolio-kpis";
import type { Lang, Localized } from "../core/types";
import {
  CELL_BLANK,
  CELL_NUMBER,
  elementwise,
  problemCell,
  readNumberArgument,
  readOptionalNumber,
  type NumberArgument,
  type ResultCell,
  type ResultGrid,
} from "./cells";
import { excelError, isErrorValue, type ExcelErrorValue } from "./excel-error";
import { parameterName, parameterNames } from "./function-catalog";
import { say } from "./function-texts";
import { guard } from "./guard";

/** Default expected lifetime of LTV when `years_or_retention` is omitted. */
const DEFAULT_LIFETIME_YEARS = 3;
/** Default CLV horizon, months. */
const DEFAULT_CLV_HORIZON_MONTHS = 12;

/** Runs one core computation for one cell; a CoreError becomes that cell's #VALUE!. */
function cellCall(lang: Lang, compute: () => number): number | ExcelErrorValue {
  try {
    return compute();
  } catch (error: unknown) {
    if (isCoreError(error)) return excelError("value", error.messageIn(lang));
    throw error;
  }
}

function omitted(value: unknown): boolean {
  return value === undefined || value === null;
}

/** LTV(avg_ticket, purchases_per_year, margin, [years_or_retention], [discount_rate]). See the module doc. */
export function ltv(
  avgTicket: unknown,
  purchasesPerYear: unknown,
  margin: unknown,
  yearsOrRetention: unknown,
  discountRate: unknown,
  lang: Lang,
): ResultGrid {
  return guard(lang, () => {
    const names = parameterNames("LTV");
    const args = [
      readNumberArgument(avgTicket, lang),
      readNumberArgument(purchasesPerYear, lang),
      readNumberArgument(margin, lang),
      readNumberArgument(omitted(yearsOrRetention) ? DEFAULT_LIFETIME_YEARS : yearsOrRetention, lang),
      readNumberArgument(omitted(discountRate) ? 0 : discountRate, lang),
    ];
    return elementwise(args, names, lang, (v) =>
      cellCall(lang, () => {
        const [ticket, purchases, marginFraction, lifeOrRetention, discount] = v;
        if (lifeOrRetention >= 1) {
          return simpleLtv({
            averageTicket: ticket,
            purchasesPerYear: purchases,
            marginPercent: marginFraction,
            churnRatePerYear: 1 / lifeOrRetention,
            discountRatePerYear: discount,
          });
        }
        // Retention form: validate what simpleLtv would, then m·r / (1 + d − r).
        simpleLtv({
          averageTicket: ticket,
          purchasesPerYear: purchases,
          marginPercent: marginFraction,
          churnRatePerYear: 1,
          discountRatePerYear: discount,
        });
        return retentionLtv({
          marginPerPeriod: ticket * purchases * marginFraction,
          retentionRate: lifeOrRetention,
          discountRatePerPeriod: discount,
        });
      }),
    );
  });
}

/** The per-row inputs of the predictive models, with the rows that can take part in the fit. */
interface CustomerRows {
  count: number;
  /** Result cell of each row that cannot be used (blank, error, invalid); undefined for usable rows. */
  problems: (ResultCell | undefined)[];
  usable: Int32Array;
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
}

function flatCount(a: NumberArgument): number {
  return a.rows * a.cols;
}

/**
 * Reads (frequency, recency, age [, extra]) column arguments of equal size, row by row, and decides which
 * rows are usable. `extraOk(row)` lets CLV accept a blank spend for frequency 0.
 */
function readCustomerRows(
  functionId: string,
  args: NumberArgument[],
  lang: Lang,
  allowBlank: (argument: number, row: number) => boolean,
): CustomerRows | ExcelErrorValue {
  const names = parameterNames(functionId).slice(0, args.length);
  const count = flatCount(args[0]);
  for (let i = 1; i < args.length; i++) {
    if (flatCount(args[i]) !== count) {
      return excelError(
        "value",
        say("customerRangeSizes", lang, {
          name: names[i],
          cells: flatCount(args[i]),
          first: names[0],
          count,
        }),
      );
    }
  }
  const problems: (ResultCell | undefined)[] = new Array(count);
  const usable: number[] = [];
  const indexes = new Array<number>(args.length);
  for (let row = 0; row < count; row++) {
    for (let i = 0; i < args.length; i++) {
      indexes[i] = row;
      // A permitted blank is read as 0 (e.g. the spend of a customer with no repeat purchase).
      if (args[i].status[row] === CELL_BLANK && allowBlank(i, row)) {
        args[i].status[row] = CELL_NUMBER;
        args[i].values[row] = 0;
      }
    }
    const problem = problemCell(args, names, indexes, row + 1, lang);
    if (problem !== null) {
      problems[row] = problem;
      continue;
    }
    try {
      checkCustomerTriple(args[0].values[row], args[1].values[row], args[2].values[row], row);
    } catch (error: unknown) {
      if (!isCoreError(error)) throw error;
      problems[row] = excelError("value", error.messageIn(lang));
      continue;
    }
    usable.push(row);
  }
  const pick = (a: NumberArgument): Float64Array => Float64Array.from(usable, (row) => a.values[row]);
  return {
    count,
    problems,
    usable: Int32Array.from(usable),
    frequency: pick(args[0]),
    recency: pick(args[1]),
    age: pick(args[2]),
  };
}

/** One result column of `count` rows: problems where there were, values of usable rows elsewhere. */
function columnResult(rows: CustomerRows, values: ArrayLike<number | ExcelErrorValue>): ResultGrid {
  const out: ResultGrid = new Array(rows.count);
  for (let row = 0; row < rows.count; row++) out[row] = [rows.problems[row] ?? ""];
  for (let k = 0; k < rows.usable.length; k++) out[rows.usable[k]] = [values[k]];
  return out;
}

/** No row can be fitted: each row's own problem when some row has one, else one message for all. */
function noUsableRows(rows: CustomerRows, lang: Lang): ResultGrid {
  if (rows.problems.some((p) => p !== undefined && p !== "")) return columnResult(rows, []);
  return [[excelError("value", say("noUsableRows", lang))]];
}

/**
 * A model that did not converge must not produce numbers that look right: its rows become #NUM! with the
 * fit's own explanation (never silently wrong). Rows with their own problem (a negative frequency, a blank)
 * keep it, so the user sees which row to fix; with no such row the whole column is one #NUM!. A fit that is not
 * to be trusted is one that carries a note (its `converged` is false exactly then).
 */
function unfittedModel(model: string, note: Localized, lang: Lang, rows: CustomerRows): ResultGrid {
  const error = excelError("number", say("modelNotFitted", lang, { model, reason: note }));
  if (!rows.problems.some((problem) => problem !== undefined && problem !== "")) return [[error]];
  const out: ResultGrid = new Array(rows.count);
  for (let row = 0; row < rows.count; row++) out[row] = [rows.problems[row] ?? error];
  return out;
}

/** PALIVE(frequency, recency, age): BG/NBD probability alive per row, fitted on the usable rows. */
export function pAlive(frequency: unknown, recency: unknown, age: unknown, lang: Lang): ResultGrid {
  return guard(lang, () => {
    const args = [frequency, recency, age].map((a) => readNumberArgument(a, lang));
    const rows = readCustomerRows("PALIVE", args, lang, () => false);
    if (isErrorValue(rows)) return [[rows]];
    if (rows.usable.length === 0) return noUsableRows(rows, lang);
    const fit = fitBgNbd(rows.frequency, rows.recency, rows.age);
    if (fit.note) return unfittedModel("BG/NBD", fit.note, lang, rows);
    return columnResult(rows, bgNbdProbabilityAlive(fit, rows.frequency, rows.recency, rows.age));
  });
}

/**
 * CLV(frequency, recency, age, avg_spend, margin, [horizon], [discount_rate]): discounted predictive CLV per
 * row (BG/NBD × Gamma-Gamma × margin), models fitted on the usable rows; weeks in, months of horizon.
 */
export function clv(
  frequency: unknown,
  recency: unknown,
  age: unknown,
  avgSpend: unknown,
  margin: unknown,
  horizon: unknown,
  discountRate: unknown,
  lang: Lang,
): ResultGrid {
  return guard(lang, () => {
    const horizonMonths = readOptionalNumber(
      horizon,
      DEFAULT_CLV_HORIZON_MONTHS,
      parameterName("CLV", 5),
      lang,
    );
    if (isErrorValue(horizonMonths)) return [[horizonMonths]];
    const discount = readOptionalNumber(
      discountRate,
      DEFAULT_DISCOUNT_RATE_PER_YEAR,
      parameterName("CLV", 6),
      lang,
    );
    if (isErrorValue(discount)) return [[discount]];
    const args = [frequency, recency, age, avgSpend].map((a) => readNumberArgument(a, lang));
    const marginArgument = readNumberArgument(margin, lang);
    const singleMargin = marginArgument.rows * marginArgument.cols === 1;
    if (!singleMargin) args.push(marginArgument);
    const rows = readCustomerRows(
      "CLV",
      args,
      lang,
      (argument, row) => argument === 3 && args[0].values[row] === 0,
    );
    if (isErrorValue(rows)) return [[rows]];
    if (singleMargin) {
      const one = problemCell([marginArgument], [parameterName("CLV", 4)], [0], 0, lang);
      if (one !== null) return [[one === "" ? excelError("value", say("missingMargin", lang)) : one]];
      checkMarginFraction(marginArgument.values[0]);
    }
    // Per-row margins are checked per row, so one bad margin only affects its own row.
    const values: (number | ExcelErrorValue)[] = [];
    const kept: number[] = [];
    for (let k = 0; k < rows.usable.length; k++) {
      const row = rows.usable[k];
      if (!singleMargin) {
        try {
          checkMarginFraction(marginArgument.values[row], row);
        } catch (error: unknown) {
          if (!isCoreError(error)) throw error;
          rows.problems[row] = excelError("value", error.messageIn(lang));
          continue;
        }
      }
      kept.push(k);
    }
    if (kept.length === 0) return noUsableRows(rows, lang);
    const sub = (a: Float64Array): Float64Array => Float64Array.from(kept, (k) => a[k]);
    const frequencyUsed = sub(rows.frequency);
    const recencyUsed = sub(rows.recency);
    const ageUsed = sub(rows.age);
    const spendUsed = Float64Array.from(kept, (k) => args[3].values[rows.usable[k]]);
    const marginUsed = singleMargin
      ? marginArgument.values[0]
      : Float64Array.from(kept, (k) => marginArgument.values[rows.usable[k]]);
    const bgNbd = fitBgNbd(frequencyUsed, recencyUsed, ageUsed);
    if (bgNbd.note) return unfittedModel("BG/NBD", bgNbd.note, lang, rows);
    const gammaGamma = fitGammaGamma(frequencyUsed, spendUsed);
    if (gammaGamma.note) return unfittedModel("Gamma-Gamma", gammaGamma.note, lang, rows);
    const result = predictiveClv({
      bgNbd,
      gammaGamma,
      frequency: frequencyUsed,
      recency: recencyUsed,
      age: ageUsed,
      meanSpend: spendUsed,
      timeUnit: "weeks",
      horizon: horizonMonths,
      horizonUnit: "months",
      discountRatePerYear: discount,
      marginPercent: marginUsed,
    });
    const usedRows = Int32Array.from(kept, (k) => rows.usable[k]);
    for (let k = 0; k < result.clv.length; k++) values.push(result.clv[k]);
    return columnResult({ ...rows, usable: usedRows }, values);
  });
}
