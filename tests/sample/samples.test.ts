import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  buildEnglishSample,
  buildSpanishSample,
  drawCustomerProfiles,
  SampleRandom,
  scheduleOrders,
  type SampleCell,
  type SampleWorkbook,
} from "../../src/sample";
import { bundledSamples, normalizeZipTimestamps, sampleToBuffer } from "../../scripts/generate-samples";

const ASSETS = path.resolve(__dirname, "../../assets");

/** Cell value as ExcelJS reads it back, normalised to the generator's vocabulary. */
function normalise(value: ExcelJS.CellValue): SampleCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "string") return value;
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

async function readSheets(buffer: Buffer): Promise<Map<string, SampleCell[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets = new Map<string, SampleCell[][]>();
  workbook.eachSheet((worksheet) => {
    // rowCount/columnCount are recomputed on every access in ExcelJS: read them once.
    const rowCount = worksheet.rowCount;
    const columnCount = worksheet.columnCount;
    const rows: SampleCell[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const sheetRow = worksheet.getRow(r);
      const row: SampleCell[] = [];
      for (let c = 1; c <= columnCount; c++) row.push(normalise(sheetRow.getCell(c).value));
      rows.push(row);
    }
    sheets.set(worksheet.name, rows);
  });
  return sheets;
}

function asTime(cell: SampleCell): SampleCell {
  return cell instanceof Date ? cell.getTime() : cell;
}

function expectSameData(actual: Map<string, SampleCell[][]>, sample: SampleWorkbook): void {
  expect([...actual.keys()]).toEqual(sample.sheets.map((s) => s.name));
  for (const sheet of sample.sheets) {
    const rows = actual.get(sheet.name)!;
    expect(rows.length).toBe(sheet.rows.length);
    rows.forEach((row, r) => expect(row.map(asTime)).toEqual(sheet.rows[r].map(asTime)));
  }
}

function parseSpanishText(text: string): number {
  return Number(text.replace(/\s*€$/, "").replace(/\./g, "").replace(",", "."));
}

describe("committed sample workbooks", () => {
  for (const sample of bundledSamples()) {
    it(`assets/${sample.fileName} holds exactly the data the generator produces`, async () => {
      const committed = fs.readFileSync(path.join(ASSETS, sample.fileName));
      expectSameData(await readSheets(committed), sample);
    });

    it(`assets/${sample.fileName} is byte-identical when regenerated`, async () => {
      const regenerated = await sampleToBuffer(sample);
      expectSameData(await readSheets(regenerated), sample);
      expect(regenerated.equals(fs.readFileSync(path.join(ASSETS, sample.fileName)))).toBe(true);
    });
  }

  it("the generators are pure: same seed, same rows; other seed, other rows", () => {
    const first = buildSpanishSample(7).sheets[0].rows.map((r) => r.map(asTime));
    expect(buildSpanishSample(7).sheets[0].rows.map((r) => r.map(asTime))).toEqual(first);
    expect(buildSpanishSample(8).sheets[0].rows.map((r) => r.map(asTime))).not.toEqual(first);
  });

  it("normalizeZipTimestamps rejects a buffer that is not a zip", () => {
    expect(() => normalizeZipTimestamps(Buffer.alloc(100))).toThrow(/central directory/);
  });
});

describe("muestra-clientes: the mess real sheets have", () => {
  const sample = buildSpanishSample();
  const facturas = sample.sheets.find((s) => s.name === "Facturas")!;
  const clientes = sample.sheets.find((s) => s.name === "Clientes")!;
  const header = facturas.rows[1];
  const col = (name: string) => header.indexOf(name);
  const data = facturas.rows.slice(2, -1);
  const totals = facturas.rows[facturas.rows.length - 1];
  const lines = data.filter((r) => r.some((v) => v !== null));

  it("has a title row above the header and the Spanish column names", () => {
    expect(facturas.rows[0][0]).toBe("Ventas 2023-2024");
    expect(header).toEqual(["Cliente", "Razón social", "Fecha", "Factura", "Categoría", "Importe", "Coste"]);
    expect(clientes.rows[0]).toEqual(
      expect.arrayContaining(["Cliente", "Región", "Sector", "Canal", "Tamaño", "Fecha de alta"]),
    );
  });

  it("covers 24 months (2023-01..2024-12) with real dates, about 400 customers", () => {
    const months = new Set<string>();
    for (const r of lines) {
      const date = r[col("Fecha")] as Date;
      expect(date).toBeInstanceOf(Date);
      months.add(date.toISOString().slice(0, 7));
    }
    expect(months.size).toBe(24);
    expect([...months].sort()[0]).toBe("2023-01");
    expect([...months].sort()[23]).toBe("2024-12");
    const customers = new Set(lines.map((r) => r[col("Cliente")]));
    expect(customers.size).toBeGreaterThan(370);
    expect(clientes.rows.length - 1).toBe(400);
  });

  it("has exactly one blank row and a totals row equal to the SUM of the numeric cells", () => {
    expect(data.filter((r) => r.every((v) => v === null)).length).toBe(1);
    expect(totals[0]).toBe("Total");
    let amount = 0;
    let cost = 0;
    for (const r of lines) {
      if (typeof r[col("Importe")] === "number") amount += r[col("Importe")] as number;
      if (typeof r[col("Coste")] === "number") cost += r[col("Coste")] as number;
    }
    expect(totals[col("Importe")]).toBeCloseTo(amount, 2);
    expect(totals[col("Coste")]).toBeCloseTo(cost, 2);
  });

  it("has two amounts stored as Spanish text that parse to plausible amounts", () => {
    const texts = lines.map((r) => r[col("Importe")]).filter((v): v is string => typeof v === "string");
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      expect(text).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}( €)?$/);
      expect(parseSpanishText(text)).toBeGreaterThan(1000);
    }
    expect(texts.some((t) => t.endsWith(" €"))).toBe(true);
  });

  it("has one return (negative amount on a normal invoice) and a few cancelled 'C' invoices", () => {
    const returns = lines.filter(
      (r) => typeof r[col("Importe")] === "number" && (r[col("Importe")] as number) < 0,
    );
    expect(returns).toHaveLength(1);
    expect(typeof returns[0][col("Factura")]).toBe("number");
    expect(returns[0][col("Coste")] as number).toBeLessThan(0);
    const cancelled = new Set(
      lines.map((r) => r[col("Factura")]).filter((v) => typeof v === "string" && /^C\d+$/.test(v)),
    );
    expect(cancelled.size).toBe(5);
  });

  it("lists each cancellation as a 'C' copy of an earlier invoice of the same customer, same amounts", () => {
    const byInvoice = new Map<string, SampleCell[][]>();
    for (const r of lines) {
      const key = String(r[col("Factura")]);
      byInvoice.set(key, [...(byInvoice.get(key) ?? []), r]);
    }
    const cancellations = [...byInvoice.keys()].filter((k) => k.startsWith("C"));
    expect(cancellations).toHaveLength(5);
    for (const key of cancellations) {
      const copy = byInvoice.get(key)!;
      const original = byInvoice.get(key.slice(1))!;
      expect(original).toBeDefined();
      expect(copy.map((r) => [r[0], r[col("Importe")], r[col("Coste")]])).toEqual(
        original.map((r) => [r[0], r[col("Importe")], r[col("Coste")]]),
      );
      expect((copy[0][col("Fecha")] as Date).getTime()).toBeGreaterThan(
        (original[0][col("Fecha")] as Date).getTime(),
      );
    }
  });

  describe("is a realistic portfolio, measured as the analysis does (last 365 days vs the 365 before)", () => {
    // Independent per-customer aggregation of the cells: text amounts parsed, "C" invoices netted (negated),
    // windows ending on the latest date of the data.
    const DAY = 86400000;
    const dayOf = (r: SampleCell[]) => (r[col("Fecha")] as Date).getTime() / DAY;
    const asOf = Math.max(...lines.map(dayOf));
    interface Totals {
      recent: number;
      previous: number;
      cost: number;
      invoices: Set<number>;
      firstDay: number;
      lastDay: number;
    }
    const perCustomer = new Map<string, Totals>();
    for (const r of lines) {
      const raw = r[col("Importe")];
      const invoice = r[col("Factura")];
      const sign = typeof invoice === "string" && invoice.startsWith("C") ? -1 : 1;
      const amount = sign * (typeof raw === "number" ? raw : parseSpanishText(raw as string));
      const day = dayOf(r);
      const entry = perCustomer.get(r[0] as string) ?? {
        recent: 0,
        previous: 0,
        cost: 0,
        invoices: new Set<number>(),
        firstDay: Infinity,
        lastDay: -Infinity,
      };
      if (day > asOf - 365) entry.recent += amount;
      else if (day > asOf - 730) entry.previous += amount;
      entry.cost += sign * (r[col("Coste")] as number);
      if (typeof invoice === "number" && amount > 0) {
        entry.invoices.add(invoice);
        entry.firstDay = Math.min(entry.firstDay, day);
        entry.lastDay = Math.max(entry.lastDay, day);
      }
      perCustomer.set(r[0] as string, entry);
    }
    const entries = [...perCustomer.values()];
    const changeOf = (e: Totals) => (e.previous > 0 ? e.recent / e.previous - 1 : Infinity);
    const changes = entries.map(changeOf);
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const share = (predicate: (change: number) => boolean) =>
      changes.filter(predicate).length / entries.length;

    it("most customers are stable: median |YoY change| under 15 %, 20–45 % beyond ±15 %", () => {
      expect(median(changes.map(Math.abs))).toBeLessThan(0.15);
      const moving = share((c) => Math.abs(c) > 0.15);
      expect(moving).toBeGreaterThan(0.2);
      expect(moving).toBeLessThan(0.45);
    });

    it("has a minority of clearly growing and clearly declining customers (each 8–25 %)", () => {
      for (const part of [share((c) => c >= 0.15), share((c) => c <= -0.15)]) {
        expect(part).toBeGreaterThan(0.08);
        expect(part).toBeLessThan(0.25);
      }
    });

    it("has a few lapsed customers (silent the last 4+ months) and some new ones", () => {
      const lapsed = entries.filter((e) => asOf - e.lastDay > 120).length / entries.length;
      expect(lapsed).toBeGreaterThan(0.04);
      expect(lapsed).toBeLessThan(0.12);
      const newcomers = entries.filter((e) => e.firstDay > asOf - 730 + 180).length / entries.length;
      expect(newcomers).toBeGreaterThan(0.02);
      expect(newcomers).toBeLessThan(0.1);
    });

    it("has Pareto-like revenue (top 20 % of customers: 60–85 % of revenue) and loss-makers", () => {
      const revenues = entries.map((e) => e.recent + e.previous).sort((a, b) => b - a);
      const total = revenues.reduce((a, b) => a + b, 0);
      const top = revenues.slice(0, Math.ceil(revenues.length * 0.2)).reduce((a, b) => a + b, 0);
      expect(top / total).toBeGreaterThan(0.6);
      expect(top / total).toBeLessThan(0.85);
      expect(entries.filter((e) => e.cost > e.recent + e.previous).length).toBeGreaterThanOrEqual(5);
    });

    it("orders scale with size: the top fifth buys monthly or more, the bottom half a few times a year", () => {
      const bySize = [...entries].sort((a, b) => b.recent + b.previous - (a.recent + a.previous));
      const invoicesPerYear = (group: Totals[]) => median(group.map((e) => e.invoices.size / 2));
      expect(invoicesPerYear(bySize.slice(0, Math.ceil(bySize.length / 5)))).toBeGreaterThanOrEqual(12);
      expect(invoicesPerYear(bySize.slice(Math.floor(bySize.length / 2)))).toBeLessThanOrEqual(6);
      // Big, regular accounts are the stable core: their median |change| is within ±10 %.
      const regular = entries.filter((e) => e.invoices.size >= 24 && e.previous > 0 && e.recent > 0);
      expect(regular.length).toBeGreaterThan(40);
      expect(median(regular.map((e) => Math.abs(changeOf(e))))).toBeLessThan(0.1);
    });
  });

  it("lists every invoiced customer in Clientes, plus leads that never bought, signed up before buying", () => {
    const ccol = (name: string) => clientes.rows[0].indexOf(name);
    const signUp = new Map(
      clientes.rows.slice(1).map((r) => [r[0] as string, (r[ccol("Fecha de alta")] as Date).getTime()]),
    );
    const firstInvoice = new Map<string, number>();
    for (const r of lines) {
      const t = (r[col("Fecha")] as Date).getTime();
      const id = r[0] as string;
      if (!firstInvoice.has(id) || t < firstInvoice.get(id)!) firstInvoice.set(id, t);
    }
    for (const [id, t] of firstInvoice) {
      expect(signUp.has(id)).toBe(true);
      expect(signUp.get(id)!).toBeLessThanOrEqual(t);
    }
    expect(signUp.size - firstInvoice.size).toBeGreaterThanOrEqual(5);
    const regions = new Set(clientes.rows.slice(1).map((r) => r[ccol("Región")]));
    expect([...regions].sort()).toEqual(["Centro", "Este", "Norte", "Oeste", "Sur"]);
    const cac = clientes.rows.slice(1).map((r) => r[ccol("Coste de adquisición")]);
    expect(cac.filter((v) => typeof v === "number").length).toBeGreaterThan(20);
    expect(cac.filter((v) => v === null).length).toBeGreaterThan(20);
  });
});

describe("sample-customers: customer level, English", () => {
  const sheet = buildEnglishSample().sheets[0];
  const header = sheet.rows[0];
  const col = (name: string) => header.indexOf(name);
  const body = sheet.rows.slice(1, -1);
  const customers = body.filter((r) => r.some((v) => v !== null));
  const totals = sheet.rows[sheet.rows.length - 1];

  it("has the documented columns and about 300 customers", () => {
    expect(header).toEqual([
      "Customer ID",
      "Customer name",
      "Revenue",
      "Gross margin",
      "Margin %",
      "Orders",
      "First purchase",
      "Last purchase",
      "Revenue previous year",
      "Region",
      "Sector",
      "Channel",
      "Sales rep",
      "Email",
    ]);
    expect(customers).toHaveLength(300);
    expect(new Set(customers.map((r) => r[0])).size).toBe(300);
  });

  it("has a blank row, a totals row and two revenues stored as '$ 1,234.56' text", () => {
    expect(body.filter((r) => r.every((v) => v === null))).toHaveLength(1);
    expect(totals[0]).toBe("Total");
    const numericRevenue = customers
      .map((r) => r[col("Revenue")])
      .filter((v): v is number => typeof v === "number");
    expect(totals[col("Revenue")]).toBeCloseTo(
      numericRevenue.reduce((a, b) => a + b, 0),
      2,
    );
    const texts = customers.map((r) => r[col("Revenue")]).filter((v): v is string => typeof v === "string");
    expect(texts).toHaveLength(2);
    for (const t of texts) expect(t).toMatch(/^\$ \d{1,3}(,\d{3})*\.\d{2}$/);
  });

  it("is realistic: loss-makers, lost, new, decliners and growers; dates consistent", () => {
    const num = (r: SampleCell[], name: string) => r[col(name)] as number;
    expect(customers.filter((r) => num(r, "Gross margin") < 0).length).toBeGreaterThanOrEqual(5);
    expect(
      customers.filter((r) => num(r, "Revenue") === 0 && num(r, "Revenue previous year") > 0).length,
    ).toBeGreaterThan(3);
    expect(
      customers.filter((r) => num(r, "Revenue previous year") === 0 && num(r, "Revenue") > 0).length,
    ).toBeGreaterThan(3);
    for (const r of customers) {
      expect((r[col("First purchase")] as Date).getTime()).toBeLessThanOrEqual(
        (r[col("Last purchase")] as Date).getTime(),
      );
      const revenue = r[col("Revenue")];
      if (typeof revenue === "number" && revenue > 0) {
        expect(r[col("Margin %")] as number).toBeCloseTo(num(r, "Gross margin") / revenue, 3);
      }
    }
  });

  it("has the same stable / growing / declining mix as the Spanish sample, and Pareto-like revenue", () => {
    const money = (v: SampleCell) => (typeof v === "number" ? v : Number(String(v).replace(/[$,\s]/g, "")));
    const revenue = customers.map((r) => money(r[col("Revenue")]));
    const previous = customers.map((r) => money(r[col("Revenue previous year")]));
    const changes = revenue.map((v, i) => (previous[i] > 0 ? v / previous[i] - 1 : Infinity));
    const absolute = changes.map(Math.abs).sort((a, b) => a - b);
    expect((absolute[149] + absolute[150]) / 2).toBeLessThan(0.15);
    const moving = changes.filter((c) => Math.abs(c) > 0.15).length / changes.length;
    expect(moving).toBeGreaterThan(0.2);
    expect(moving).toBeLessThan(0.45);
    for (const part of [changes.filter((c) => c >= 0.15), changes.filter((c) => c <= -0.15)]) {
      expect(part.length / changes.length).toBeGreaterThan(0.08);
      expect(part.length / changes.length).toBeLessThan(0.25);
    }
    const twoYears = revenue.map((v, i) => v + previous[i]).sort((a, b) => b - a);
    const total = twoYears.reduce((a, b) => a + b, 0);
    const top = twoYears.slice(0, 60).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.6);
    expect(top / total).toBeLessThan(0.85);
    // A few lapsed customers: still bought this year, but nothing in the last 4 months.
    const lastDays = customers.map((r) => (r[col("Last purchase")] as Date).getTime());
    const latest = Math.max(...lastDays);
    const lapsed = customers.filter((r, i) => revenue[i] > 0 && latest - lastDays[i] > 120 * 86400000);
    expect(lapsed.length / customers.length).toBeGreaterThan(0.03);
    expect(lapsed.length / customers.length).toBeLessThan(0.1);
  });
});

describe("scheduleOrders", () => {
  it("places orders on working days of the active months, in order, with positive amounts; none for leads", () => {
    const random = new SampleRandom(5);
    const profiles = drawCustomerProfiles(
      {
        customers: 120,
        leads: 3,
        newCustomers: 10,
        lapsed: 10,
        lost: 5,
        declining: 12,
        growing: 12,
        lossMaking: 4,
        regions: 3,
        sectors: 3,
        channels: 3,
      },
      random,
    );
    for (const profile of profiles) {
      const schedule = scheduleOrders(profile, random);
      if (profile.trajectory === "lead") {
        expect(schedule.epochDay).toHaveLength(0);
        continue;
      }
      expect(schedule.epochDay.length).toBeGreaterThan(0);
      expect(schedule.amount).toHaveLength(schedule.epochDay.length);
      schedule.epochDay.forEach((day, i) => {
        const date = new Date(day * 86400000);
        expect([0, 6]).not.toContain(date.getUTCDay());
        const month = (date.getUTCFullYear() - 2023) * 12 + date.getUTCMonth();
        expect(month).toBeGreaterThanOrEqual(profile.startMonth);
        expect(month).toBeLessThanOrEqual(profile.stopMonth);
        expect(schedule.amount[i]).toBeGreaterThan(0);
        if (i > 0) expect(day).toBeGreaterThanOrEqual(schedule.epochDay[i - 1]);
      });
      // A full-year customer places its rhythm's number of orders in 2023, give or take the jitter.
      if (profile.startMonth === 0 && profile.stopMonth === 23) {
        const in2023 = schedule.epochDay.filter((d) => new Date(d * 86400000).getUTCFullYear() === 2023);
        expect(in2023.length).toBe(profile.ordersPerYear);
      }
    }
  });
});
