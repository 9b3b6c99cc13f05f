/**
 * Seeded generators of the benchmark inputs, written as CSV files: a customer table (one row per customer) and
 * invoice lines (one row per line, skewed customers: a few buy a lot). Same seed → same bytes on every machine.
 * Run: npx tsx tests/bench/generate-data.ts customers 100000 out.csv | lines 1000000 out.csv [customers]
 */
import { createWriteStream } from "fs";
import { createRandom } from "../../src/core/random";

const REGIONS = ["Norte", "Sur", "Este", "Oeste", "Centro"];
const CATEGORIES = ["Tools", "Materials", "Spare parts", "Consumables", "Services"];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1) / DAY_MS;

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Writes lines through a stream in chunks (bounded memory whatever the row count). */
async function writeLines(file: string, header: string, rows: number, line: (i: number) => string) {
  const out = createWriteStream(file);
  const CHUNK = 10_000;
  out.write(header + "\n");
  for (let start = 0; start < rows; start += CHUNK) {
    let text = "";
    for (let i = start; i < Math.min(rows, start + CHUNK); i++) text += line(i) + "\n";
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** One row per customer: id, name, revenue, margin, orders, last purchase, region. */
export function writeCustomersCsv(file: string, customers: number, seed = 7): Promise<void> {
  const random = createRandom(seed);
  return writeLines(file, "Customer ID,Name,Revenue,Margin,Orders,Last purchase,Region", customers, (i) => {
    const revenue = Math.round(Math.exp(6 + 3 * random()) * 100) / 100;
    const margin = Math.round(revenue * (0.05 + 0.4 * random()));
    const orders = 1 + Math.floor(30 * random());
    const last = isoDay(FIRST_DAY + Math.floor(600 * random()));
    return `C${String(i + 1).padStart(7, "0")},Customer ${i + 1},${revenue},${margin},${orders},${last},${REGIONS[i % 5]}`;
  });
}

/** Invoice lines over two years: customer, invoice, date, category, amount, cost. */
export function writeLinesCsv(
  file: string,
  rows: number,
  customers = Math.max(10, Math.round(rows / 20)),
  seed = 20240601,
): Promise<void> {
  const random = createRandom(seed);
  let invoice = 100000;
  return writeLines(file, "Customer ID,Invoice,Date,Category,Amount,Cost", rows, () => {
    const customer = Math.floor(customers * random() ** 2);
    if (random() < 0.4) invoice++;
    const amount = Math.round(random() * 200000) / 100 + 1;
    const date = isoDay(FIRST_DAY + Math.floor(random() * 730));
    const category = CATEGORIES[Math.floor(random() * 5)];
    return `C${String(customer + 1).padStart(7, "0")},${invoice},${date},${category},${amount},${Math.round(amount * 70) / 100}`;
  });
}

if (require.main === module) {
  const [kind, count, file, customers] = process.argv.slice(2);
  const n = Number(count);
  const done =
    kind === "customers"
      ? writeCustomersCsv(file, n)
      : writeLinesCsv(file, n, customers === undefined ? undefined : Number(customers));
  done.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
