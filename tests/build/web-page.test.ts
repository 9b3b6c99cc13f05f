/**
 * The built web page (dist/web/index.html and its scripts; here the test build, see web-build.ts) as a folder
 * that works anywhere: every reference relative and inside the folder, nothing from elsewhere, and a
 * Content-Security-Policy that forbids connections.
 */
import * as fs from "fs";
import * as path from "path";
import { webBuild } from "./web-build";

jest.setTimeout(900_000);

let dist = "";
let html = "";
beforeAll(async () => {
  dist = await webBuild();
  html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
});

test("the page's Content-Security-Policy forbids connections and foreign scripts", () => {
  // Production builds minify the page (attribute quotes dropped where HTML allows it).
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const directives = new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map((words) => [words[0], words.slice(1)] as const),
  );
  expect(directives.get("connect-src")).toEqual(["'none'"]);
  expect(directives.get("default-src")).toEqual(["'self'"]);
  // WebAssembly compiling only (the k-means SIMD passes), never JavaScript eval ('unsafe-eval').
  expect(directives.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
});

test("every script and link of the page is a relative file inside the folder", () => {
  const references = [...html.matchAll(/\s(?:src|href)=(?:"([^"]*)"|([^\s>"]+))/g)].map(
    (match) => match[1] ?? match[2],
  );
  expect(references.length).toBeGreaterThanOrEqual(2);
  for (const reference of references) {
    if (reference.startsWith("data:")) continue;
    expect(reference).not.toMatch(/^(\/|[a-z]+:)/i);
    expect(fs.existsSync(path.join(dist, reference))).toBe(true);
  }
});

test("no script of the page names a remote address to load from", () => {
  for (const file of fs.readdirSync(dist).filter((name) => name.endsWith(".js"))) {
    const code = fs.readFileSync(path.join(dist, file), "utf8");
    // Libraries mention URLs in comments and messages; none may be a script, font or style source.
    expect(code).not.toMatch(/(?:importScripts|loadScript)\(\s*["']https?:/);
    expect(code).not.toMatch(/@import\s+url\(\s*["']?https?:/);
    expect(code).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
  }
  expect(html).not.toMatch(/https?:\/\//);
});
