/**
 * Input checks shared by the customer-base models. Each failure is a CoreError naming the input and the
 * 1-based customer entry, in English and Spanish, and saying how to fix it.
 */
import { CoreError } from "../errors";

/** Throws unless every array has the same, non-zero length. Returns that length. */
export function checkSameLength(arrays: Record<string, ArrayLike<number>>, allowEmpty = false): number {
  const entries = Object.entries(arrays);
  const length = entries[0][1].length;
  for (const [name, values] of entries) {
    if (values.length !== length) {
      throw new CoreError(
        "ltv-length-mismatch",
        {
          en: `${name} has ${values.length} entries but ${entries[0][0]} has ${length}: give one entry per customer in every input.`,
          es: `${name} tiene ${values.length} valores pero ${entries[0][0]} tiene ${length}: indique un valor por cliente en cada entrada.`,
        },
        name,
      );
    }
  }
  if (length === 0 && !allowEmpty) {
    throw new CoreError("ltv-no-customers", {
      en: "No customers to fit the model on: the inputs are empty.",
      es: "No hay clientes con los que ajustar el modelo: las entradas están vacías.",
    });
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
      {
        en: `frequency of customer ${index + 1} is ${frequency}: it must be a count of repeat purchases (0 or more).`,
        es: `la frecuencia del cliente ${index + 1} es ${frequency}: debe ser un número de compras repetidas (0 o más).`,
      },
      where,
    );
  }
  if (!(Number.isFinite(age) && age > 0)) {
    throw new CoreError(
      "ltv-invalid-age",
      {
        en: `age (T) of customer ${index + 1} is ${age}: it must be the time since the first purchase, greater than 0.`,
        es: `la antigüedad (T) del cliente ${index + 1} es ${age}: debe ser el tiempo desde la primera compra, mayor que 0.`,
      },
      where,
    );
  }
  // A tiny tolerance: summaries rounded to 2 decimals sometimes give recency a hair above age.
  if (!(Number.isFinite(recency) && recency >= 0 && recency <= age * (1 + 1e-9) + 1e-9)) {
    throw new CoreError(
      "ltv-invalid-recency",
      {
        en: `recency of customer ${index + 1} is ${recency} with age ${age}: it must be between 0 and the age (same time unit).`,
        es: `la recencia del cliente ${index + 1} es ${recency} con antigüedad ${age}: debe estar entre 0 y la antigüedad (misma unidad de tiempo).`,
      },
      where,
    );
  }
  if (frequency === 0 && recency !== 0) {
    throw new CoreError(
      "ltv-recency-without-repeat",
      {
        en: `customer ${index + 1} has frequency 0 but recency ${recency}: with no repeat purchase the recency must be 0.`,
        es: `el cliente ${index + 1} tiene frecuencia 0 pero recencia ${recency}: sin compras repetidas la recencia debe ser 0.`,
      },
      where,
    );
  }
}

/** Throws unless `value` is a finite number > 0 (model parameters, horizons). */
export function checkPositive(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new CoreError(
      "ltv-invalid-parameter",
      {
        en: `${name} is ${value}: it must be a number greater than 0.`,
        es: `${name} es ${value}: debe ser un número mayor que 0.`,
      },
      name,
    );
  }
}
