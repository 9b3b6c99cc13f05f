/**
 * Collects what happened to every row while reading: skipped rows counted per reason with a few example
 * sheet row numbers, warnings and per-column conventions. Nothing is dropped silently: every skip goes
 * through `skip`. Cost O(1) per call.
 */
import type { ColumnConvention, ReadReport, ReadWarning, SkipCount } from "../model";
import type { Localized } from "../types";
import { untranslated } from "../language";

const MAX_EXAMPLES = 5;

/** Labels of the skip reasons, by stable code. `{column}` is replaced by the column header. */
const SKIP_LABELS: Record<string, Localized> = {
  blank: { en: "blank row", es: "fila vacía" },
  "totals-row": { en: "totals or subtotal row", es: "fila de totales o subtotales" },
  "missing-customer-id": { en: "no customer id", es: "sin id de cliente" },
  "missing-amount": { en: "no amount in column {column}", es: "sin importe en la columna {column}" },
  "unparseable-amount": {
    en: "amount in column {column} is not a number",
    es: "el importe de la columna {column} no es un número",
  },
  "missing-date": { en: "no date in column {column}", es: "sin fecha en la columna {column}" },
  "unparseable-date": {
    en: "date in column {column} is not a date",
    es: "la fecha de la columna {column} no es una fecha",
  },
  "impossible-date": {
    en: "date in column {column} does not exist in the calendar (e.g. 31/02)",
    es: "la fecha de la columna {column} no existe en el calendario (p. ej. 31/02)",
  },
  "duplicate-row": { en: "exact duplicate of an earlier row", es: "duplicado exacto de una fila anterior" },
  "duplicate-line": {
    en: "same invoice and line number as an earlier row (a duplicate line)",
    es: "misma factura y número de línea que una fila anterior (una línea duplicada)",
  },
  "future-date": {
    en: "date in column {column} is after the run date (set aside)",
    es: "la fecha de la columna {column} es posterior a la fecha de ejecución (apartada)",
  },
  "after-observation-end": {
    en: "date after the end of the observation period",
    es: "fecha posterior al final del periodo observado",
  },
};

function fill(text: Localized, column: string | undefined): Localized {
  if (column === undefined) return text;
  return { en: text.en.replace("{column}", `"${column}"`), es: text.es.replace("{column}", `"${column}"`) };
}

export class ReportBuilder {
  private readonly skips = new Map<string, SkipCount>();
  private readonly warnings: ReadWarning[] = [];
  private readonly conventions: ColumnConvention[] = [];
  rowsRead = 0;
  rowsUsed = 0;

  /** Counts one skipped row. `sheetRow` is 1-based as the user sees it. */
  skip(code: string, sheetRow: number, column?: string): void {
    const key = column === undefined ? code : `${code}|${column}`;
    let entry = this.skips.get(key);
    if (!entry) {
      const label = SKIP_LABELS[code] ?? untranslated(code);
      entry = { reason: code, label: fill(label, column), rows: 0, examples: [] };
      this.skips.set(key, entry);
    }
    entry.rows++;
    if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(sheetRow);
  }

  /** Counts `count` skipped rows at once (examples given separately). */
  skipMany(code: string, count: number, examples: readonly number[], column?: string): void {
    if (count <= 0) return;
    for (let i = 0; i < Math.min(count, examples.length); i++) this.skip(code, examples[i], column);
    const key = column === undefined ? code : `${code}|${column}`;
    const entry = this.skips.get(key);
    if (entry) entry.rows += count - Math.min(count, examples.length);
  }

  warn(code: string, message: Localized, column?: string): void {
    this.warnings.push(column === undefined ? { code, message } : { code, message, column });
  }

  convention(convention: ColumnConvention): void {
    this.conventions.push(convention);
  }

  skippedRows(): number {
    let total = 0;
    for (const entry of this.skips.values()) total += entry.rows;
    return total;
  }

  build(): ReadReport {
    const skipped = [...this.skips.values()].sort((a, b) => b.rows - a.rows);
    return {
      rowsRead: this.rowsRead,
      rowsUsed: this.rowsUsed,
      rowsSkipped: this.skippedRows(),
      skipped,
      warnings: this.warnings.slice(),
      conventions: this.conventions.slice(),
    };
  }
}
