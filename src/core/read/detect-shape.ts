/**
 * Customer-level or transaction-level? Decided from the mapping and from how often customer ids repeat.
 *
 * Rule (in order): a forced shape wins; an invoice-id column means transactions; a date column with
 * repeated customer ids means transactions; otherwise customers (a date column then reads as last purchase;
 * repeated ids are merged as documented in `read-customer-rows`).
 */
import type { ColumnMapping, DataShape } from "../model";
import type { Localized } from "../types";
import { texts } from "../../i18n/texts";

interface ShapeEvidence {
  /** Non-missing ids in the sample, and how many distinct. */
  sampledIds: number;
  distinctIds: number;
}

interface ShapeDecision {
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
          ? texts((t) => t.read.detectShape.customerLevelAsYou)
          : texts((t) => t.read.detectShape.transactionLevelAsYou),
    };
  }
  const invoice = header("invoiceId");
  const date = header("date");
  const repeats = evidence.sampledIds > 0 && evidence.distinctIds < REPEAT_RATIO * evidence.sampledIds;
  const ratio = `${evidence.distinctIds} / ${evidence.sampledIds}`;
  if (invoice !== undefined) {
    return {
      shape: "transactions",
      reason: texts((t) => t.read.detectShape.transactionLevelInvoice(invoice)),
    };
  }
  if (date !== undefined && repeats) {
    return {
      shape: "transactions",
      reason: texts((t) => t.read.detectShape.transactionLevelDate(date, ratio)),
    };
  }
  if (repeats) {
    return {
      shape: "customers",
      reason: texts((t) => t.read.detectShape.customerLevelNoDate(ratio)),
    };
  }
  return {
    shape: "customers",
    reason: texts((t) => t.read.detectShape.customerLevelOneRow(ratio)),
  };
}
