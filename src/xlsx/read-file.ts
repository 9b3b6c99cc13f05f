/**
 * The command line's file reader: the bytes of a file on disk (never a folder, device or pipe, within the
 * input size limit), read by the environment-neutral reader (`read-bytes.ts`, which the web page uses on
 * dropped files). See there for what a grid holds.
 *
 * Cost: O(cells). Throws CoreError ("file-not-found", "unsupported-file", "unreadable-file",
 * "sheet-not-found", "empty-file", the limit and file-system codes) with a one-line reason in English and Spanish.
 */
import { promises as fs } from "fs";
import { CoreError } from "../core/errors";
import { fileSystemError } from "./file-errors";
import { inputSizeProblem } from "./file-limits";
import {
  checkWorkbookExtension,
  fileError,
  limitError,
  openWorkbookBytes,
  readOpenedWorkbook,
  type OpenedWorkbook,
  type ReadWorkbookOptions,
  type WorkbookFileGrid,
} from "./read-bytes";

export {
  decodeCsv,
  decodeCsvBytes,
  excelValueToCell,
  parseCsvText,
  type DecodedCsv,
  type OpenedWorkbook,
  type ReadWorkbookOptions,
  type WorkbookFileGrid,
} from "./read-bytes";

async function readBytes(file: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory())
      throw fileError(
        "unreadable-file",
        file,
        "This is a folder, not a file",
        "Es una carpeta, no un archivo",
      );
    if (!stat.isFile())
      // A device or pipe (/dev/zero, a FIFO) would be read forever.
      throw fileError(
        "unreadable-file",
        file,
        "Not a regular file (a device, pipe or socket); give the path of a workbook or CSV file",
        "No es un archivo normal (un dispositivo, tubería o socket); indique la ruta de un libro o un archivo CSV",
      );
    const tooLarge = inputSizeProblem(stat.size);
    if (tooLarge) throw limitError(tooLarge, file);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof CoreError) throw error;
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
    throw fileSystemError(error, "read", file);
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
