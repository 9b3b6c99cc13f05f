/*
 * npm run bench: runs every tests/bench/*.bench.ts in this process, one after the other, each comparing our code
 * with the peer libraries on the same data in the same run and printing medians and ratios.
 * `npm run bench -- kmeans` runs only the benchmarks whose file name contains "kmeans".
 */
import fs from "fs";
import os from "os";
import path from "path";

async function main(): Promise<void> {
  const filter = process.argv[2] ?? "";
  const files = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.ts") && file.includes(filter))
    .sort();
  console.log(`Customer Map benchmarks — ${new Date().toISOString().slice(0, 10)}`);
  console.log(
    `machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  for (const file of files) {
    console.log(`\n### ${file.replace(".bench.ts", "")}`);
    // Loaded as CommonJS by tsx, a module's exports can sit under `default`.
    type BenchModule = { run?: () => Promise<void>; default?: { run?: () => Promise<void> } };
    const module = (await import(path.join(__dirname, file))) as BenchModule;
    const run = module.run ?? module.default?.run;
    if (!run) throw new Error(`${file} does not export run()`);
    await run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
