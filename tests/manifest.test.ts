/**
 * Offline structural check of manifest.xml (`office-addin-manifest validate` needs the internet). It checks
 * what a shared-runtime custom-functions add-in needs, so a broken manifest fails here, not in front of Excel.
 */
import fs from "fs";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";
import { XMLValidator } from "fast-xml-parser";
import { REQUIRED_EXCEL_API } from "../src/office/requirements";

const MANIFEST_PATH = path.join(__dirname, "..", "manifest.xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/** Strict well-formedness first (xmldom is lenient), then a DOM to query. */
function parseManifest(text: string): Document {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    throw new Error(`manifest.xml is not well-formed: ${validation.err.msg} (line ${validation.err.line})`);
  }
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}

const text = fs.readFileSync(MANIFEST_PATH, "utf8");
const manifest = parseManifest(text);
const all = (name: string): Element[] => Array.from(manifest.getElementsByTagName(name));
/** The single element of that name, among the root's children when `topLevel`. */
const one = (name: string, topLevel = false): Element => {
  const found = all(name).filter((element) => !topLevel || element.parentNode === manifest.documentElement);
  if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
  return found[0];
};
const typeOf = (element: Element) => element.getAttribute("xsi:type");

describe("manifest.xml (offline check)", () => {
  it("is well-formed XML with a TaskPaneApp root", () => {
    expect(manifest.documentElement.tagName).toBe("OfficeApp");
    expect(typeOf(manifest.documentElement)).toBe("TaskPaneApp");
    expect(() => parseManifest("<OfficeApp><Id></OfficeApp>")).toThrow(/not well-formed/);
  });

  it("targets Excel workbooks with the requirement sets a shared runtime and custom functions need", () => {
    expect(all("Host").some((host) => host.getAttribute("Name") === "Workbook")).toBe(true);
    const sets = all("Set").map((set) => set.getAttribute("Name"));
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime", "ExcelApi"]));
    const excelApi = all("Set").find((set) => set.getAttribute("Name") === "ExcelApi");
    // The Office layer's calls need this version (src/office/requirements.ts says which calls).
    expect(excelApi?.getAttribute("MinVersion")).toBe(REQUIRED_EXCEL_API);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("has an English display name and description with a Spanish override", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const element = one(tag, true);
      expect(element.getAttribute("DefaultValue")).toBeTruthy();
      const override = Array.from(element.getElementsByTagName("Override")).find(
        (item) => item.getAttribute("Locale") === "es-ES",
      );
      expect(override?.getAttribute("Value")).toBeTruthy();
    }
  });

  it("declares one long-lived runtime shared by the pane and the functions", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const runtimeId = runtime.getAttribute("resid");
    const functions = all("ExtensionPoint").find((point) => typeOf(point) === "CustomFunctions");
    expect(functions).toBeDefined();
    const page = functions!.getElementsByTagName("Page")[0].getElementsByTagName("SourceLocation")[0];
    expect(page.getAttribute("resid")).toBe(runtimeId);
    for (const tag of ["Script", "Metadata"]) {
      expect(functions!.getElementsByTagName(tag)[0].getElementsByTagName("SourceLocation")[0]).toBeDefined();
    }
    const namespaceId = functions!.getElementsByTagName("Namespace")[0].getAttribute("resid");
    const namespace = all("bt:String").find((item) => item.getAttribute("id") === namespaceId);
    expect(namespace?.getAttribute("DefaultValue")).toBe("CMAP");
  });

  it("puts a Customer Map group with a button that opens the pane on the Home tab, with 16/32/80 px icons", () => {
    const tab = all("OfficeTab").find((item) => item.getAttribute("id") === "TabHome");
    expect(tab).toBeDefined();
    const group = tab!.getElementsByTagName("Group")[0];
    const labelId = group.getElementsByTagName("Label")[0].getAttribute("resid");
    const label = all("bt:String").find((item) => item.getAttribute("id") === labelId);
    expect(label?.getAttribute("DefaultValue")).toBe("Customer Map");
    const button = Array.from(group.getElementsByTagName("Control")).find(
      (control) => typeOf(control) === "Button",
    );
    expect(typeOf(button!.getElementsByTagName("Action")[0])).toBe("ShowTaskpane");
    const sizes = Array.from(button!.getElementsByTagName("bt:Image")).map((image) =>
      image.getAttribute("size"),
    );
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  it("has no ribbon action that runs a function: the build ships no command script for one", () => {
    const actions = all("Action").map(typeOf);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((type) => type !== "ShowTaskpane")).toEqual([]);
  });

  it("defines every resource id it refers to", () => {
    const defined = new Set(
      ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) => all(tag).map((item) => item.getAttribute("id"))),
    );
    const referenced = Array.from(manifest.getElementsByTagName("*"))
      .map((element) => element.getAttribute("resid"))
      .filter((id): id is string => Boolean(id));
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(defined).toContain(id);
  });

  it("uses only https URLs, and every icon it names exists in assets/", () => {
    const urls = text.match(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/="https:\/\//);
    for (const image of all("bt:Image").filter(
      (item) => item.namespaceURI === BT && item.getAttribute("id"),
    )) {
      const file = image.getAttribute("DefaultValue")!.replace(/^https:\/\/localhost:3000\//, "");
      expect(fs.existsSync(path.join(__dirname, "..", file))).toBe(true);
    }
  });

  it("ships a Spanish metadata file for the localized function names", () => {
    const metadataUrl = all("bt:Url").find((item) => item.getAttribute("id") === "Functions.Metadata.Url");
    const spanish = Array.from(metadataUrl!.getElementsByTagName("bt:Override")).find(
      (item) => item.getAttribute("Locale") === "es-ES",
    );
    expect(spanish?.getAttribute("Value")).toMatch(/functions\.es\.json$/);
  });
});
