/**
 * The CLI's messages and summary in the pseudo-locale: every word `inspect` and `build` print for both samples
 * must be pseudo-localized (read from a Localized) or the data's own (headers, sheet and customer names); the
 * program's name, column letters and the paths given on the command line are the only other words allowed.
 * A text cut to fit a column loses its closing ⟧ and shows up here too: the summary table's columns grow
 * with their texts.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { DISPLAY_LANGUAGES } from "../../src/core/language";
import { main } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { dataWordsOf, hardCodedWords } from "../i18n/pseudo-text";

const ASSETS = path.join(__dirname, "../../assets");
const WITH_PSEUDO = [...DISPLAY_LANGUAGES, "qps"] as const;

async function run(argv: string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const io = { out: (chunk: string) => void (text += chunk), err: (chunk: string) => void (text += chunk) };
  const code = await main(argv, io, WITH_PSEUDO);
  return { code, text };
}

describe("CLI in the pseudo-locale: no hard-coded text", () => {
  it("the pseudo-locale is not offered to users", async () => {
    let err = "";
    const io = { out: () => undefined, err: (chunk: string) => void (err += chunk) };
    expect(await main(["inspect", path.join(ASSETS, "sample-customers.xlsx"), "--lang", "qps"], io)).toBe(2);
    expect(err).toContain('--lang must be en or es, not "qps"');
  });

  for (const file of ["muestra-clientes.xlsx", "sample-customers.xlsx"]) {
    it(`inspect and build ${file}`, async () => {
      const input = path.join(ASSETS, file);
      const book = await readWorkbookFile(input);
      const grids = [book.grid];
      if (file === "muestra-clientes.xlsx")
        grids.push((await readWorkbookFile(input, { sheet: "Clientes" })).grid);
      const data = dataWordsOf(grids, [...book.sheetNames, file]);
      const out = path.join(os.tmpdir(), `cmap-pseudo-${process.pid}-${file}`);
      const inspect = await run(["inspect", input, "--lang", "qps"]);
      const build = await run(["build", input, "--out", out, "--lang", "qps"]);
      await fs.rm(out, { force: true });
      expect([inspect.code, build.code]).toEqual([0, 0]);
      const problems: string[] = [];
      for (const line of (inspect.text + build.text).split("\n")) {
        const own = line
          .replace(input, "")
          .replace(out, "")
          .replace(/^customer-map: /, "")
          // Column letters ("  B \"Razón social\" → …") name cells, like the data's headers.
          .replace(/^ {2}[A-Z]{1,3} /, "");
        const words = hardCodedWords(own, data);
        if (words.length > 0) problems.push(`${words.join(" | ")} — ${line.slice(0, 160)}`);
      }
      expect(inspect.text.length + build.text.length).toBeGreaterThan(500);
      expect(problems).toEqual([]);
    });
  }
});
