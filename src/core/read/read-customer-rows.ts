/**
 * Customer-level sheets: one row per customer → `CustomerData`.
 *
 * Row rules (each skip counted with its reason):
 * - blank rows → "blank"; totals/subtotal rows → "totals-row" (a "Total"/"Subtotal" label, or a row without
 *   id whose revenue equals the sum of the rows above it);
 * - no id → "missing-customer-id"; no revenue → "missing-amount" (except a lead: a row with a lead status and
 *   no revenue is a customer with revenue 0); revenue not a number → "unparseable-amount";
 * - **repeated ids**: rows with the same id are one customer (an identical row too: without an invoice or
 *   line number it is a repeat purchase, kept and counted in the "identical-lines-kept" warning): money and counts are added (revenue, margin, cost, orders,
 *   previous revenue, acquisition spend, cost to serve, referrals), dates take the earliest first purchase
 *   and the latest last purchase, ratios/scores and text attributes keep the first non-empty value; a warning
 *   says how many ids were merged.
 * - margin: the margin-amount column; else margin % × revenue; else revenue − cost.
 * Cost O(rows × mapped columns).
 */
import { seriesIn } from "../language";
import { createCustomerData } from "../customer-data";
import type { CustomerData, CustomerNumericField, DimensionField, Role } from "../model";
import type { CellValue } from "../types";
import { isBlankRow, totalsLabelKind } from "./find-table";
import { isMissingCell } from "./missing-values";
import {
  BadValueCounter,
  cellText,
  checkPlausibleAmount,
  closeToSum,
  type ReadContext,
} from "./read-context";
import { DIMENSIONS } from "../role-labels";
import { texts } from "../../i18n/texts";

const ADDITIVE: readonly CustomerNumericField[] = [
  "orders",
  "previousRevenue",
  "acquisitionSpend",
  "costToServe",
  "referrals",
];
const FIRST_VALUE: readonly CustomerNumericField[] = ["onlineShare", "nps", "shareOfWallet"];
const ROLE_OF_FIELD: Partial<Record<CustomerNumericField, Role>> = {
  orders: "orders",
  previousRevenue: "previousRevenue",
  acquisitionSpend: "acquisitionSpend",
  costToServe: "costToServe",
  referrals: "referrals",
  onlineShare: "onlineShare",
  nps: "nps",
  shareOfWallet: "shareOfWallet",
};
export const DIMENSION_ROLES: readonly DimensionField[] = DIMENSIONS;

/** EU company-size classes for an employee count, so a numeric size column can be crossed like a tier. */
function sizeClass(employees: number): string {
  if (employees < 10) return "1-9";
  if (employees < 50) return "10-49";
  if (employees < 250) return "50-249";
  return "250+";
}

export function readDimension(field: DimensionField, cell: CellValue | undefined): string {
  if (field === "size" && typeof cell === "number" && Number.isFinite(cell)) return sizeClass(cell);
  return cellText(cell);
}

const minKnown = (a: number, b: number): number =>
  Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.min(a, b);
const maxKnown = (a: number, b: number): number =>
  Number.isNaN(a) ? b : Number.isNaN(b) ? a : Math.max(a, b);

/** The text signature of a row for duplicate detection: every cell's text, joined by \u0001. */
function rowSignature(row: readonly CellValue[]): string {
  let signature = "";
  for (let c = 0; c < row.length; c++) signature += c === 0 ? cellText(row[c]) : "\u0001" + cellText(row[c]);
  return signature;
}

/** True when a text cell of the row contains the signature separator \u0001 (numbers and booleans cannot). */
function holdsSignatureSeparator(row: readonly CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell === "string" && cell.indexOf("\u0001") >= 0) return true;
  }
  return false;
}

/**
 * Customer number of each id seen so far: open addressing (linear probing, FNV-1a hash of the id) in a table
 * sized once for `capacity` ids. A Map rehashes into fresh memory as it grows, and its get/set were a third of
 * the reading time at 10^5 rows. `find` gives the customer number or −1; `add` records the id of the last `find` that gave −1.
 */
class IdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The slot `find` stopped at (the empty slot a following `add` of the same id fills). */
  private at = 0;

  constructor(
    capacity: number,
    private readonly ids: readonly string[],
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size); // customer number + 1; 0 = empty
    this.mask = size - 1;
  }

  find(id: string): number {
    let hash = 0x811c9dc5;
    for (let c = 0; c < id.length; c++) hash = Math.imul(hash ^ id.charCodeAt(c), 0x01000193);
    let at = hash & this.mask;
    for (;;) {
      const held = this.slots[at];
      if (held === 0) break;
      if (this.ids[held - 1] === id) {
        this.at = at;
        return held - 1;
      }
      at = (at + 1) & this.mask;
    }
    this.at = at;
    return -1;
  }

  /** Right after a `find(id)` that returned −1. */
  add(customer: number): void {
    this.slots[this.at] = customer + 1;
  }
}

export function readCustomerRows(context: ReadContext): CustomerData {
  const { grid, table, columnOf, headerOf, parsers, report, options } = context;
  const idColumn = columnOf.customerId ?? columnOf.customerName;
  const nameColumn = columnOf.customerName;
  const badValues = new BadValueCounter();

  // Columns sized for one customer per row (at most), filled by index, cut to the customers found and handed
  // to createCustomerData without a copy (`adopt`): growing arrays by push allocated about three times their
  // final size, and fresh memory is slow (see kmeans.ts, scratchBuffer).
  const capacity = Math.max(0, table.lastRow - table.firstRow + 1);
  let count = 0;
  const ids: string[] = new Array<string>(capacity);
  const names: string[] = new Array<string>(capacity);
  const index = new IdIndex(capacity, ids);
  const revenue = new Float64Array(capacity);
  const margin = new Float64Array(capacity);
  const firstPurchase = new Float64Array(capacity);
  const lastPurchase = new Float64Array(capacity);
  const numeric: Partial<Record<CustomerNumericField, Float64Array>> = {};
  for (const field of [...ADDITIVE, ...FIRST_VALUE])
    if (columnOf[ROLE_OF_FIELD[field]!] !== undefined) numeric[field] = new Float64Array(capacity);
  const leadStatus: string[] = new Array<string>(capacity);
  const contactColumn = columnOf.contact;
  const contact: string[] = contactColumn === undefined ? [] : new Array<string>(capacity);
  const dimensions: Partial<Record<DimensionField, string[]>> = {};
  for (const field of DIMENSION_ROLES)
    if (columnOf[field] !== undefined) dimensions[field] = new Array<string>(capacity);
  const numericFields = Object.keys(numeric) as CustomerNumericField[];
  const dimensionFields = Object.keys(dimensions) as DimensionField[];
  const labelColumns: number[] = [];
  for (const column of [idColumn, nameColumn, table.firstColumn])
    if (column !== undefined) labelColumns.push(column);
  // Identical rows (equal to an earlier row in every cell) are found by a text signature of the row.
  // Identical rows have the same id, so a row can only repeat an earlier row of its own customer: the
  // signature of a customer's first row is computed only when a second row with that id shows up (most
  // customers have one row, and signatures are most of the cost of reading). pendingRow[i] is the grid row
  // of customer i's first row while its signature is not in seenRows yet, −1 after. The separator \u0001
  // inside a cell could make different rows' signatures equal; if any cell holds it, every signature is
  // computed from then on (the exact earlier behaviour).
  const seenRows = new Set<string>();
  const pendingRow = new Int32Array(capacity);
  let everyRowSigned = false;
  let mergedIds = 0;
  let identicalLines = 0;
  const seenLines =
    columnOf.invoiceId !== undefined && columnOf.lineNumber !== undefined ? new Set<string>() : undefined;
  const identicalRows: number[] = [];
  let marginsAbove100 = 0;
  const marginAbove100Rows: number[] = [];
  let futureDates = 0;
  const futureDateRows: number[] = [];
  let leadsWithoutRevenue = 0;
  let sumSinceTotal = 0;
  let rowsSinceTotal = 0;
  let grandSum = 0;

  const parseField = (role: Role, row: readonly CellValue[], sheetRow: number): number => {
    const column = columnOf[role];
    const parse = parsers[role];
    if (column === undefined || !parse) return NaN;
    const cell = row[column];
    const value = parse(cell);
    if (Number.isNaN(value) && !isMissingCell(cell) && cell !== "" && cell !== undefined)
      badValues.add(headerOf[role]!, sheetRow, cell);
    return value;
  };

  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const row = grid[r] ?? [];
    const sheetRow = r + context.sheetRowOffset;
    report.rowsRead++;
    if (isBlankRow(row, table.firstColumn, table.lastColumn)) {
      report.skip("blank", sheetRow);
      continue;
    }
    const idCell = idColumn === undefined ? undefined : row[idColumn];
    const id = isMissingCell(idCell) ? "" : cellText(idCell);
    // Totals label: in the id, the name or the first column of the table.
    let label: "pure" | "prefix" | "" = "";
    for (let c = 0; c < labelColumns.length; c++) {
      const cell = row[labelColumns[c]];
      if (typeof cell === "string") {
        const kind = totalsLabelKind(cell.trim());
        if (kind === "pure" || (kind === "prefix" && label === "")) label = kind;
      }
    }
    // Revenue of the row: the revenue column, or quantity × unit price.
    let amountCell: CellValue | undefined;
    let amount: number;
    if (columnOf.revenue !== undefined) {
      amountCell = row[columnOf.revenue];
      amount = parsers.revenue!(amountCell);
    } else {
      const quantity = parsers.quantity!(row[columnOf.quantity!]);
      const price = parsers.unitPrice!(row[columnOf.unitPrice!]);
      amountCell = Number.isNaN(quantity) ? row[columnOf.quantity!] : row[columnOf.unitPrice!];
      amount = quantity * price;
    }
    const amountHeader = headerOf.revenue ?? headerOf.unitPrice!;
    const sumsAbove =
      rowsSinceTotal >= 2 && (closeToSum(amount, sumSinceTotal) || closeToSum(amount, grandSum));
    if (label === "pure" || (label === "prefix" && (sumsAbove || id === "")) || (id === "" && sumsAbove)) {
      report.skip("totals-row", sheetRow);
      sumSinceTotal = 0;
      rowsSinceTotal = 0;
      continue;
    }
    if (id === "") {
      report.skip("missing-customer-id", sheetRow);
      continue;
    }
    checkPlausibleAmount(amount, amountHeader, sheetRow, amountCell);
    const status = columnOf.leadStatus === undefined ? "" : cellText(row[columnOf.leadStatus]);
    if (Number.isNaN(amount)) {
      if (isMissingCell(amountCell) || amountCell === undefined) {
        if (status === "") {
          report.skip("missing-amount", sheetRow, amountHeader);
          continue;
        }
        amount = 0;
        leadsWithoutRevenue++;
      } else {
        report.skip("unparseable-amount", sheetRow, amountHeader);
        continue;
      }
    }
    if (seenLines) {
      // Invoice + line number mapped: a repeated pair is the same line twice, the one true duplicate.
      const invoiceText = cellText(row[columnOf.invoiceId!]);
      const lineText = cellText(row[columnOf.lineNumber!]);
      if (invoiceText !== "" && lineText !== "") {
        const key = `${invoiceText}\u0001${lineText}`;
        if (seenLines.has(key)) {
          report.skip("duplicate-line", sheetRow);
          continue;
        }
        seenLines.add(key);
      }
    }
    let i: number | undefined = index.find(id);
    if (i < 0) i = undefined;
    if (!everyRowSigned && holdsSignatureSeparator(row)) {
      everyRowSigned = true;
      for (let k = 0; k < count; k++) {
        if (pendingRow[k] >= 0) seenRows.add(rowSignature(grid[pendingRow[k]] ?? []));
        pendingRow[k] = -1;
      }
    }
    if (!seenLines && (everyRowSigned || i !== undefined)) {
      if (i !== undefined && pendingRow[i] >= 0) {
        seenRows.add(rowSignature(grid[pendingRow[i]] ?? []));
        pendingRow[i] = -1;
      }
      // Identical rows are kept: without an invoice or line number nothing tells a duplicate from the
      // same purchase made twice, and dropping them loses real revenue. They are counted and reported.
      const signature = rowSignature(row);
      if (seenRows.has(signature)) {
        identicalLines++;
        if (identicalRows.length < 5) identicalRows.push(sheetRow);
      } else seenRows.add(signature);
    }
    report.rowsUsed++;
    sumSinceTotal += amount;
    grandSum += amount;
    rowsSinceTotal++;

    let rowMargin = parseField("marginAmount", row, sheetRow);
    if (columnOf.marginAmount === undefined) {
      if (columnOf.marginPercent !== undefined)
        rowMargin = parseField("marginPercent", row, sheetRow) * amount;
      else if (columnOf.cost !== undefined) rowMargin = amount - parseField("cost", row, sheetRow);
    }
    const marginRole = columnOf.marginAmount !== undefined ? "marginAmount" : "cost";
    if (columnOf[marginRole] !== undefined)
      checkPlausibleAmount(rowMargin, headerOf[marginRole]!, sheetRow, row[columnOf[marginRole]!]);
    if (amount > 0 && rowMargin > amount) {
      marginsAbove100++;
      if (marginAbove100Rows.length < 5) marginAbove100Rows.push(sheetRow);
    }
    let first = parseField("firstPurchase", row, sheetRow);
    let last = parseField("lastPurchase", row, sheetRow);
    // A purchase date after the run (a typo like 2099) would move the as-of date for everyone: the date is
    // set aside (left unknown), the customer and the amounts stay.
    if (options.todayDay !== undefined && (first > options.todayDay || last > options.todayDay)) {
      futureDates++;
      if (futureDateRows.length < 5) futureDateRows.push(sheetRow);
      if (first > options.todayDay) first = NaN;
      if (last > options.todayDay) last = NaN;
    }

    if (i === undefined) {
      i = count++;
      index.add(i);
      ids[i] = id;
      pendingRow[i] = everyRowSigned ? -1 : r;
      names[i] = nameColumn !== undefined && nameColumn !== idColumn ? cellText(row[nameColumn]) || id : id;
      revenue[i] = amount;
      margin[i] = rowMargin;
      firstPurchase[i] = first;
      lastPurchase[i] = last;
      for (const field of numericFields)
        numeric[field]![i] = parseField(ROLE_OF_FIELD[field]!, row, sheetRow);
      leadStatus[i] = status;
      if (contactColumn !== undefined) contact[i] = cellText(row[contactColumn]);
      for (const field of dimensionFields)
        dimensions[field]![i] = readDimension(field, row[columnOf[field]!]);
      continue;
    }
    // Same id, different row: one customer (see the module comment).
    mergedIds++;
    revenue[i] += amount;
    margin[i] = Number.isNaN(margin[i])
      ? rowMargin
      : Number.isNaN(rowMargin)
        ? margin[i]
        : margin[i] + rowMargin;
    firstPurchase[i] = minKnown(firstPurchase[i], first);
    lastPurchase[i] = maxKnown(lastPurchase[i], last);
    for (const field of numericFields) {
      const value = parseField(ROLE_OF_FIELD[field]!, row, sheetRow);
      const values = numeric[field]!;
      if (Number.isNaN(values[i])) values[i] = value;
      else if (ADDITIVE.includes(field) && !Number.isNaN(value)) values[i] += value;
    }
    if (leadStatus[i] === "") leadStatus[i] = status;
    if (contactColumn !== undefined && contact[i] === "") contact[i] = cellText(row[contactColumn]);
    for (const field of dimensionFields) {
      if (dimensions[field]![i] === "") dimensions[field]![i] = readDimension(field, row[columnOf[field]!]);
    }
  }

  badValues.flush(report);
  if (identicalLines > 0) {
    report.warn(
      "identical-lines-kept",
      texts((t, textLang) =>
        t.read.readCustomerRows.identicalLinesKept(
          identicalLines,
          seriesIn(textLang, identicalRows),
          identicalLines > identicalRows.length ? "…" : "",
        ),
      ),
    );
  }
  if (mergedIds > 0) {
    report.warn(
      "merged-duplicate-ids",
      texts((t) => t.read.readCustomerRows.mergedDuplicateIds(mergedIds)),
    );
  }
  if (marginsAbove100 > 0) {
    report.warn(
      "margin-above-revenue",
      texts((t, textLang) =>
        t.read.readCustomerRows.marginAboveRevenue(marginsAbove100, seriesIn(textLang, marginAbove100Rows)),
      ),
    );
  }
  if (futureDates > 0) {
    report.warn(
      "future-dates",
      texts((t, textLang) =>
        t.read.readCustomerRows.futureDates(futureDates, seriesIn(textLang, futureDateRows)),
      ),
    );
  }
  if (leadsWithoutRevenue > 0) {
    report.warn(
      "leads-without-revenue",
      texts((t) => t.read.readCustomerRows.leadsWithoutRevenue(leadsWithoutRevenue)),
    );
  }

  for (const column of [ids, names, leadStatus, contact, ...Object.values(dimensions)])
    if (column.length > count) column.length = count;
  const used = (column: Float64Array): Float64Array => column.subarray(0, count);
  const usedNumeric: Partial<Record<CustomerNumericField, Float64Array>> = {};
  for (const field of numericFields) usedNumeric[field] = used(numeric[field]!);
  let asOfDay = -Infinity;
  for (let i = 0; i < count; i++) {
    if (lastPurchase[i] > asOfDay) asOfDay = lastPurchase[i];
    if (firstPurchase[i] > asOfDay) asOfDay = firstPurchase[i];
  }
  if (!Number.isFinite(asOfDay)) asOfDay = options.todayDay ?? NaN;
  const hasMargin =
    columnOf.marginAmount !== undefined ||
    columnOf.marginPercent !== undefined ||
    columnOf.cost !== undefined;
  return createCustomerData({
    ids,
    names,
    revenue: used(revenue),
    numeric: {
      ...usedNumeric,
      marginAmount: hasMargin ? used(margin) : undefined,
      firstPurchaseDay: used(firstPurchase),
      lastPurchaseDay: used(lastPurchase),
    },
    leadStatus,
    contact: contactColumn === undefined ? undefined : contact,
    dimensions,
    protectedColumns: context.protectedHeaders,
    asOfDay,
    adopt: true,
  });
}
