import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { captureIo } from "./capture-io";

const ASSETS = path.join(__dirname, "../../assets");
const SPANISH = path.join(ASSETS, "muestra-clientes.xlsx");
const ENGLISH = path.join(ASSETS, "sample-customers.xlsx");
const RUN_AT = "2025-01-15T10:00:00.000Z";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-build-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sha256(file: string): Promise<string> {
  return createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");
}

describe("customer-map build", () => {
  it("builds the Spanish sample without touching it, joins the customer sheet, writes the JSON summary and prints a table", async () => {
    const input = path.join(dir, "muestra.xlsx");
    await fs.copyFile(SPANISH, input);
    const before = await sha256(input);
    const statBefore = await fs.stat(input);
    const out = path.join(dir, "nested", "mapa.xlsx");
    const json = path.join(dir, "nested", "mapa.json");
    const io = captureIo();
    const code = await main(
      ["build", input, "--out", out, "--lang", "es", "--json", json, "--run-at", RUN_AT],
      io,
    );
    expect(io.stderr.split("\n").filter((line) => line && !/^customer-map: \d+% /.test(line))).toEqual([]);
    expect(code).toBe(0);
    expect(await sha256(input)).toBe(before);
    expect((await fs.stat(input)).mtimeMs).toBe(statBefore.mtimeMs);

    const summary = JSON.parse(await fs.readFile(json, "utf8"));
    expect(summary.input).toEqual(
      expect.objectContaining({
        kind: "transactions",
        rows: expect.any(Number),
        rowsUsed: expect.any(Number),
        sheet: "Facturas",
      }),
    );
    expect(summary.input.rowsUsed + summary.input.rowsSkipped).toBe(summary.input.rows);
    expect(summary.input.skipped.reduce((sum: number, skip: { rows: number }) => sum + skip.rows, 0)).toBe(
      summary.input.rowsSkipped,
    );
    expect(summary.method).toBe("portfolio");
    expect(summary.segments.reduce((sum: number, s: { customers: number }) => sum + s.customers, 0)).toBe(
      summary.customerCount,
    );
    expect(summary.segments.reduce((sum: number, s: { revenue: number }) => sum + s.revenue, 0)).toBeCloseTo(
      summary.totals.revenue,
      2,
    );
    expect(summary.sheets).toEqual([
      "Mapa de clientes",
      "Segmentos",
      "Clientes",
      "Clientes a los que llamar",
      "Patrones",
      "Acerca de este mapa",
      "Historial del mapa",
    ]);
    expect(Object.keys(summary.kpis)).toEqual(expect.arrayContaining(["revenue", "averageTicket"]));
    // The attribute join: CAC comes from the customer sheet's acquisition cost, cross-tabs from región/sector/canal.
    expect(summary.kpis.cac).not.toBeNull();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(summary.sheets);
    const segments = workbook.getWorksheet("Segmentos")!;
    const texts: string[] = [];
    segments.eachRow((row) =>
      row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value)),
    );
    expect(texts).toEqual(
      expect.arrayContaining(["Segmentos × Región", "Segmentos × Sector", "Segmentos × Canal"]),
    );
    // Revenue in the Clientes sheet adds up to the summary's total.
    const customers = workbook.getWorksheet("Clientes")!;
    const headers = (customers.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    const revenueColumn = headers.indexOf("Ventas") + 1;
    let revenue = 0;
    customers.eachRow((row, r) => {
      if (r > 1) revenue += row.getCell(revenueColumn).value as number;
    });
    expect(revenue).toBeCloseTo(summary.totals.revenue, 2);

    expect(io.stdout).toContain("Mapa de clientes: ");
    for (const segment of summary.segments) expect(io.stdout).toContain(segment.name.slice(0, 30));
    expect(io.stdout).toMatch(/KPI: Ventas /);
    // The counts the table prints are the rows of the two sheets' Excel tables (one story, not the raw alerts).
    const tableRows = (sheet: string, table: string) => {
      const ref = (
        workbook.getWorksheet(sheet)!.getTable(table) as unknown as { table: { tableRef: string } }
      ).table.tableRef;
      const [, first, last] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(ref)!;
      return Number(last) - Number(first);
    };
    const [, calls, patterns] = /Clientes a los que llamar: (\d+); patrones: (\d+);/.exec(io.stdout)!;
    expect(summary.callList).toEqual({ customers: Number(calls), patterns: Number(patterns) });
    expect(Number(calls)).toBe(tableRows("Clientes a los que llamar", "CmapInsights"));
    expect(Number(patterns)).toBe(tableRows("Patrones", "CmapPatterns"));
    expect(Number(calls)).toBeGreaterThan(0);
  });

  it("re-running onto its previous result says 'no change since <date>' and keeps one history record", async () => {
    const out = path.join(dir, "again.xlsx");
    expect(await main(["build", ENGLISH, "--out", out, "--run-at", RUN_AT], captureIo())).toBe(0);
    const io = captureIo();
    expect(
      await main(["build", ENGLISH, "--out", out, "--json", "-", "--run-at", "2025-02-15T10:00:00.000Z"], io),
    ).toBe(0);
    const summary = JSON.parse(io.stdout);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const segments = workbook.getWorksheet("Segments")!;
    const texts: string[] = [];
    segments.eachRow((row) => texts.push(String(row.getCell(1).value)));
    // Same data, same method: nobody moved, so no all-diagonal table presented as news.
    expect(texts).toContain(
      `No change since ${RUN_AT.slice(0, 10)}: all ${summary.customerCount} customers are in the same segment as then.`,
    );
    expect(texts).not.toContain("Before \\ Now");
    const history = workbook.getWorksheet("Map history")!;
    expect(history.state).toBe("hidden");
    expect(history.getCell(3, 1).value).toBe("2025-02-15T10:00:00.000Z");
    // The table went to stderr, so stdout is pure JSON.
    expect(io.stderr).toContain("Customer map: ");
  });

  it("reads a CSV and honours --method", async () => {
    const csv = path.join(dir, "customers.csv");
    const lines = ["Customer;Revenue;Margin;Orders;Last purchase"];
    for (let i = 0; i < 40; i++)
      lines.push(
        `C${i};${(1000 + i * 137).toFixed(2).replace(".", ",")};${100 + i * 9};${1 + (i % 7)};${String(1 + (i % 28)).padStart(2, "0")}/0${1 + (i % 9)}/2024`,
      );
    await fs.writeFile(csv, lines.join("\n"), "utf8");
    const out = path.join(dir, "csv.xlsx");
    const io = captureIo();
    expect(
      await main(["build", csv, "--out", out, "--method", "abc", "--json", "-", "--run-at", RUN_AT], io),
    ).toBe(0);
    const summary = JSON.parse(io.stdout);
    expect(summary.method).toBe("abc");
    expect(summary.customerCount).toBe(40);
    expect(summary.input.kind).toBe("customers");
  });

  it("prints the orchestrator's progress on a large input: rising percentages, every line labelled in the language", async () => {
    const csv = path.join(dir, "many.csv");
    const lines = ["Customer;Revenue;Orders;Last purchase"];
    // Above the CLI's 20,000-row threshold for progress lines.
    for (let i = 0; i < 20_050; i++)
      lines.push(
        `C${i};${1000 + (i % 977)};${1 + (i % 7)};${String(1 + (i % 28)).padStart(2, "0")}/0${1 + (i % 9)}/2024`,
      );
    await fs.writeFile(csv, lines.join("\n"), "utf8");
    const io = captureIo();
    expect(
      await main(
        ["build", csv, "--out", path.join(dir, "many.xlsx"), "--lang", "es", "--run-at", RUN_AT],
        io,
      ),
    ).toBe(0);
    const progress = io.stderr
      .split("\n")
      .filter((line) => line.startsWith("customer-map: "))
      .map((line) => /^customer-map: (\d+)% (.+)$/.exec(line));
    expect(progress.length).toBeGreaterThan(4);
    const percents = progress.map((match) => Number(match?.[1]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const labels = progress.map((match) => match?.[2]);
    // Labels from the Spanish pack, never a stage id ("planning", "kpis") or English.
    for (const label of labels)
      expect(label).toMatch(
        /^(leyendo|segmentando|calculando|buscando|comparando|análisis|preparando|escribiendo)/,
      );
    expect(labels).toContain("preparando las hojas");
    expect(labels[labels.length - 1]).toBe("escribiendo el libro");
  });

  it("refuses --out equal to the input (also through another spelling of the path) and leaves it untouched", async () => {
    const input = path.join(dir, "same.xlsx");
    await fs.copyFile(ENGLISH, input);
    const before = await sha256(input);
    for (const out of [input, path.join(dir, ".", "sub", "..", "same.xlsx")]) {
      const io = captureIo();
      const code = await main(["build", input, "--out", out], io);
      expect(code).not.toBe(0);
      expect(io.stderr.trim().split("\n")).toHaveLength(1);
      expect(io.stderr).toContain("--out");
    }
    expect(await sha256(input)).toBe(before);
  });

  it("fails with one clear line and a non-zero exit on bad input", async () => {
    const noAmount = path.join(dir, "no-amount.csv");
    await fs.writeFile(noAmount, "Customer,Notes\nA,x\nB,y\n", "utf8");
    const cases: [string[], RegExp][] = [
      [["build", noAmount, "--out", path.join(dir, "x.xlsx")], /amount|revenue|importe|ventas/i],
      [
        ["build", path.join(dir, "missing.xlsx"), "--out", path.join(dir, "y.xlsx")],
        /not found|no existe|missing/i,
      ],
      [["build", ENGLISH, "--out", path.join(dir, "z.xlsx"), "--sheet", "Nope"], /Nope/],
      [["build", ENGLISH, "--out", path.join(dir, "z.csv")], /\.xlsx/],
    ];
    for (const [argv, pattern] of cases) {
      const io = captureIo();
      const code = await main(argv, io);
      expect(code).toBe(1);
      expect(io.stderr.trim().split("\n")).toHaveLength(1);
      expect(io.stderr).toMatch(pattern);
      expect(io.stdout).toBe("");
    }
    await expect(fs.access(path.join(dir, "x.xlsx"))).rejects.toThrow();
  });

  it("rejects bad options as usage errors", async () => {
    for (const argv of [
      ["build", ENGLISH],
      ["build", ENGLISH, "--out", path.join(dir, "m.xlsx"), "--method", "magic"],
      ["build", ENGLISH, "--out", path.join(dir, "m.xlsx"), "--colour", "red"],
    ]) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr.split("\n")[0]).toMatch(/^customer-map: /);
    }
  });

  it("says in the chosen language why --method or --engine is refused, with the value and the fix", async () => {
    const out = path.join(dir, "m.xlsx");
    const stderrOf = async (argv: string[]) => {
      const io = captureIo();
      expect(await main(argv, io)).toBe(2);
      return io.stderr;
    };
    expect(await stderrOf(["build", ENGLISH, "--out", out, "--method", "magic"])).toContain(
      '--method "magic" is not a segmentation method: give portfolio, rfm, clusters, lifecycle or abc, or leave --method out for portfolio.',
    );
    expect(await stderrOf(["build", ENGLISH, "--out", out, "--method", "magia", "--lang", "es"])).toContain(
      '--method "magia" no es un método de segmentación: indica portfolio, rfm, clusters, lifecycle o abc, u omite --method para usar portfolio.',
    );
    expect(await stderrOf(["build", ENGLISH, "--out", out, "--engine", "spark"])).toContain(
      '--engine "spark" is not an engine: give auto, duckdb or in-process (',
    );
    expect(await stderrOf(["build", ENGLISH, "--out", out, "--engine", "spark", "--lang", "es"])).toContain(
      '--engine "spark" no es un motor: indica auto, duckdb o in-process (',
    );
  });
});
