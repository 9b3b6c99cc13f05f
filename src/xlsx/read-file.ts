/**
 * The command line's file reader: the bytes of a file on disk, read by the environment-neutral reader
 * (`read-bytes.ts`, which the web page uses on dropped files). See there for what a grid holds.
 *
 * Cost: O(cells). Throws CoreError ("file-not-found", "unsupported-file", "unreadable-file",
 * "sheet-not-found", "empty-file") with a one-line reason in English and Spanish.
 */
import { promises as fs } from "fs";
import { CoreError } from "../core/errors";
import {
  checkWorkbookExtension,
  openWorkbookBytes,
  readOpenedWorkbook,
  type OpenedWorkbook,
  type ReadWorkbookOptions,
  type WorkbookFileGrid,
} from "./read-bytes";

export {
  decodeCsvBytes,
  excelValueToCell,
  parseCsvText,
  type OpenedWorkbook,
  type ReadWorkbookOptions,
  type WorkbookFileGrid,
} from "./read-bytes";

function fileError(code: string, file: string, en: string, es: string): CoreError {
  return new CoreError(code, { en: `${en}: ${file}`, es: `${es}: ${file}` }, file);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw fileError(
        "file-not-found",
        file,
        "File not found; check the path",
        "No se encuentra el archivo; revise la ruta",
      );
    if (code === "EISDIR")
      throw fileError(
        "unreadable-file",
        file,
        "This is a folder, not a file",
        "Es una carpeta, no un archivo",
      );
    throw fileError(
      "unreadable-file",
      file,
      `Cannot read the file (${code ?? "error"})`,
      `No se puede leer el archivo (${code ?? "error"})`,
    );
  }
}

/** Reads and parses a workbook or CSV file once; any sheet can then be read from it. */
export async function openWorkbookFile(file: string): Promise<OpenedWorkbook> {
  checkWorkbookExtension(file);
  return openWorkbookBytes(await readBytes(file), file);
}

/**
 * Reads one sheet of an `.xlsx` or `.csv` file as a grid. See the module comment.
 *
 * @example const { grid } = await readWorkbookFile("clientes.xlsx", { sheet: "Clientes" });
 */
export async function readWorkbookFile(
  file: string,
  options: ReadWorkbookOptions = {},
): Promise<WorkbookFileGrid> {
  return readOpenedWorkbook(await openWorkbookFile(file), options);
}
