/**
 * The web page's bundle for tests, built into a test-only folder (never the user's dist/): reused while it is
 * newer than every source file and the webpack configuration, rebuilt (`webpack --config-name web`,
 * development mode) otherwise. CMAP_WEB_DIST points the tests at another build (e.g. a production one).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
export const WEB_DIST = path.resolve(
  process.env.CMAP_WEB_DIST ?? path.join(ROOT, "test-artifacts", "web-build"),
);

function newestSource(): number {
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  visit(path.join(ROOT, "src"));
  visit(path.join(ROOT, "webpack.config.js"));
  return newest;
}

/** Builds the page into WEB_DIST unless an up-to-date build (or a given CMAP_WEB_DIST) is there. */
export function ensureWebBuild(): string {
  const page = path.join(WEB_DIST, "index.html");
  if (fs.existsSync(page) && (process.env.CMAP_WEB_DIST || fs.statSync(page).mtimeMs >= newestSource()))
    return WEB_DIST;
  execFileSync(
    "npx",
    ["webpack", "--mode", "development", "--config-name", "web", "--output-path", WEB_DIST],
    { cwd: ROOT, stdio: "pipe", timeout: 900_000 },
  );
  if (!fs.existsSync(page)) throw new Error(`webpack left no ${page}`);
  return WEB_DIST;
}
