/**
 * Catalogue of messy inputs: each case is a small grid as Excel (or a CSV) gives it, with the mapping,
 * values and report we expect — computed by hand from the grid, not from the reader.
 */
import type { ReadResult } from "../../../src/core/analysis";
import { isCoreError } from "../../../src/core/errors";
import { civilToEpochDay } from "../../../src/core/read/parse-date";
import { readCustomerGrid, type ReadCustomerGridOptions } from "../../../src/core/read/read-customer-grid";
import type { CellValue } from "../../../src/core/types";

type Check = (result: ReadResult) => void;
interface Case {
  name: string;
  grid: CellValue[][];
  options?: ReadCustomerGridOptions;
  check: Check;
}

const day = civilToEpochDay;
const roleOf = (result: ReadResult, header: string): string | null =>
  result.mapping.find((m) => m.header === header)?.role ?? null;
const skipped = (result: ReadResult, reason: string): number =>
  result.report.skipped.filter((s) => s.reason === reason).reduce((sum, s) => sum + s.rows, 0);
const revenueOf = (result: ReadResult, id: string): number =>
  result.customers.revenue[result.customers.ids.indexOf(id)];
const marginOf = (result: ReadResult, id: string): number =>
  result.customers.marginAmount[result.customers.ids.indexOf(id)];
const warned = (result: ReadResult, code: string): boolean =>
  result.report.warnings.some((w) => w.code === code);

const cases: Case[] = [
  {
    name: "header row below title rows and a merged title",
    grid: [
      ["Informe de clientes 2024", "", ""],
      ["", "", ""],
      ["Generado: enero", "", ""],
      ["Cliente", "Ventas", "Margen"],
      ["A", 100, 20],
      ["B", 50, 5],
    ],
    check: (r) => {
      expect(r.table.headerRow).toBe(3);
      expect(r.customers.ids).toEqual(["A", "B"]);
      expect(r.report.rowsRead).toBe(2);
    },
  },
  {
    name: "blank leading columns and a blank column inside the table",
    grid: [
      ["", "", "", ""],
      ["", "Customer", "", "Revenue"],
      ["", "X1", "", 10],
      ["", "X2", "", 20],
    ],
    check: (r) => {
      expect(r.table.firstColumn).toBe(1);
      expect(r.mapping.map((m) => m.role)).toEqual(["customerId", null, "revenue"]);
      expect(Array.from(r.customers.revenue)).toEqual([10, 20]);
    },
  },
  {
    name: "blank rows inside the data are counted, not used",
    grid: [
      ["Customer", "Revenue"],
      ["A", 1],
      ["", ""],
      ["B", 2],
      ["", ""],
      ["C", 3],
    ],
    check: (r) => {
      expect(skipped(r, "blank")).toBe(2);
      expect(r.report.skipped.find((s) => s.reason === "blank")!.examples).toEqual([3, 5]);
      expect(r.report.rowsUsed).toBe(3);
    },
  },
  {
    name: "labelled totals row at the bottom",
    grid: [
      ["Customer", "Revenue"],
      ["A", 10],
      ["B", 30],
      ["Total", 40],
    ],
    check: (r) => {
      expect(skipped(r, "totals-row")).toBe(1);
      expect(r.customers.count).toBe(2);
    },
  },
  {
    name: "subtotal rows per region and a grand total",
    grid: [
      ["Region", "Customer", "Revenue"],
      ["North", "A", 10],
      ["North", "B", 20],
      ["Subtotal North", "", 30],
      ["South", "C", 5],
      ["South", "D", 5],
      ["Subtotal South", "", 10],
      ["Grand total", "", 40],
    ],
    check: (r) => {
      expect(skipped(r, "totals-row")).toBe(3);
      expect(r.customers.ids).toEqual(["A", "B", "C", "D"]);
    },
  },
  {
    name: "unlabelled totals row (no id, amount = sum above)",
    grid: [
      ["Customer", "Revenue"],
      ["A", 10],
      ["B", 15],
      ["", 25],
    ],
    check: (r) => {
      expect(skipped(r, "totals-row")).toBe(1);
      expect(skipped(r, "missing-customer-id")).toBe(0);
    },
  },
  {
    name: "a customer called Total Energías is not a totals row",
    grid: [
      ["Customer ID", "Customer name", "Revenue"],
      ["C1", "Acme", 10],
      ["C2", "Total Energías", 99],
    ],
    check: (r) => {
      expect(r.customers.count).toBe(2);
      expect(r.customers.names[1]).toBe("Total Energías");
    },
  },
  {
    name: "missing customer ids: empty, NA, #N/A",
    grid: [
      ["Customer", "Revenue"],
      ["A", 1],
      ["", 2],
      ["NA", 3],
      ["#N/A", 4],
      ["B", 5],
    ],
    check: (r) => {
      expect(skipped(r, "missing-customer-id")).toBe(3);
      expect(r.report.skipped.find((s) => s.reason === "missing-customer-id")!.examples).toEqual([3, 4, 5]);
      expect(r.customers.ids).toEqual(["A", "B"]);
    },
  },
  {
    name: "decimal comma with thousands point and euro sign (Spanish)",
    grid: [
      ["Cliente", "Ventas"],
      ["A", "1.234,56 €"],
      ["B", "6.300"],
      ["C", "12,5"],
    ],
    check: (r) => {
      expect(Array.from(r.customers.revenue)).toEqual([1234.56, 6300, 12.5]);
      expect(r.report.conventions.find((c) => c.column === "Ventas")!.convention).toBe("decimal-comma");
    },
  },
  {
    name: "decimal point with thousands comma and dollar sign (English)",
    grid: [
      ["Customer", "Revenue"],
      ["A", "$ 1,234.56"],
      ["B", "6,300"],
      ["C", "$12.5"],
    ],
    check: (r) => {
      expect(Array.from(r.customers.revenue)).toEqual([1234.56, 6300, 12.5]);
      expect(r.report.conventions.find((c) => c.column === "Revenue")!.convention).toBe("decimal-point");
    },
  },
  {
    name: "6.300 means 6300 when only ambiguous values exist and the headers are Spanish",
    grid: [
      ["Cliente", "Importe"],
      ["A", "6.300"],
      ["B", "12.500"],
    ],
    check: (r) => {
      expect(Array.from(r.customers.revenue)).toEqual([6300, 12500]);
      expect(r.report.conventions[0].message.en).toContain("assumed");
    },
  },
  {
    name: "6.300 means 6.3 when the same column has 2.25 (decimal point evidence)",
    grid: [
      ["Cliente", "Importe"],
      ["A", "6.300"],
      ["B", "2.25"],
      ["C", "1,000.5"],
    ],
    check: (r) => {
      expect(Array.from(r.customers.revenue)).toEqual([6.3, 2.25, 1000.5]);
    },
  },
  {
    name: "accounting negatives (1,234), trailing minus and a dash for zero",
    grid: [
      ["Customer", "Revenue", "Margin"],
      ["A", "(1,234.00)", "-"],
      ["B", "250-", "10"],
      ["C", "-", "0"],
    ],
    check: (r) => {
      expect(Array.from(r.customers.revenue)).toEqual([-1234, -250, 0]);
      expect(marginOf(r, "A")).toBe(0);
    },
  },
  {
    name: "unparseable amount is skipped with the column named",
    grid: [
      ["Customer", "Revenue"],
      ["A", 10],
      ["B", "ten"],
      ["C", "abc"],
      ["D", 5],
    ],
    check: (r) => {
      const entry = r.report.skipped.find((s) => s.reason === "unparseable-amount")!;
      expect(entry.rows).toBe(1 + 1);
      expect(entry.label.en).toContain('"Revenue"');
      expect(entry.examples).toEqual([3, 4]);
      expect(r.customers.ids).toEqual(["A", "D"]);
    },
  },
  {
    name: "missing amount placeholders (n/d, None, nan, #DIV/0!) are skipped as missing",
    grid: [
      ["Cliente", "Ventas"],
      ["A", "n/d"],
      ["B", "None"],
      ["C", "nan"],
      ["D", "#DIV/0!"],
      ["E", 7],
    ],
    check: (r) => {
      expect(skipped(r, "missing-amount")).toBe(4);
      expect(r.customers.ids).toEqual(["E"]);
    },
  },
  {
    name: "margin as percent text",
    grid: [
      ["Customer", "Revenue", "Margin %"],
      ["A", 200, "25%"],
      ["B", 100, "40 %"],
    ],
    check: (r) => {
      expect(marginOf(r, "A")).toBeCloseTo(50, 10);
      expect(marginOf(r, "B")).toBeCloseTo(40, 10);
      expect(roleOf(r, "Margin %")).toBe("marginPercent");
    },
  },
  {
    name: "margin % as percentage points (35 = 35 %)",
    grid: [
      ["Cliente", "Ventas", "Margen %"],
      ["A", 1000, 35],
      ["B", 500, 10],
    ],
    check: (r) => {
      expect(marginOf(r, "A")).toBeCloseTo(350, 10);
      expect(marginOf(r, "B")).toBeCloseTo(50, 10);
      expect(r.report.conventions.find((c) => c.column === "Margen %")!.convention).toBe("percentage-points");
    },
  },
  {
    name: "margin % as fractions (0.35), Excel-formatted",
    grid: [
      ["Customer", "Revenue", "Margin %"],
      ["A", 1000, 0.35],
      ["B", 500, 0.1],
    ],
    check: (r) => {
      expect(marginOf(r, "A")).toBeCloseTo(350, 10);
      expect(r.report.conventions.find((c) => c.column === "Margin %")!.convention).toBe("fraction");
    },
  },
  {
    name: "margin from cost when there is no margin column",
    grid: [
      ["Customer", "Sales", "Cost"],
      ["A", 100, 70],
      ["B", 50, 60],
    ],
    check: (r) => {
      expect(marginOf(r, "A")).toBe(30);
      expect(marginOf(r, "B")).toBe(-10);
    },
  },
  {
    name: "margin above 100 % of revenue is kept and warned",
    grid: [
      ["Customer", "Revenue", "Margin"],
      ["A", 100, 150],
      ["B", 100, 20],
    ],
    check: (r) => {
      expect(marginOf(r, "A")).toBe(150);
      expect(warned(r, "margin-above-revenue")).toBe(true);
    },
  },
  {
    name: "negative margins are valid data",
    grid: [
      ["Customer", "Revenue", "Margin"],
      ["A", 100, -30],
    ],
    check: (r) => {
      expect(marginOf(r, "A")).toBe(-30);
      expect(r.report.warnings).toEqual([]);
    },
  },
  {
    name: "identical lines (no invoice or line number) are kept as repeat purchases and counted",
    grid: [
      ["Customer", "Revenue"],
      ["A", 10],
      ["A", 10],
      ["A", 10],
      ["B", 5],
    ],
    check: (r) => {
      expect(skipped(r, "duplicate-row")).toBe(0);
      expect(revenueOf(r, "A")).toBe(30);
      expect(r.report.rowsUsed).toBe(4);
      const warning = r.report.warnings.find((w) => w.code === "identical-lines-kept");
      expect(warning?.message.en).toMatch(/^2 identical lines kept as repeat purchases \(rows 3, 4\)/);
      expect(warning?.message.es).toMatch(/^2 líneas idénticas conservadas como compras repetidas/);
    },
  },
  {
    name: "invoice lines: identical lines without a line number are kept; a repeated invoice + line number is a duplicate",
    grid: [
      ["Customer", "Invoice", "Line no.", "Date", "Amount"],
      ["A", "F-1", 1, "2024-01-05", 10],
      ["A", "F-1", 2, "2024-01-05", 10],
      ["A", "F-1", 2, "2024-01-05", 10],
      ["B", "F-2", 1, "2024-02-01", 5],
      ["B", "F-3", 1, "2024-02-03", 5],
    ],
    options: { shape: "transactions" },
    check: (r) => {
      expect(r.mapping.find((m) => m.header === "Line no.")?.role).toBe("lineNumber");
      expect(skipped(r, "duplicate-line")).toBe(1);
      expect(revenueOf(r, "A")).toBe(20);
      expect(revenueOf(r, "B")).toBe(10);
      const skip = r.report.skipped.find((s) => s.reason === "duplicate-line");
      expect(skip?.label.en).toMatch(/same invoice and line number/);
      expect(skip?.label.es).toMatch(/misma factura y número de línea/);
    },
  },
  {
    name: "invoice lines: the same line twice with no line-number column stays two purchases",
    grid: [
      ["Customer", "Invoice", "Date", "Amount"],
      ["A", "F-1", "2024-01-05", 10],
      ["A", "F-1", "2024-01-05", 10],
    ],
    options: { shape: "transactions" },
    check: (r) => {
      expect(skipped(r, "duplicate-line")).toBe(0);
      expect(revenueOf(r, "A")).toBe(20);
    },
  },
  {
    name: "customer rows with invoice and line number: a repeated pair is a duplicate, not a repeat purchase",
    grid: [
      ["Customer", "Invoice", "Line number", "Revenue"],
      ["A", "F-1", 1, 10],
      ["A", "F-1", 1, 10],
      ["A", "F-2", 1, 10],
    ],
    options: { shape: "customers" },
    check: (r) => {
      expect(skipped(r, "duplicate-line")).toBe(1);
      expect(revenueOf(r, "A")).toBe(20);
      expect(warned(r, "identical-lines-kept")).toBe(false);
    },
  },
  {
    name: "same id with different rows is merged (summed) and warned",
    grid: [
      ["Customer", "Revenue", "Orders", "Last purchase"],
      ["A", 10, 1, "2024-01-05"],
      ["A", 15, 2, "2024-03-01"],
      ["B", 5, 1, "2024-02-01"],
    ],
    check: (r) => {
      expect(revenueOf(r, "A")).toBe(25);
      expect(r.customers.orders[0]).toBe(3);
      expect(r.customers.lastPurchaseDay[0]).toBe(day(2024, 3, 1));
      expect(warned(r, "merged-duplicate-ids")).toBe(true);
    },
  },
  {
    name: "text dates day-first decided from a day > 12",
    grid: [
      ["Cliente", "Ventas", "Última compra"],
      ["A", 1, "03/04/2024"],
      ["B", 2, "25/12/2023"],
    ],
    check: (r) => {
      expect(r.customers.lastPurchaseDay[0]).toBe(day(2024, 4, 3));
      expect(r.customers.lastPurchaseDay[1]).toBe(day(2023, 12, 25));
      expect(r.report.conventions.find((c) => c.kind === "date")!.convention).toBe("day-first");
    },
  },
  {
    name: "text dates month-first decided from a second number > 12",
    grid: [
      ["Customer", "Revenue", "Last purchase"],
      ["A", 1, "03/04/2024"],
      ["B", 2, "12/25/2023"],
    ],
    check: (r) => {
      expect(r.customers.lastPurchaseDay[0]).toBe(day(2024, 3, 4));
      expect(r.report.conventions.find((c) => c.kind === "date")!.convention).toBe("month-first");
    },
  },
  {
    name: "two-digit years and ISO dates with time",
    grid: [
      ["Cliente", "Ventas", "Primera compra", "Última compra"],
      ["A", 1, "15/01/99", "2024-06-30T14:05:00"],
      ["B", 2, "1/2/05", "2024-07-01 08:00"],
    ],
    check: (r) => {
      expect(r.customers.firstPurchaseDay[0]).toBe(day(1999, 1, 15));
      expect(r.customers.firstPurchaseDay[1]).toBe(day(2005, 2, 1));
      expect(r.customers.lastPurchaseDay[0]).toBe(day(2024, 6, 30));
      expect(r.customers.lastPurchaseDay[1]).toBe(day(2024, 7, 1));
    },
  },
  {
    name: "Excel serial dates and Spanish month names",
    grid: [
      ["Cliente", "Ventas", "Última compra"],
      ["A", 1, 45292],
      ["B", 2, "15-ene-2024"],
      ["C", 3, "3 de marzo de 2024"],
    ],
    check: (r) => {
      expect(Array.from(r.customers.lastPurchaseDay)).toEqual([
        day(2024, 1, 1),
        day(2024, 1, 15),
        day(2024, 3, 3),
      ]);
    },
  },
  {
    name: "future dates are set aside and warned; the as-of date is the last plausible one",
    grid: [
      ["Customer", "Revenue", "Last purchase"],
      ["A", 1, "2030-01-01"],
      ["B", 1, "2020-01-01"],
    ],
    options: { todayDay: day(2025, 1, 1) },
    check: (r) => {
      expect(warned(r, "future-dates")).toBe(true);
      expect(r.customers.asOfDay).toBe(day(2020, 1, 1));
    },
  },
  {
    name: "mixed date orders in one column are warned",
    grid: [
      ["Customer", "Revenue", "Last purchase"],
      ["A", 1, "25/01/2024"],
      ["B", 1, "26/01/2024"],
      ["C", 1, "01/27/2024"],
    ],
    check: (r) => {
      expect(warned(r, "mixed-formats")).toBe(true);
      expect(r.customers.lastPurchaseDay[2]).toBe(day(2024, 1, 27));
    },
  },
  {
    name: "mixed number conventions in one column are warned",
    grid: [
      ["Customer", "Revenue"],
      ["A", "1,234.50"],
      ["B", "2,000.75"],
      ["C", "1.234,50"],
    ],
    check: (r) => {
      expect(warned(r, "mixed-formats")).toBe(true);
      expect(revenueOf(r, "A")).toBe(1234.5);
    },
  },
  {
    name: "a 'Sales rep' column with names is the customer's rep, not revenue",
    grid: [
      ["Customer", "Sales rep", "Revenue"],
      ["A", "Ana", 10],
      ["B", "Luis", 20],
    ],
    check: (r) => {
      expect(roleOf(r, "Sales rep")).toBe("owner");
      expect(roleOf(r, "Revenue")).toBe("revenue");
      expect(r.customers.dimensions.owner).toEqual(["Ana", "Luis"]);
    },
  },
  {
    name: "Spanish rep headers (Comercial, Vendedor, Gestor) are the owner role",
    grid: [
      ["Cliente", "Comercial", "Ventas"],
      ["A", "Ana", 10],
    ],
    check: (r) => {
      expect(roleOf(r, "Comercial")).toBe("owner");
      expect(r.customers.dimensions.owner).toEqual(["Ana"]);
    },
  },
  {
    name: "contact headers (Email, Teléfono, Persona de contacto…) are the contact role, never a dimension",
    grid: [
      ["Cliente", "Ventas", "Correo electrónico"],
      ["A", 10, "ana@ejemplo.es"],
      ["B", 20, ""],
      ["A", 5, "otra@ejemplo.es"],
    ],
    check: (r) => {
      expect(roleOf(r, "Correo electrónico")).toBe("contact");
      // One value per customer: the first non-empty one; "" when the customer has none.
      expect(r.customers.contact).toEqual(["ana@ejemplo.es", ""]);
      expect(Object.keys(r.customers.dimensions)).toEqual([]);
    },
  },
  {
    name: "every contact header wording in both languages maps to contact",
    grid: [
      ["Customer", "Revenue", "Email", "Phone", "Teléfono", "Móvil", "Persona de contacto", "E-mail"],
      ["A", 10, "a@x.com", "+34 600 000 000", "911", "600", "Ana", "b@x.com"],
    ],
    check: (r) => {
      // Each role goes to one column (the first, equally confident); the rest stay unmapped, not misread.
      const roles = ["Email", "Phone", "Teléfono", "Móvil", "Persona de contacto", "E-mail"].map((h) =>
        roleOf(r, h),
      );
      expect(roles.filter((role) => role === "contact")).toHaveLength(1);
      expect(roles.every((role) => role === "contact" || role === null)).toBe(true);
      expect(roleOf(r, "Revenue")).toBe("revenue");
    },
  },
  {
    name: "a customer sheet without a contact column carries no contact",
    grid: [
      ["Customer", "Revenue"],
      ["A", 10],
    ],
    check: (r) => {
      expect(r.customers.contact).toBeUndefined();
    },
  },
  {
    name: "ambiguous or unknown headers stay unmapped",
    grid: [
      ["Customer", "Revenue", "Foo bar", "Notes"],
      ["A", 1, "x", "y"],
    ],
    check: (r) => {
      expect(roleOf(r, "Foo bar")).toBe(null);
      expect(roleOf(r, "Notes")).toBe(null);
      expect(r.mapping.find((m) => m.header === "Foo bar")!.confidence).toBe(0);
    },
  },
  {
    name: "revenue columns with years: latest is revenue, the year before is previous revenue",
    grid: [
      ["Cliente", "Ventas 2023", "Ventas 2024"],
      ["A", 100, 120],
    ],
    check: (r) => {
      expect(roleOf(r, "Ventas 2024")).toBe("revenue");
      expect(roleOf(r, "Ventas 2023")).toBe("previousRevenue");
      expect(r.customers.previousRevenue[0]).toBe(100);
      expect(r.customers.revenue[0]).toBe(120);
    },
  },
  {
    name: "generic 'Cliente' beside 'Código cliente' becomes the name",
    grid: [
      ["Código cliente", "Cliente", "Facturación"],
      ["C1", "Bar Pepe", 10],
    ],
    check: (r) => {
      expect(roleOf(r, "Código cliente")).toBe("customerId");
      expect(roleOf(r, "Cliente")).toBe("customerName");
      expect(r.customers.names[0]).toBe("Bar Pepe");
    },
  },
  {
    name: "overrides by header win and can unmap",
    grid: [
      ["Customer", "Revenue", "Importe neto"],
      ["A", 1, 7],
    ],
    options: { overrides: { "Importe neto": "revenue", Revenue: null } },
    check: (r) => {
      expect(roleOf(r, "Importe neto")).toBe("revenue");
      expect(roleOf(r, "Revenue")).toBe(null);
      expect(r.customers.revenue[0]).toBe(7);
    },
  },
  {
    name: "protected attributes are recognised and listed",
    grid: [
      ["Customer", "Revenue", "Edad", "Gender"],
      ["A", 1, 40, "F"],
    ],
    check: (r) => {
      expect(roleOf(r, "Edad")).toBe("protected");
      expect(roleOf(r, "Gender")).toBe("protected");
      expect(r.customers.protectedColumns).toEqual(["Edad", "Gender"]);
    },
  },
  {
    name: "lead without revenue is a customer with revenue 0; without lead status it is skipped",
    grid: [
      ["Customer", "Revenue", "Lead status"],
      ["A", "", "Open"],
      ["B", "", ""],
      ["C", 5, "Won"],
    ],
    check: (r) => {
      expect(r.customers.ids).toEqual(["A", "C"]);
      expect(revenueOf(r, "A")).toBe(0);
      expect(skipped(r, "missing-amount")).toBe(1);
    },
  },
  {
    name: "revenue from quantity × unit price",
    grid: [
      ["Customer", "Qty", "Unit price"],
      ["A", 3, "2,50"],
      ["B", 2, "1,25"],
    ],
    check: (r) => {
      expect(Array.from(r.customers.revenue)).toEqual([7.5, 2.5]);
    },
  },
  {
    name: "numeric size becomes an employee class",
    grid: [
      ["Customer", "Revenue", "Employees"],
      ["A", 1, 8],
      ["B", 1, 120],
      ["C", 1, 900],
    ],
    check: (r) => {
      expect(r.customers.dimensions.size).toEqual(["1-9", "50-249", "250+"]);
    },
  },
  {
    name: "customer sheet without dates: asOfDay is today",
    grid: [
      ["Customer", "Revenue"],
      ["A", 1],
    ],
    options: { todayDay: 20000 },
    check: (r) => {
      expect(r.customers.asOfDay).toBe(20000);
      expect(r.kind).toBe("customers");
    },
  },
  {
    name: "transactions: cancelled invoice (C prefix) and negative quantity are netted",
    grid: [
      ["Invoice", "Customer", "Date", "Quantity", "Amount"],
      ["1001", "A", "2024-01-10", 2, 100],
      ["C1001", "A", "2024-01-12", -1, 50],
      ["1002", "A", "2024-02-01", 1, 30],
      ["1003", "B", "2024-02-03", -2, -20],
      ["1004", "B", "2024-02-03", 1, 60],
    ],
    check: (r) => {
      expect(r.kind).toBe("transactions");
      expect(revenueOf(r, "A")).toBe(100 - 50 + 30);
      expect(revenueOf(r, "B")).toBe(40);
      expect(r.customers.orders[0]).toBe(2);
      expect(r.customers.orders[1]).toBe(1);
      expect(warned(r, "returns-netted")).toBe(true);
      expect(r.report.rowsUsed).toBe(5);
    },
  },
  {
    name: "transactions: missing and unparseable dates are skipped per reason",
    grid: [
      ["Customer", "Date", "Amount"],
      ["A", "2024-01-01", 1],
      ["A", "", 2],
      ["A", "soon", 3],
      ["B", "2024-01-02", 4],
      ["B", "2024-01-03", 5],
    ],
    check: (r) => {
      expect(r.kind).toBe("transactions");
      expect(skipped(r, "missing-date")).toBe(1);
      expect(skipped(r, "unparseable-date")).toBe(1);
      expect(revenueOf(r, "A")).toBe(1);
    },
  },
  {
    name: "transactions: totals row at the bottom is not a customer",
    grid: [
      ["Cliente", "Fecha", "Importe"],
      ["A", "01/02/2024", 10],
      ["A", "05/02/2024", 20],
      ["B", "13/02/2024", 5],
      ["Total", "", 35],
    ],
    check: (r) => {
      expect(skipped(r, "totals-row")).toBe(1);
      expect(r.customers.count).toBe(2);
      expect(r.customers.firstPurchaseDay[0]).toBe(day(2024, 2, 1));
    },
  },
  {
    name: "ids as numbers and as text are the same customer",
    grid: [
      ["Customer", "Date", "Amount"],
      [1001, "2024-01-01", 1],
      ["1001", "2024-01-02", 2],
      [1002, "2024-01-03", 4],
      [1002, "2024-01-04", 4],
    ],
    check: (r) => {
      expect(r.customers.ids).toEqual(["1001", "1002"]);
      expect(r.customers.revenue[0]).toBe(3);
    },
  },
  {
    name: "booleans in a text column read as TRUE/FALSE text",
    grid: [
      ["Customer", "Revenue", "Channel"],
      ["A", 1, true],
      ["B", 1, false],
    ],
    check: (r) => {
      expect(r.customers.dimensions.channel).toEqual(["TRUE", "FALSE"]);
    },
  },
];

describe("readCustomerGrid — catalogue of messy inputs", () => {
  it("has at least 30 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const result = readCustomerGrid(testCase.grid, testCase.options);
    // Every row is accounted for: used + skipped = read.
    expect(result.report.rowsUsed + result.report.rowsSkipped).toBe(result.report.rowsRead);
    testCase.check(result);
  });
});

describe("readCustomerGrid — inputs it refuses, with a clear CoreError", () => {
  const refuse = (grid: CellValue[][], code: string): void => {
    try {
      readCustomerGrid(grid);
    } catch (error) {
      expect(isCoreError(error)).toBe(true);
      if (isCoreError(error)) {
        expect(error.code).toBe(code);
        expect(error.localized.es.length).toBeGreaterThan(10);
      }
      return;
    }
    throw new Error("expected a CoreError");
  };
  it("empty grid", () => refuse([], "empty-grid"));
  it("no header row (numbers only)", () =>
    refuse(
      [
        [1, 2],
        [3, 4],
      ],
      "no-header-row",
    ));
  it("no customer column", () =>
    refuse(
      [
        ["Revenue", "Region"],
        [1, "N"],
      ],
      "no-customer-column",
    ));
  it("no amount column, naming the headers", () => {
    try {
      readCustomerGrid([
        ["Cliente", "Región"],
        ["A", "N"],
      ]);
      throw new Error("expected a CoreError");
    } catch (error) {
      expect(isCoreError(error) && error.code).toBe("no-amount-column");
      expect((error as Error).message).toContain('"Región"');
    }
  });
  it("header without data", () => refuse([["Customer", "Revenue"]], "no-data-rows"));
  it("every row unusable", () =>
    refuse(
      [
        ["Customer", "Revenue"],
        ["", 1],
        ["NA", 2],
      ],
      "no-usable-rows",
    ));
  it("transactions forced without a date column", () => {
    try {
      readCustomerGrid(
        [
          ["Customer", "Revenue"],
          ["A", 1],
        ],
        { shape: "transactions" },
      );
      throw new Error("expected a CoreError");
    } catch (error) {
      expect(isCoreError(error) && error.code).toBe("no-date-column");
    }
  });
});
