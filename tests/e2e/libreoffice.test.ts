/**
 * A real spreadsheet program opens the result: LibreOffice (headless) converts the demo result to PDF.
 * LibreOffice must be on PATH (CI installs libreoffice-calc). Without it the test fails with a clear message,
 * unless NO_LIBREOFFICE=1 is set outside CI (an explicit, visible opt-out for machines without it).
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

const libreoffice = findOnPath(PROGRAMS);

if (libreoffice) {
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
          throw new Error(
            `LibreOffice produced no PDF (exit ${conversion.code}): ${conversion.stderr.trim()}`,
          );
        expect(stat.size).toBeGreaterThan(10_000);
        const head = (await fs.readFile(pdf)).subarray(0, 5).toString("latin1");
        expect(head).toBe("%PDF-");
        const pdftotext = findOnPath(["pdftotext"]);
        if (pdftotext) {
          const text = await run(pdftotext, ["-f", "1", "-l", "1", pdf, "-"], 30_000);
          expect(text.stdout).toContain("Mapa de clientes");
          expect(text.stdout).toContain("Estratégicos / VIP");
        }
      },
      CONVERT_TIMEOUT_MS + 60_000,
    );
  });
} else if (process.env.NO_LIBREOFFICE === "1" && !process.env.CI) {
  describe("LibreOffice check", () => {
    it("was opted out with NO_LIBREOFFICE=1 (LibreOffice not on PATH)", () => {
      expect(process.env.NO_LIBREOFFICE).toBe("1");
    });
  });
} else {
  describe("LibreOffice check", () => {
    it("needs LibreOffice on PATH", () => {
      throw new Error(
        "LibreOffice (libreoffice or soffice) is not on PATH: install libreoffice-calc to check that a real " +
          "spreadsheet program opens the result, or set NO_LIBREOFFICE=1 (outside CI) to opt out.",
      );
    });
  });
}
