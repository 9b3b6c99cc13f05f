/**
 * Transaction-level sheets: one row per invoice line → columnar `TransactionTable` → `summarizeTransactions`.
 *
 * Row rules (each skip counted): blank → "blank"; "Total"/"Subtotal" rows or rows without id whose amount
 * equals the sum above → "totals-row"; no id → "missing-customer-id"; no/invalid date → "missing-date" /
 * "unparseable-date"; no/invalid amount → "missing-amount" / "unparseable-amount"; date after
 * `observationEndDay` → "after-observation-end". Returns (negative quantity or amount) and cancellations
 * (invoice id "C" + digit) are used and netted against sales (see `summarize-transactions`), and reported
 * as a warning with their count and amount. Identical lines are NOT treated as duplicates here: the same
 * product twice on one invoice is legitimate. Only a repeated invoice + line number (both columns mapped) is a
 * duplicate: skipped as "duplicate-line".
 *
 * Cost: O(rows × mapped columns); typed arrays and two hash maps (ids, invoices), no per-row objects.
 */
import { seriesIn } from "../language";
import { formatMoney } from "../format";
import type { CustomerData, DimensionField } from "../model";
import type { CellValue } from "../types";
import { isBlankRow, totalsLabelKind } from "./find-table";
import { isMissingCell } from "./missing-values";
import { isImpossibleDateText } from "./parse-date";
import {
  BadValueCounter,
  cellText,
  checkPlausibleAmount,
  closeToSum,
  isPlausibleAmount,
  type ReadContext,
} from "./read-context";
import { DIMENSION_ROLES, readDimension } from "./read-customer-rows";
import { summarizeTransactions } from "./summarize-transactions";
import { PLAIN_INTEGER, textTableOf, type TypedNumbers } from "./text-table";
import { texts } from "../../i18n/texts";

/** Interns ids written as numbers or text ("1001" and 1001 are the same id; "01001" is not). */
class IdInterner {
  private readonly numbers = new Map<number, number>();
  private readonly texts = new Map<string, number>();
  readonly values: string[] = [];

  /** Index of a non-missing id cell. */
  intern(cell: number | string): number {
    if (typeof cell === "number") {
      let index = this.numbers.get(cell);
      if (index === undefined) {
        index = this.values.length;
        this.numbers.set(cell, index);
        this.values.push(String(cell));
      }
      return index;
    }
    let index = this.texts.get(cell);
    if (index !== undefined) return index;
    const text = cell.trim();
    const code = text.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      const asNumber = Number(text);
      if (String(asNumber) === text) {
        index = this.intern(asNumber);
        this.texts.set(cell, index);
        return index;
      }
    }
    index = text === cell ? undefined : this.texts.get(text);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(text);
      this.texts.set(text, index);
    }
    this.texts.set(cell, index);
    return index;
  }
}

const CANCELLED_INVOICE = /^[Cc]\d/;

/** A number column's typed values (text-table.ts) and whether its parser reads "12.5" as 12.5. */
interface TypedColumn {
  numbers: TypedNumbers;
  point: boolean;
}

/** Cell r of a typed column when its parser would give that value, else `parse(at(column))` (the general rules). */
function numberAt(
  typed: TypedColumn | undefined,
  r: number,
  parse: (cell: CellValue | undefined) => number,
  at: (column: number) => CellValue | undefined,
  column: number,
): number {
  if (typed !== undefined) {
    const kind = typed.numbers.kind[r];
    if (kind === PLAIN_INTEGER || (kind !== 0 && typed.point)) return typed.numbers.value[r];
  }
  return parse(at(column));
}

/** Kinds of a distinct id text (readTransactionRows): not looked at yet, a plain usable id, anything else. */
const ID_PLAIN = 1;
const ID_OTHER = 2;

export function readTransactionRows(context: ReadContext): CustomerData {
  const { grid, table, columnOf, headerOf, parsers, report, options } = context;
  const capacity = table.lastRow - table.firstRow + 1;
  const idColumn = (columnOf.customerId ?? columnOf.customerName)!;
  const dateColumn = columnOf.date!;
  const parseDate = parsers.date!;
  const revenueColumn = columnOf.revenue;
  const parseRevenue = parsers.revenue;
  const quantityColumn = columnOf.quantity;
  const parseQuantity = parsers.quantity;
  const priceColumn = columnOf.unitPrice;
  const parsePrice = parsers.unitPrice;
  const marginColumn = columnOf.marginAmount ?? columnOf.marginPercent ?? columnOf.cost;
  const marginKind =
    columnOf.marginAmount !== undefined
      ? "amount"
      : columnOf.marginPercent !== undefined
        ? "percent"
        : "cost";
  const parseMargin =
    columnOf.marginAmount !== undefined
      ? parsers.marginAmount
      : columnOf.marginPercent !== undefined
        ? parsers.marginPercent
        : parsers.cost;
  const marginHeader =
    marginColumn === undefined ? "" : (headerOf.marginAmount ?? headerOf.marginPercent ?? headerOf.cost)!;
  const invoiceColumn = columnOf.invoiceId;
  const lineColumn = invoiceColumn !== undefined ? columnOf.lineNumber : undefined;
  // Invoice + line number keys seen: a second row with the same key is the same line exported twice.
  const seenLines = lineColumn !== undefined ? new Set<string>() : undefined;
  const categoryColumn = columnOf.category;
  const nameColumn = columnOf.customerName !== idColumn ? columnOf.customerName : undefined;
  const leadColumn = columnOf.leadStatus;
  const contactColumn = columnOf.contact;
  const amountHeader = (headerOf.revenue ?? headerOf.unitPrice)!;
  const dateHeader = headerOf.date!;
  const end = options.observationEndDay ?? Infinity;
  const today = options.todayDay ?? Infinity;

  const customer = new Int32Array(capacity);
  const day = new Float64Array(capacity);
  const amount = new Float64Array(capacity);
  const margin = marginColumn !== undefined ? new Float64Array(capacity) : undefined;
  const invoice = invoiceColumn !== undefined ? new Float64Array(capacity) : undefined;
  const isReturn = new Uint8Array(capacity);
  const category = categoryColumn !== undefined ? new Int32Array(capacity) : undefined;
  const ids = new IdInterner();
  // Text invoice ids → keys −1e15 − index; numeric ids are their own key (no hashing on the hot path).
  const textInvoices = new Map<string, number>();
  const categoryIndex = new Map<string, number>();
  const categoryNames: string[] = [];
  const names: string[] = [];
  const leadStatus: string[] = [];
  const contact: string[] = [];
  const dimensionFields = DIMENSION_ROLES.filter((field) => columnOf[field] !== undefined);
  const dimensions: Partial<Record<DimensionField, string[]>> = {};
  for (const field of dimensionFields) dimensions[field] = [];
  const badValues = new BadValueCounter();
  // A grid view over a CSV text: plainly written numbers and ISO dates come from its typed columns.
  const textTable = textTableOf(grid);
  const typedColumn = (role: "revenue" | "quantity" | "unitPrice" | "marginAmount" | "cost") => {
    const column = columnOf[role];
    const reading = context.typed?.[role];
    if (!textTable || column === undefined || (reading !== "number-point" && reading !== "number-comma"))
      return undefined;
    return { numbers: textTable.numbers(column), point: reading === "number-point" } satisfies TypedColumn;
  };
  const typedRevenue = typedColumn("revenue");
  const typedQuantity = typedColumn("quantity");
  const typedPrice = typedColumn("unitPrice");
  const typedMargin =
    marginKind === "amount"
      ? typedColumn("marginAmount")
      : marginKind === "cost"
        ? typedColumn("cost")
        : undefined;
  const typedDays = textTable && context.typed?.date === "date" ? textTable.isoDays(dateColumn) : undefined;
  // Over a CSV text, cells are read one by one (no row array per line); ids and categories as distinct texts,
  // each looked at once: per distinct id, its kind (IDS_PLAIN: a usable id, no totals label) and customer.
  const idCells = textTable?.distinct(idColumn);
  const idKind = idCells ? new Uint8Array(idCells.texts.length) : undefined;
  const idCustomer = idCells ? new Int32Array(idCells.texts.length).fill(-1) : undefined;
  const categoryCells =
    textTable && categoryColumn !== undefined ? textTable.distinct(categoryColumn) : undefined;
  const categoryOfCell = categoryCells ? new Int32Array(categoryCells.texts.length).fill(-2) : undefined;
  // Invoice numbers written as plain digits (no leading zero) are their own key, as Number(text) gives.
  const typedInvoice =
    textTable && invoiceColumn !== undefined ? textTable.canonicalIntegers(invoiceColumn) : undefined;
  let row: readonly CellValue[] = [];
  let rowIndex = 0;
  const at = (c: number): CellValue | undefined => (textTable ? textTable.cell(rowIndex, c) : row[c]);

  let used = 0;
  let returns = 0;
  let returnAmount = 0;
  const returnRows: number[] = [];
  let futureDates = 0;
  let impossibleDate: { row: number; text: string } | null = null;
  let sumSinceTotal = 0;
  let rowsSinceTotal = 0;
  let grandSum = 0;

  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (textTable) rowIndex = r;
    else row = grid[r] ?? [];
    const sheetRow = r + context.sheetRowOffset;
    report.rowsRead++;
    const idSlot = idCells ? idCells.slot[r] : -1;
    const idCell: CellValue | undefined = idCells ? idCells.texts[idSlot] : row[idColumn];
    let label: "pure" | "prefix" | "" = "";
    let hasId = false;
    if (idKind !== undefined && idKind[idSlot] === ID_PLAIN) hasId = true;
    else {
      if (typeof idCell === "number") hasId = Number.isFinite(idCell);
      else if (typeof idCell === "string" && idCell.length > 0) {
        label = totalsLabelKind(idCell.trim());
        hasId = label !== "pure" && !isMissingCell(idCell);
      }
      if (idKind !== undefined) idKind[idSlot] = hasId && label === "" ? ID_PLAIN : ID_OTHER;
      if (!hasId && label === "" && idColumn !== table.firstColumn) {
        const first = at(table.firstColumn);
        if (typeof first === "string") label = totalsLabelKind(first.trim());
      }
    }
    // Amount first: totals rows are recognised by it.
    // The amount's cell is read only when a message or a check needs it (typed columns skip the text).
    let value: number;
    let amountColumn: number;
    let quantity = NaN;
    if (quantityColumn !== undefined)
      quantity = numberAt(typedQuantity, r, parseQuantity!, at, quantityColumn);
    if (revenueColumn !== undefined) {
      amountColumn = revenueColumn;
      value = numberAt(typedRevenue, r, parseRevenue!, at, revenueColumn);
    } else {
      const price = numberAt(typedPrice, r, parsePrice!, at, priceColumn!);
      amountColumn = Number.isNaN(quantity) ? quantityColumn! : priceColumn!;
      value = quantity * price;
    }
    if (!hasId || label !== "") {
      const sumsAbove =
        rowsSinceTotal >= 2 && (closeToSum(value, sumSinceTotal) || closeToSum(value, grandSum));
      if (label === "pure" || (label === "prefix" && (sumsAbove || !hasId)) || (!hasId && sumsAbove)) {
        report.skip("totals-row", sheetRow);
        sumSinceTotal = 0;
        rowsSinceTotal = 0;
        continue;
      }
      if (!hasId) {
        report.skip(
          isBlankRow(textTable ? grid[r] : row, table.firstColumn, table.lastColumn)
            ? "blank"
            : "missing-customer-id",
          sheetRow,
        );
        continue;
      }
    }
    const typedDay = typedDays !== undefined ? typedDays[r] : NaN;
    const dateCell = typedDay === typedDay ? undefined : at(dateColumn);
    const d = typedDay === typedDay ? typedDay : parseDate(dateCell);
    if (d !== d) {
      if (typeof dateCell === "string" && isImpossibleDateText(dateCell)) {
        report.skip("impossible-date", sheetRow, dateHeader);
        if (impossibleDate === null) impossibleDate = { row: sheetRow, text: dateCell.trim() };
      } else report.skip(isMissingCell(dateCell) ? "missing-date" : "unparseable-date", sheetRow, dateHeader);
      continue;
    }
    if (value !== value) {
      report.skip(
        isMissingCell(at(amountColumn)) ? "missing-amount" : "unparseable-amount",
        sheetRow,
        amountHeader,
      );
      continue;
    }
    if (!isPlausibleAmount(value)) checkPlausibleAmount(value, amountHeader, sheetRow, at(amountColumn));
    if (d > end) {
      report.skip("after-observation-end", sheetRow);
      continue;
    }
    // A date after the run (a typo like 2099) would move the as-of date and age every customer: set aside.
    if (d > today) {
      futureDates++;
      report.skip("future-date", sheetRow, dateHeader);
      continue;
    }

    if (seenLines) {
      const invoiceText = cellText(at(invoiceColumn!));
      const lineText = cellText(at(lineColumn!));
      if (invoiceText !== "" && lineText !== "") {
        const key = `${invoiceText}\u0001${lineText}`;
        if (seenLines.has(key)) {
          report.skip("duplicate-line", sheetRow);
          continue;
        }
        seenLines.add(key);
      }
    }
    // Returns and cancellations: netted (amount made negative), not orders.
    let returned = quantity < 0 || value < 0;
    const typedInvoiceKey = typedInvoice !== undefined ? typedInvoice[r] : NaN;
    if (invoice && typedInvoiceKey === typedInvoiceKey) invoice[used] = typedInvoiceKey;
    else if (invoice) {
      const cell = at(invoiceColumn!);
      if (typeof cell === "number") invoice[used] = Number.isFinite(cell) ? cell : NaN;
      else if (typeof cell !== "string" || isMissingCell(cell)) invoice[used] = NaN;
      else {
        const text = cell.trim();
        const asNumber = Number(text);
        if (text.length > 0 && String(asNumber) === text) invoice[used] = asNumber;
        else {
          let index = textInvoices.get(text);
          if (index === undefined) {
            index = textInvoices.size;
            textInvoices.set(text, index);
          }
          invoice[used] = -1e15 - index;
          if (CANCELLED_INVOICE.test(text)) returned = true;
        }
      }
    }
    if (returned) {
      if (value > 0) value = -value;
      returns++;
      returnAmount += value;
      if (returnRows.length < 5) returnRows.push(sheetRow);
      isReturn[used] = 1;
    }
    if (margin) {
      let m = numberAt(typedMargin, r, parseMargin!, at, marginColumn!);
      if (m !== m) {
        const cell = at(marginColumn!);
        if (!isMissingCell(cell)) badValues.add(marginHeader, sheetRow, cell);
      }
      if (marginKind !== "percent" && !isPlausibleAmount(m))
        checkPlausibleAmount(m, marginHeader, sheetRow, at(marginColumn!));
      if (marginKind === "percent") m *= value;
      else if (marginKind === "cost") m = value - (returned && m > 0 ? -m : m);
      else if (returned && m > 0) m = -m;
      margin[used] = m;
    }
    let c = idCustomer !== undefined ? idCustomer[idSlot] : -1;
    if (c < 0) {
      c = ids.intern(idCell as number | string);
      if (idCustomer !== undefined) idCustomer[idSlot] = c;
    }
    if (c === names.length) {
      names.push(nameColumn === undefined ? "" : cellText(at(nameColumn)));
      leadStatus.push(leadColumn === undefined ? "" : cellText(at(leadColumn)));
      if (contactColumn !== undefined) contact.push(cellText(at(contactColumn)));
      for (const field of dimensionFields)
        dimensions[field]!.push(readDimension(field, at(columnOf[field]!)));
    } else {
      if (nameColumn !== undefined && names[c] === "") names[c] = cellText(at(nameColumn));
      if (leadColumn !== undefined && leadStatus[c] === "") leadStatus[c] = cellText(at(leadColumn));
      if (contactColumn !== undefined && contact[c] === "") contact[c] = cellText(at(contactColumn));
      for (const field of dimensionFields) {
        const values = dimensions[field]!;
        if (values[c] === "") values[c] = readDimension(field, at(columnOf[field]!));
      }
    }
    if (category) {
      let index = categoryOfCell !== undefined ? categoryOfCell[categoryCells!.slot[r]] : -2;
      if (index === -2) {
        const text = cellText(
          categoryCells ? categoryCells.texts[categoryCells.slot[r]] : row[categoryColumn!],
        );
        if (text === "") index = -1;
        else {
          let known = categoryIndex.get(text);
          if (known === undefined) {
            known = categoryNames.length;
            categoryIndex.set(text, known);
            categoryNames.push(text);
          }
          index = known;
        }
        if (categoryOfCell !== undefined) categoryOfCell[categoryCells!.slot[r]] = index;
      }
      category[used] = index;
    }
    customer[used] = c;
    day[used] = d;
    amount[used] = value;
    used++;
    sumSinceTotal += value;
    grandSum += value;
    rowsSinceTotal++;
  }
  report.rowsUsed += used;
  badValues.flush(report);
  if (returns > 0) {
    report.warn(
      "returns-netted",
      texts((t, textLang) =>
        t.read.readTransactionRows.returnsNetted(
          returns,
          seriesIn(textLang, returnRows),
          formatMoney(returnAmount, { lang: textLang, currency: context.currency }, 2),
        ),
      ),
    );
  }
  if (impossibleDate !== null) {
    report.warn(
      "impossible-date",
      texts((t) =>
        t.read.readTransactionRows.impossibleDate(dateHeader, impossibleDate.row, impossibleDate.text),
      ),
      dateHeader,
    );
  }
  if (futureDates > 0) {
    report.warn(
      "future-dates",
      texts((t) => t.read.readTransactionRows.futureDates(futureDates)),
    );
  }
  return summarizeTransactions(
    {
      rowCount: used,
      customerIds: ids.values,
      customer: customer.subarray(0, used),
      day: day.subarray(0, used),
      amount: amount.subarray(0, used),
      margin: margin?.subarray(0, used),
      invoice: invoice?.subarray(0, used),
      isReturn: isReturn.subarray(0, used),
      category: category?.subarray(0, used),
      categoryNames,
    },
    {
      observationEndDay: options.observationEndDay,
      timeUnit: options.timeUnit,
      periodUnit: options.periodUnit,
      names: nameColumn === undefined ? undefined : names,
      leadStatus: leadColumn === undefined ? undefined : leadStatus,
      contact: contactColumn === undefined ? undefined : contact,
      dimensions,
      protectedColumns: context.protectedHeaders,
    },
  );
}
