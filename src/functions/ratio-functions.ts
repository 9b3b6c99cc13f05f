/**
 * The ratio KPIs of the LTV/CAC seed as element-wise worksheet functions: average ticket, CAC, LTV:CAC,
 * conversion, churn and retention. Scalars or ranges, broadcast like Excel's own arithmetic, one result per
 * cell. The formulas are single divisions, so they live here rather than in the core; their validation
 * follows the core's rules (money may be negative where the seed allows it, counts may not).
 */
import type { Lang, Localized } from "../core/language";
import { elementwise, readNumberArgument, type ResultGrid } from "./cells";
import { excelError, type ExcelErrorValue } from "./excel-error";
import { rowSuffix, say } from "./function-texts";
import { parameterNames } from "./function-catalog";
import { guard } from "./guard";

function negative(name: Localized, value: number, row: number, lang: Lang): ExcelErrorValue {
  return excelError("value", say("negative", lang, { name, where: rowSuffix(row, lang), value }));
}

function divisionByZero(name: Localized, row: number, lang: Lang): ExcelErrorValue {
  return excelError("divisionByZero", say("divisionByZero", lang, { name, where: rowSuffix(row, lang) }));
}

/** numerator / denominator per cell; the denominator must be > 0 (0 → #DIV/0!), the numerator ≥ 0 unless allowed. */
function ratio(
  functionId: string,
  numerator: unknown,
  denominator: unknown,
  lang: Lang,
  allowNegativeNumerator: boolean,
): ResultGrid {
  return guard(lang, () => {
    const names = parameterNames(functionId);
    const args = [readNumberArgument(numerator, lang), readNumberArgument(denominator, lang)];
    return elementwise(args, names, lang, (v, row) => {
      if (!allowNegativeNumerator && v[0] < 0) return negative(names[0], v[0], row, lang);
      if (v[1] < 0) return negative(names[1], v[1], row, lang);
      if (v[1] === 0) return divisionByZero(names[1], row, lang);
      return v[0] / v[1];
    });
  });
}

/**
 * AVGTICKET: revenue / orders. Revenue may be negative (returns); orders must be ≥ 0, 0 → #DIV/0!.
 * @example avgTicket([[1000], [500]], [[4], [0]]) → [[250], [#DIV/0!]]
 */
export function avgTicket(revenue: unknown, orders: unknown, lang: Lang): ResultGrid {
  return ratio("AVGTICKET", revenue, orders, lang, true);
}

/** CAC: spend / new customers; both ≥ 0, no new customers → #DIV/0!. */
export function cac(spend: unknown, newCustomers: unknown, lang: Lang): ResultGrid {
  return ratio("CAC", spend, newCustomers, lang, false);
}

/** LTVCAC: ltv / cac; LTV may be negative (loss-making customers), CAC must be > 0. */
export function ltvCac(ltv: unknown, cacValue: unknown, lang: Lang): ResultGrid {
  return ratio("LTVCAC", ltv, cacValue, lang, true);
}

/** CONVERSION: closed / leads, a fraction 0..1; closed above leads is #VALUE!. */
export function conversion(closed: unknown, leads: unknown, lang: Lang): ResultGrid {
  return guard(lang, () => {
    const names = parameterNames("CONVERSION");
    const args = [readNumberArgument(closed, lang), readNumberArgument(leads, lang)];
    return elementwise(args, names, lang, (v, row) => {
      if (v[0] < 0) return negative(names[0], v[0], row, lang);
      if (v[1] < 0) return negative(names[1], v[1], row, lang);
      if (v[1] === 0) return divisionByZero(names[1], row, lang);
      if (v[0] > v[1]) {
        const where = rowSuffix(row, lang);
        return excelError(
          "value",
          say("closedAboveLeads", lang, {
            closed: names[0],
            where,
            value: v[0],
            leads: names[1],
            limit: v[1],
          }),
        );
      }
      return v[0] / v[1];
    });
  });
}

/**
 * Retention of a period, (end − new) / start, the customers kept out of those at the start; churn is
 * 1 − retention. start > 0; end, new ≥ 0; the kept customers (end − new) must lie in 0..start.
 */
function retentionOrChurn(
  functionId: "CHURN" | "RETENTION",
  start: unknown,
  end: unknown,
  newCustomers: unknown,
  lang: Lang,
): ResultGrid {
  return guard(lang, () => {
    const names = parameterNames(functionId);
    const args = [readNumberArgument(start, lang), readNumberArgument(end, lang)];
    const withNew = newCustomers !== undefined && newCustomers !== null;
    if (withNew) args.push(readNumberArgument(newCustomers, lang));
    return elementwise(args, names.slice(0, args.length), lang, (v, row) => {
      const added = withNew ? v[2] : 0;
      for (let i = 0; i < args.length; i++) if (v[i] < 0) return negative(names[i], v[i], row, lang);
      if (v[0] === 0) return divisionByZero(names[0], row, lang);
      const kept = v[1] - added;
      if (kept < 0 || kept > v[0]) {
        return excelError("value", say("keptOutOfRange", lang, { row, kept, start: v[0] }));
      }
      const retention = kept / v[0];
      return functionId === "RETENTION" ? retention : 1 - retention;
    });
  });
}

export function churn(start: unknown, end: unknown, newCustomers: unknown, lang: Lang): ResultGrid {
  return retentionOrChurn("CHURN", start, end, newCustomers, lang);
}

export function retention(start: unknown, end: unknown, newCustomers: unknown, lang: Lang): ResultGrid {
  return retentionOrChurn("RETENTION", start, end, newCustomers, lang);
}
