/**
 * The entrance of every feature: a grid of cells as Excel gives it → customer data, with everything said
 * about how it was read (table found, column roles, shape, conventions, rows used and skipped and why).
 *
 * Steps: `findTable` → `mapColumns` (headers, checked against the values) → `detectShape` → one reading
 * decision per typed column (`decideColumn`) → `readCustomerRows` or `readTransactionRows` (which calls
 * `summarizeTransactions`).
 *
 * Cost: O(rows × mapped columns); a million transaction rows take about a second (tests/bench/read.bench.ts).
 * @throws CoreError on a grid without a table, without a customer column, without an amount column, or
 *   (transactions) without a date column; each message says what to add or map.
 */
import { detectCurrency } from "./detect-currency";
import type { ReadResult } from "../analysis";
import { CoreError } from "../errors";
import type { ColumnMapping, Role } from "../model";
import type { CellValue, Grid, Localized } from "../types";
import { formatNumber } from "../format";
import { listIn, seriesIn, type TextLang } from "../language";
import {
  contradictionOf,
  decideColumn,
  sampleColumn,
  type CellParser,
  type TypedReading,
} from "./column-parsers";
import { detectShape } from "./detect-shape";
import { featureHistoryColumns, withFeatureHistory } from "./feature-table";
import { findTable } from "./find-table";
import { ROLE_LABELS } from "./header-dictionary";
import { headerLanguage, mapColumns, matchHeader } from "./map-columns";
import { isMissingCell } from "./missing-values";
import { cellText, type ReadContext, type ReadCustomerGridOptions } from "./read-context";
import { readCustomerRows } from "./read-customer-rows";
import { ReportBuilder } from "./read-report";
import { readTransactionRows } from "./read-transaction-rows";
import { texts } from "../../i18n/texts";

export type { ReadCustomerGridOptions } from "./read-context";

/** Ids looked at to tell customer sheets (ids unique) from transaction sheets (ids repeat). */
const SHAPE_SAMPLE = 10000;

function headerText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

/**
 * Reads a customer or transaction table from a grid. See the module comment.
 *
 * @example
 * readCustomerGrid([["Cliente", "Ventas"], ["Ana", "1.234,56"]]).customers.revenue[0] // => 1234.56
 */
export function readCustomerGrid(grid: Grid, options: ReadCustomerGridOptions = {}): ReadResult {
  if (!Array.isArray(grid)) {
    throw new CoreError(
      "not-a-grid",
      texts((t) => t.read.readCustomerGrid.notATable),
    );
  }
  const table = findTable(grid);
  const headerRow = grid[table.headerRow];
  const headers: string[] = [];
  for (let c = table.firstColumn; c <= table.lastColumn; c++) headers.push(headerText(headerRow[c]));
  const lang = headerLanguage(headers);
  const samples = new Map<number, CellValue[]>();
  const sampleOf = (column: number): CellValue[] => {
    let sample = samples.get(column);
    if (!sample) {
      sample = sampleColumn(grid, table.firstColumn + column, table.firstRow, table.lastRow);
      samples.set(column, sample);
    }
    return sample;
  };
  const mapping: ColumnMapping[] = mapColumns(headers, {
    overrides: options.overrides,
    validate: (column, role) => contradictionOf(role, headers[column], sampleOf(column), lang),
  });

  // A customer-feature table (the SQL feature query's output): its history columns are not roles of their own.
  const featureColumns = featureHistoryColumns(headers);
  if (featureColumns) {
    const historyColumns = new Set(Object.values(featureColumns));
    for (const entry of mapping) {
      if (!historyColumns.has(entry.column) || options.overrides?.[entry.header] !== undefined) continue;
      entry.role = null;
      entry.confidence = 0;
      entry.reason = texts((t) => t.read.readCustomerGrid.featureTableColumn(entry.header));
    }
  }

  const columnOf: Partial<Record<Role, number>> = {};
  const headerOf: Partial<Record<Role, string>> = {};
  const protectedHeaders: string[] = [];
  for (const entry of mapping) {
    if (!entry.role) continue;
    if (entry.role === "protected") protectedHeaders.push(entry.header);
    else if (columnOf[entry.role] === undefined) {
      columnOf[entry.role] = table.firstColumn + entry.column;
      headerOf[entry.role] = entry.header;
    }
  }
  // Columns whose header names a role but whose values contradicted it (mostly text under "Ventas", impossible
  // dates under "Fecha"): the refusals below name them and their values instead of "no column looks like".
  const rejected = (roles: readonly Role[]): Localized => {
    const entries = mapping.filter((m) => {
      const match = m.role === null && m.header !== "" ? matchHeader(m.header) : null;
      return match !== null && roles.includes(match.role);
    });
    return texts((t, textLang) =>
      entries.map((m) => t.read.readCustomerGrid.fixOrMapAnother(m.reason[textLang])).join(""),
    );
  };
  // The headers found, quoted, as a series in each language's conventions (the message is bilingual).
  const quotedHeaders = headers.filter((header) => header !== "").map((header) => `"${header}"`);
  if (columnOf.customerId === undefined && columnOf.customerName === undefined) {
    throw new CoreError(
      "no-customer-column",
      texts((t, textLang) => t.read.readCustomerGrid.noIdOrNameColumn(seriesIn(textLang, quotedHeaders))),
      `row ${table.headerRow + 1}`,
    );
  }
  if (
    columnOf.revenue === undefined &&
    (columnOf.quantity === undefined || columnOf.unitPrice === undefined)
  ) {
    const why = rejected(["revenue", "quantity", "unitPrice"]);
    throw new CoreError(
      "no-amount-column",
      why.en !== ""
        ? texts((t, textLang) => t.read.readCustomerGrid.noRevenueReadable(why[textLang]))
        : texts((t, textLang) => t.read.readCustomerGrid.noRevenueColumn(seriesIn(textLang, quotedHeaders))),
      `row ${table.headerRow + 1}`,
    );
  }

  // Shape: do customer ids repeat?
  const idColumn = (columnOf.customerId ?? columnOf.customerName)!;
  const distinct = new Set<string>();
  let sampledIds = 0;
  const rows = table.lastRow - table.firstRow + 1;
  const step = rows > SHAPE_SAMPLE ? rows / SHAPE_SAMPLE : 1;
  for (let k = 0; k < Math.min(rows, SHAPE_SAMPLE); k++) {
    const cell = grid[table.firstRow + Math.floor(k * step)]?.[idColumn];
    if (cell === undefined || isMissingCell(cell) || cell === "") continue;
    sampledIds++;
    distinct.add(cellText(cell));
  }
  const shape = detectShape(mapping, { sampledIds, distinctIds: distinct.size }, options.shape);
  if (shape.shape === "transactions" && columnOf.date === undefined) {
    const rejections = rejected(["date"]);
    const why: Localized = rejections.en ? rejections : texts((t) => t.read.readCustomerGrid.renameOneEG);
    throw new CoreError(
      "no-date-column",
      texts((t, textLang) =>
        t.read.readCustomerGrid.transactionDataNeeds(seriesIn(textLang, quotedHeaders), why[textLang]),
      ),
    );
  }
  if (shape.shape === "customers" && columnOf.date !== undefined && columnOf.lastPurchase === undefined) {
    // On a customer sheet a plain "Date" column is the customer's last purchase.
    const entry = mapping.find((m) => m.role === "date" && table.firstColumn + m.column === columnOf.date)!;
    entry.role = "lastPurchase";
    entry.reason = texts((t) => t.read.readCustomerGrid.headerIsADate(entry.header));
    columnOf.lastPurchase = columnOf.date;
    headerOf.lastPurchase = headerOf.date;
    delete columnOf.date;
    delete headerOf.date;
  }

  const report = new ReportBuilder();
  const parsers: Partial<Record<Role, CellParser>> = {};
  const typed: Partial<Record<Role, TypedReading>> = {};
  for (const role of Object.keys(columnOf) as Role[]) {
    const column = columnOf[role]!;
    const decision = decideColumn(
      role,
      headerOf[role]!,
      sampleOf(column - table.firstColumn),
      lang,
      options.numberFormats?.[table.firstRow]?.[column],
    );
    if (!decision) continue;
    parsers[role] = decision.parse;
    if (decision.typed) typed[role] = decision.typed;
    if (decision.convention) report.convention(decision.convention);
    if (decision.mixed) report.warn("mixed-formats", decision.mixed, headerOf[role]);
  }
  if (protectedHeaders.length > 0) {
    report.warn(
      "protected-attributes",
      texts((t, textLang) => t.read.readCustomerGrid.protectedAttributes(listIn(textLang, protectedHeaders))),
    );
  }
  if (columnOf.customerId === undefined) {
    report.warn(
      "names-as-ids",
      texts((t) => t.read.readCustomerGrid.namesAsIds(headerOf.customerName)),
    );
  }
  // The money column that says its currency: revenue, else the unit price of transaction lines (known
  // before the rows are read: the readers' notes quote money in it).
  const moneyColumn = columnOf.revenue ?? columnOf.unitPrice;
  const currency =
    moneyColumn === undefined
      ? null
      : detectCurrency(
          Array.from(
            { length: Math.min(200, table.lastRow - table.firstRow + 1) },
            (_, k) => options.numberFormats?.[table.firstRow + k]?.[moneyColumn],
          ),
          sampleOf(moneyColumn - table.firstColumn),
        );
  const context: ReadContext = {
    grid,
    table,
    columnOf,
    headerOf,
    protectedHeaders,
    parsers,
    typed,
    report,
    lang,
    shape: shape.shape,
    options,
    sheetRowOffset: options.firstSheetRow ?? 1,
    currency,
  };
  let customers = shape.shape === "transactions" ? readTransactionRows(context) : readCustomerRows(context);
  if (featureColumns && shape.shape === "customers" && customers.count > 0)
    customers = withFeatureHistory(
      customers,
      grid,
      table,
      idColumn,
      featureColumns,
      parsers.lastPurchase ?? parsers.firstPurchase,
      options.timeUnit,
    );
  if (customers.count === 0) {
    const built = report.build();
    const reasons = (lang: TextLang) => built.skipped.map((s) => `${s.label[lang]} (${s.rows})`).join("; ");
    throw new CoreError(
      "no-usable-rows",
      texts((t, textLang) =>
        t.read.readCustomerGrid.noneOfTheRows(
          built.rowsRead,
          reasons(textLang),
          ROLE_LABELS.customerId[textLang],
        ),
      ),
    );
  }
  return {
    kind: shape.shape,
    kindReason: shape.reason,
    currency,
    table: {
      headerRow: table.headerRow,
      firstRow: table.firstRow,
      lastRow: table.lastRow,
      firstColumn: table.firstColumn,
      lastColumn: table.lastColumn,
    },
    mapping,
    report: report.build(),
    customers,
  };
}

/**
 * Refuses totals no one could trust, for every surface that shows them (analysis, CLI inspect): revenue that
 * adds up to nothing or less with negative amounts (refunds or costs in the revenue column) would show a
 * positive margin % on a negative base. Throws CoreError "revenue-not-positive" naming the column.
 * (Single amounts past any real amount are refused while reading: checkPlausibleAmount.)
 */
export function assertPlausibleTotals(read: ReadResult): void {
  let total = 0;
  let negative = 0;
  for (let i = 0; i < read.customers.count; i++) {
    total += read.customers.revenue[i];
    if (read.customers.revenue[i] < 0) negative++;
  }
  if (total <= 0 && negative > 0) {
    const header = read.mapping.find((m) => m.role === "revenue" || m.role === "unitPrice")?.header ?? "";
    throw new CoreError(
      "revenue-not-positive",
      texts((t, textLang) =>
        t.read.readCustomerGrid.revenueColumnNotPositive(
          header,
          formatNumber(total, textLang, 2),
          negative,
          read.customers.count,
        ),
      ),
      header,
    );
  }
}
