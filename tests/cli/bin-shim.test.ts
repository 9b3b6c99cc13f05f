/**
 * The bin shim (src/cli/customer-map.js) runs a prebuilt bundle only while it is newer than every source
 * file, and the TypeScript through tsx otherwise: an edited source is never shadowed by a stale bundle.
 */
import { execFileSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";

const SHIM = path.join(__dirname, "../../src/cli/customer-map.js");

function runShim(bundle: string, extraEnv: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [SHIM, "--help"], {
    env: { ...process.env, CMAP_CLI_BUNDLE: bundle, ...extraEnv },
    encoding: "utf8",
  });
}

describe("bin shim", () => {
  let dir: string;
  let bundle: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-shim-"));
    bundle = path.join(dir, "customer-map.cjs");
    // A stand-in bundle that says who answered.
    await fs.writeFile(
      bundle,
      'exports.main = async () => { process.stdout.write("answered by the bundle\\n"); return 0; };\n',
    );
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it("runs a bundle newer than the sources", () => {
    expect(runShim(bundle)).toBe("answered by the bundle\n");
  });

  it("runs the TypeScript when the bundle is older than a source, missing, or refused", async () => {
    const old = new Date("2001-01-01T00:00:00Z");
    await fs.utimes(bundle, old, old);
    expect(runShim(bundle)).toContain("Usage:");
    expect(runShim(path.join(dir, "missing.cjs"))).toContain("Usage:");
    const now = new Date();
    await fs.utimes(bundle, now, now);
    expect(runShim(bundle, { CMAP_NO_BUNDLE: "1" })).toContain("Usage:");
  }, 60_000);
});
