/**
 * Customer-level or transaction-level? Decided from the mapping and from how often customer ids repeat.
 *
 * Rule (in order): a forced shape wins; an invoice-id column means transactions; a date column with
 * repeated customer ids means transactions; otherwise customers (a date column then reads as last purchase;
 * repeated ids are merged as documented in `read-customer-rows`).
 */
import type { ColumnMapping, DataShape } from "../model";
import type { Localized } from "../types";

export interface ShapeEvidence {
  /** Non-missing ids in the sample, and how many distinct. */
  sampledIds: number;
  distinctIds: number;
}

export interface ShapeDecision {
  shape: DataShape;
  reason: Localized;
}

/** Ids repeat "often" when fewer than 90 % of the sampled ids are distinct. */
const REPEAT_RATIO = 0.9;

export function detectShape(
  mapping: readonly ColumnMapping[],
  evidence: ShapeEvidence,
  forced?: DataShape,
): ShapeDecision {
  const header = (role: string): string | undefined => mapping.find((m) => m.role === role)?.header;
  if (forced) {
    return {
      shape: forced,
      reason:
        forced === "customers"
          ? { en: "Customer level, as you chose", es: "Nivel cliente, según su elección" }
          : { en: "Transaction level, as you chose", es: "Nivel transacción, según su elección" },
    };
  }
  const invoice = header("invoiceId");
  const date = header("date");
  const repeats = evidence.sampledIds > 0 && evidence.distinctIds < REPEAT_RATIO * evidence.sampledIds;
  const ratio = `${evidence.distinctIds} / ${evidence.sampledIds}`;
  if (invoice !== undefined) {
    return {
      shape: "transactions",
      reason: {
        en: `Transaction level: there is an invoice column ("${invoice}")`,
        es: `Nivel transacción: hay una columna de factura ("${invoice}")`,
      },
    };
  }
  if (date !== undefined && repeats) {
    return {
      shape: "transactions",
      reason: {
        en: `Transaction level: a date column ("${date}") and customer ids that repeat (${ratio} distinct in the rows checked)`,
        es: `Nivel transacción: una columna de fecha ("${date}") e ids de cliente que se repiten (${ratio} distintos en las filas revisadas)`,
      },
    };
  }
  if (repeats) {
    return {
      shape: "customers",
      reason: {
        en: `Customer level: no date or invoice column; customer ids repeat (${ratio} distinct) and their rows are added together`,
        es: `Nivel cliente: sin columna de fecha ni de factura; los ids se repiten (${ratio} distintos) y sus filas se suman`,
      },
    };
  }
  return {
    shape: "customers",
    reason: {
      en: `Customer level: one row per customer (${ratio} distinct ids in the rows checked)`,
      es: `Nivel cliente: una fila por cliente (${ratio} ids distintos en las filas revisadas)`,
    },
  };
}
