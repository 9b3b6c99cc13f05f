/**
 * Both bundled samples, read and analysed as the CLI does (the Spanish invoice lines joined with its customer
 * sheet; the English customer sheet), for the tests that scan every text a reader sees (user-text, pseudo-locale).
 */
import * as path from "path";
import type { Method } from "../../../src/core/model";
import { analyzeGrid } from "../../../src/core/pipeline";
import type { Grid, Lang } from "../../../src/core/types";
import { readWorkbookFile } from "../../../src/xlsx/read-file";

const ASSETS = path.join(__dirname, "../../../assets");
export const SAMPLE_RUN_AT = "2025-01-15T10:00:00.000Z";

export interface BundledSample {
  file: string;
  /** The sheets the analysis reads: their text is the user's data, not ours. */
  grids: Grid[];
  sheetNames: string[];
  analyse: (lang: Lang, method: Method) => ReturnType<typeof analyzeGrid>;
}

export async function loadBundledSamples(): Promise<BundledSample[]> {
  const spanishFile = path.join(ASSETS, "muestra-clientes.xlsx");
  const invoices = await readWorkbookFile(spanishFile, { sheet: "Facturas" });
  const customers = await readWorkbookFile(spanishFile, { sheet: "Clientes" });
  const english = await readWorkbookFile(path.join(ASSETS, "sample-customers.xlsx"));
  return [
    {
      file: "muestra-clientes.xlsx",
      grids: [invoices.grid, customers.grid],
      sheetNames: invoices.sheetNames,
      analyse: (lang, method) =>
        analyzeGrid(invoices.grid, {
          method,
          lang,
          runAt: SAMPLE_RUN_AT,
          numberFormats: invoices.numberFormats,
          attributeGrids: [{ name: "Clientes", grid: customers.grid }],
        }),
    },
    {
      file: "sample-customers.xlsx",
      grids: [english.grid],
      sheetNames: english.sheetNames,
      analyse: (lang, method) =>
        analyzeGrid(english.grid, {
          method,
          lang,
          runAt: SAMPLE_RUN_AT,
          numberFormats: english.numberFormats,
        }),
    },
  ];
}
