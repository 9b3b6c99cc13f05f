/**
 * The production bundle the tests look at, built once per jest run into a folder of its own, never dist/:
 * `npm test` needs no `npm run build` first, and leaves nothing that a later run would trust (a stale or
 * development dist/ used to fail the build test until someone ran the production build by hand).
 *
 * jest's global setup names the folder (CMAP_TEST_BUNDLE) and its teardown deletes it. The first test file
 * that asks builds it (`webpack --mode production --env outputRoot=<folder>`); the others wait for it, so the
 * three-minute build runs once however many files need it. CMAP_DIST=<dir> tests an existing build instead.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const BUILD_TIMEOUT_MS = 900_000;
const POLL_MS = 500;

function webpack(outputRoot: string): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--mode", "production", "--env", `outputRoot=${outputRoot}`];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: ROOT, timeout: BUILD_TIMEOUT_MS, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error)
          reject(
            new Error(
              `webpack failed (${error.message}):\n${String(stderr).slice(-4000)}${String(stdout).slice(-4000)}`,
            ),
          );
        else resolve();
      },
    );
  });
}

async function waitFor(folder: string): Promise<void> {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    if (fs.existsSync(path.join(folder, "built"))) return;
    const failed = path.join(folder, "failed");
    if (fs.existsSync(failed)) throw new Error(fs.readFileSync(failed, "utf8"));
    if (Date.now() > deadline)
      throw new Error(`the test bundle in ${folder} was not built within ${BUILD_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The folder holding the production bundle (taskpane.html, functions.json, manifest.xml, assets/...). */
export async function testBundle(): Promise<string> {
  if (process.env.CMAP_DIST) return path.resolve(process.env.CMAP_DIST);
  const folder = process.env.CMAP_TEST_BUNDLE ?? fs.mkdtempSync(path.join(os.tmpdir(), "cmap-bundle-"));
  const output = path.join(folder, "out");
  let builder = false;
  try {
    fs.mkdirSync(folder, { recursive: false });
    builder = true;
  } catch (error) {
    // EEXIST: another test file builds (or built) it. mkdtemp's folder exists too: build it here.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    builder = !process.env.CMAP_TEST_BUNDLE;
  }
  if (builder) {
    try {
      await webpack(output);
      fs.writeFileSync(path.join(folder, "built"), "");
    } catch (error) {
      fs.writeFileSync(path.join(folder, "failed"), String((error as Error).message));
      throw error;
    }
  }
  await waitFor(folder);
  return output;
}
