/**
 * Collects what happened to every row while reading: skipped rows counted per reason with a few example
 * sheet row numbers, warnings and per-column conventions. Nothing is dropped silently: every skip goes
 * through `skip`. Cost O(1) per call.
 */
import type { ColumnConvention, ReadReport, ReadWarning, SkipCount } from "../model";
import type { Localized } from "../types";
import { untranslated } from "../language";
import { fillLocalized } from "../text";
import { texts } from "../../i18n/texts";

const MAX_EXAMPLES = 5;

/** Labels of the skip reasons, by stable code. `{column}` is replaced by the column header. */
const SKIP_LABELS: Record<string, Localized> = {
  blank: texts((t) => t.read.readReport.skipLabelsBlank),
  "totals-row": texts((t) => t.read.readReport.skipLabelsTotalsRow),
  "missing-customer-id": texts((t) => t.read.readReport.skipLabelsMissingCustomerId),
  "missing-amount": texts((t) => t.read.readReport.skipLabelsMissingAmount),
  "unparseable-amount": texts((t) => t.read.readReport.skipLabelsUnparseableAmount),
  "missing-date": texts((t) => t.read.readReport.skipLabelsMissingDate),
  "unparseable-date": texts((t) => t.read.readReport.skipLabelsUnparseableDate),
  "impossible-date": texts((t) => t.read.readReport.skipLabelsImpossibleDate),
  "duplicate-row": texts((t) => t.read.readReport.skipLabelsDuplicateRow),
  "duplicate-line": texts((t) => t.read.readReport.skipLabelsDuplicateLine),
  "future-date": texts((t) => t.read.readReport.skipLabelsFutureDate),
  "after-observation-end": texts((t) => t.read.readReport.skipLabelsAfterObservationEnd),
};

function fill(text: Localized, column: string | undefined): Localized {
  return column === undefined ? text : fillLocalized(text, { column: `"${column}"` });
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
