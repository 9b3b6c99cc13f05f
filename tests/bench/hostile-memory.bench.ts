/*
 * Memory benchmark of hostile files (not a timed test): the sparse workbook (20 customers and one stray cell at
 * XFD1048576) and the ZIP bomb (a 300 MB shared string in ~300 KB) are each read by the CLI's reader and the
 * sparse one analysed, in a fresh Node process, printing its peak RSS. Both must stay under 500 MB (they
 * took 4.3 GB and 2.6 GB before the limits). `npm run bench -- hostile`.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { bombWorkbook, sparseWorkbook } from "../cli/hostile-files";

const LIMIT_MB = 500;

export async function run(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-hostile-bench-"));
  try {
    const files = [
      {
        name: "sparse (stray cell at XFD1048576)",
        file: path.join(dir, "sparse.xlsx"),
        bytes: await sparseWorkbook(),
      },
      {
        name: "bomb (300 MB shared string)",
        file: path.join(dir, "bomb.xlsx"),
        bytes: await bombWorkbook(300),
      },
    ];
    console.log("| file | size on disk | outcome | wall ms | peak RSS MB | under 500 MB |");
    console.log("|---|---|---|---|---|---|");
    for (const { name, file, bytes } of files) {
      await fs.writeFile(file, bytes);
      const output = execFileSync(
        process.execPath,
        ["-r", "tsx/cjs", path.join(__dirname, "read-one-file.ts"), file],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const result = JSON.parse(output.trim().split("\n").pop()!) as {
        outcome: string;
        ms: number;
        peakMb: number;
      };
      console.log(
        `| ${name} | ${(bytes.length / 1024).toFixed(0)} KB | ${result.outcome} | ${result.ms} | ${result.peakMb} | ${result.peakMb < LIMIT_MB ? "yes" : "NO"} |`,
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
