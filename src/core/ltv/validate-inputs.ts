/**
 * Input checks shared by the customer-base models. Each failure is a CoreError naming the input and the
 * 1-based customer entry, in English and Spanish, and saying how to fix it.
 */
import { CoreError } from "../errors";
import { texts } from "../../i18n/texts";

/** Throws unless every array has the same, non-zero length. Returns that length. */
export function checkSameLength(arrays: Record<string, ArrayLike<number>>, allowEmpty = false): number {
  const entries = Object.entries(arrays);
  const length = entries[0][1].length;
  for (const [name, values] of entries) {
    if (values.length !== length) {
      throw new CoreError(
        "ltv-length-mismatch",
        texts((t) => t.ltv.validateInputs.inputLengthsDiffer(name, values.length, entries[0][0], length)),
        name,
      );
    }
  }
  if (length === 0 && !allowEmpty) {
    throw new CoreError(
      "ltv-no-customers",
      texts((t) => t.ltv.validateInputs.noCustomersToFit),
    );
  }
  return length;
}

/**
 * Checks one customer's (frequency, recency, age) triple: frequency ≥ 0, 0 ≤ recency ≤ age, age > 0,
 * recency = 0 when frequency = 0. `index` is 0-based; messages show it 1-based.
 */
export function checkCustomerTriple(frequency: number, recency: number, age: number, index: number): void {
  const where = `customer ${index + 1}`;
  if (!(Number.isFinite(frequency) && frequency >= 0)) {
    throw new CoreError(
      "ltv-invalid-frequency",
      texts((t) => t.ltv.validateInputs.frequencyOfCustomerIs(index + 1, frequency)),
      where,
    );
  }
  if (!(Number.isFinite(age) && age > 0)) {
    throw new CoreError(
      "ltv-invalid-age",
      texts((t) => t.ltv.validateInputs.ageTOfCustomer(index + 1, age)),
      where,
    );
  }
  // A tiny tolerance: summaries rounded to 2 decimals sometimes give recency a hair above age.
  if (!(Number.isFinite(recency) && recency >= 0 && recency <= age * (1 + 1e-9) + 1e-9)) {
    throw new CoreError(
      "ltv-invalid-recency",
      texts((t) => t.ltv.validateInputs.recencyOfCustomerIs(index + 1, recency, age)),
      where,
    );
  }
  if (frequency === 0 && recency !== 0) {
    throw new CoreError(
      "ltv-recency-without-repeat",
      texts((t) => t.ltv.validateInputs.recencyWithoutRepeat(index + 1, recency)),
      where,
    );
  }
}

/** Throws unless `value` is a finite number > 0 (model parameters, horizons). */
export function checkPositive(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new CoreError(
      "ltv-invalid-parameter",
      texts((t) => t.ltv.validateInputs.notPositive(name, value)),
      name,
    );
  }
}
