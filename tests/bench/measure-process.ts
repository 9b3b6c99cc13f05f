/**
 * Runs `node <args>` in the project folder as a fresh process and measures it with GNU time when present
 * (/usr/bin/time: wall, user + system CPU and peak resident memory), else wall time only. Shared by the
 * end-to-end and DuckDB benchmarks.
 */
import { execFile } from "child_process";
import { existsSync } from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const TIME = "/usr/bin/time";

export interface Measure {
  wallS: number;
  cpuS: number;
  peakMb: number;
  code: number;
}

export function measureNode(args: string[]): Promise<Measure> {
  return new Promise((resolve) => {
    const started = performance.now();
    const useTime = existsSync(TIME);
    const program = useTime ? TIME : process.execPath;
    const argv = useTime ? ["-f", "CMAPTIME %e %U %S %M", process.execPath, ...args] : args;
    execFile(program, argv, { cwd: ROOT, maxBuffer: 1 << 26 }, (error, _stdout, stderr) => {
      const wall = (performance.now() - started) / 1000;
      const match = /CMAPTIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(String(stderr));
      if (error && !match) process.stderr.write(String(stderr));
      resolve({
        wallS: match ? Number(match[1]) : wall,
        cpuS: match ? Number(match[2]) + Number(match[3]) : NaN,
        peakMb: match ? Number(match[4]) / 1024 : NaN,
        code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
      });
    });
  });
}
