import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main, parseArgs } from "../../src/cli/main";
import type { InspectSummary } from "../../src/cli/inspect-command";
import { captureIo } from "./capture-io";

let dir: string;
let csv: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "inspect-"));
  csv = path.join(dir, "clientes.csv");
  await fs.writeFile(
    csv,
    "Cliente;Ventas;Margen\nA;1.000,50;200\nB;n/d;10\nC;500;-50\nTotal;1.500,50;150\n",
    "utf8",
  );
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("customer-map inspect", () => {
  it("prints the JSON summary to stdout with --json -", async () => {
    const io = captureIo();
    const code = await main(["inspect", csv, "--json", "-"], io);
    expect(code).toBe(0);
    const summary = JSON.parse(io.stdout) as InspectSummary;
    expect(summary.input).toMatchObject({ kind: "customers", rows: 4, rowsUsed: 2, rowsSkipped: 2 });
    expect(summary.columns.map((c) => [c.column, c.role])).toEqual([
      ["A", "customerId"],
      ["B", "revenue"],
      ["C", "marginAmount"],
    ]);
    expect(summary.customers).toBe(2);
    expect(summary.totals).toEqual({ revenue: 1500.5, margin: 150 });
    expect(summary.skipped.map((s) => s.reason).sort()).toEqual(["missing-amount", "totals-row"]);
    expect(summary.conventions[0].convention).toBe("decimal-comma");
  });

  it("writes the JSON file in Spanish with --lang es", async () => {
    const out = path.join(dir, "out.json");
    const io = captureIo();
    expect(await main(["inspect", csv, "--json", out, "--lang", "es"], io)).toBe(0);
    const summary = JSON.parse(await fs.readFile(out, "utf8")) as InspectSummary;
    expect(summary.input.reason).toContain("Nivel cliente");
  });

  it("prints a readable report without --json", async () => {
    const io = captureIo();
    expect(await main(["inspect", csv], io)).toBe(0);
    expect(io.stdout).toContain("Customers: 2");
  });

  it("exits non-zero with one line on an unreadable file", async () => {
    const io = captureIo();
    const code = await main(["inspect", path.join(dir, "missing.xlsx"), "--json", "-"], io);
    expect(code).toBe(1);
    expect(io.stderr.trim().split("\n")).toHaveLength(1);
    expect(io.stderr).toContain("File not found");
    expect(io.stdout).toBe("");
  });

  it("exits non-zero on a file without a customer table", async () => {
    const file = path.join(dir, "numbers.csv");
    await fs.writeFile(file, "1,2\n3,4\n");
    const io = captureIo();
    expect(await main(["inspect", file], io)).toBe(1);
    expect(io.stderr).toContain("No header row");
  });

  it("rejects bad usage", async () => {
    expect(await main(["inspect"], captureIo())).toBe(2);
    expect(await main(["frobnicate", "x"], captureIo())).toBe(2);
    expect(await main(["inspect", csv, "--lang", "fr"], captureIo())).toBe(2);
    expect(parseArgs(["a", "--sheet=Hoja 1", "--json", "-"])).toEqual({
      positional: ["a"],
      options: { sheet: "Hoja 1", json: "-" },
    });
    expect(parseArgs(["--json"])).toBe("option --json needs a value");
  });
});
