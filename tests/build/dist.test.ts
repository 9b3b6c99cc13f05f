/**
 * What `npm run build` must leave in dist/: the runtime page, the functions metadata and the production manifest.
 * Checked on the same production build made into a folder of this test run's own (./test-bundle.ts).
 */
import fs from "fs";
import path from "path";
import { testBundle } from "./test-bundle";

jest.setTimeout(900_000);

let dist = "";
const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

beforeAll(async () => {
  dist = await testBundle();
});

describe("production build (dist/)", () => {
  it("holds one runtime page that loads office.js, the pane and the functions (no ribbon script)", () => {
    const html = read("taskpane.html");
    for (const script of ["taskpane.js", "functions.js"]) expect(html).toContain(script);
    expect(html).not.toContain("commands.js");
    expect(html).toMatch(/office-js\/office\.js/);
    expect(fs.existsSync(path.join(dist, "office-js", "office.js"))).toBe(true);
  });

  it("holds functions.json generated from the JSDoc, with CMAP.AVGTICKET and its parameters", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: { id: string; name: string; description?: string; parameters: { name: string }[] }[];
    };
    const avgTicket = metadata.functions.find((fn) => fn.id === "AVGTICKET");
    expect(avgTicket).toBeDefined();
    expect(avgTicket!.description).toBeTruthy();
    expect(avgTicket!.parameters.map((parameter) => parameter.name)).toEqual(["revenue", "orders"]);
    expect(fs.existsSync(path.join(dist, "functions.es.json"))).toBe(true);
  });

  it("holds the production manifest with every localhost URL rewritten", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/);
    const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    const productionUrl: string = process.env.PRODUCTION_URL ?? packageJson.config.production_url;
    expect(manifest).toContain(`${productionUrl}taskpane.html`);
    expect(manifest).toContain(`${productionUrl}functions.json`);
  });

  it("copies the icons and the sample workbooks", () => {
    for (const size of [16, 32, 64, 80])
      expect(fs.existsSync(path.join(dist, "assets", `icon-${size}.png`))).toBe(true);
    expect(fs.existsSync(path.join(dist, "assets", "muestra-clientes.xlsx"))).toBe(true);
  });
});
