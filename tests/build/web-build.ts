/**
 * The web page's bundle for tests: the `web/` folder of the one production bundle the tests build
 * (`./test-bundle.ts`, built once per jest run, never into dist/). CMAP_WEB_DIST points the tests at another
 * build of the page instead.
 */
import * as path from "path";
import { testBundle } from "./test-bundle";

/** The folder holding the built page (index.html and its scripts). */
export async function webBuild(): Promise<string> {
  if (process.env.CMAP_WEB_DIST) return path.resolve(process.env.CMAP_WEB_DIST);
  return path.join(await testBundle(), "web");
}
