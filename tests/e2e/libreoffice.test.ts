/**
 * A real spreadsheet program opens the result: LibreOffice (headless) converts the demo result to PDF and
 * pdftotext reads the map's title and a segment name back from it. Both programs must be on PATH (CI installs
 * libreoffice-calc and poppler-utils): without either the test fails naming the package to install, never
 * skips a check.
 */
import { execFile } from "child_process";
import { accessSync, constants, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

const PROGRAMS = ["libreoffice", "soffice"];
const CONVERT_TIMEOUT_MS = 120_000;

function findOnPath(names: string[]): string | null {
  for (const directory of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of names) {
      const candidate = path.join(directory, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

function run(
  program: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

const MISSING_TOOLS =
  "is not on PATH: install libreoffice-calc and poppler-utils (Debian) to check that a real spreadsheet " +
  "program opens the result (.ci/run installs both).";

describe("LibreOffice opens the built customer map", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "cmap-lo-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it(
    "converts the demo result (Spanish sample) to a non-empty PDF whose text shows the map",
    async () => {
      const libreoffice = findOnPath(PROGRAMS);
      if (!libreoffice) throw new Error(`LibreOffice (libreoffice or soffice) ${MISSING_TOOLS}`);
      const pdftotext = findOnPath(["pdftotext"]);
      if (!pdftotext) throw new Error(`pdftotext ${MISSING_TOOLS}`);
      const result = path.join(dir, "mapa-clientes.xlsx");
      const io = { out: () => undefined, err: () => undefined };
      const code = await main(
        [
          "build",
          path.join(__dirname, "../../assets/muestra-clientes.xlsx"),
          "--out",
          result,
          "--lang",
          "es",
          "--run-at",
          "2025-01-15T10:00:00.000Z",
        ],
        io,
      );
      expect(code).toBe(0);
      // Own profile directory: a LibreOffice already running elsewhere on the machine must not capture the call.
      const profile = `file://${path.join(dir, "lo-profile")}`;
      const conversion = await run(
        libreoffice,
        [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, result],
        CONVERT_TIMEOUT_MS,
      );
      const pdf = path.join(dir, "mapa-clientes.pdf");
      const stat = await fs.stat(pdf).catch(() => null);
      if (!stat)
        throw new Error(`LibreOffice produced no PDF (exit ${conversion.code}): ${conversion.stderr.trim()}`);
      expect(stat.size).toBeGreaterThan(10_000);
      const head = (await fs.readFile(pdf)).subarray(0, 5).toString("latin1");
      expect(head).toBe("%PDF-");
      const text = await run(pdftotext, ["-f", "1", "-l", "1", pdf, "-"], 30_000);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain("Mapa de clientes");
      expect(text.stdout).toContain("Estratégicos / VIP");
    },
    CONVERT_TIMEOUT_MS + 60_000,
  );
});
