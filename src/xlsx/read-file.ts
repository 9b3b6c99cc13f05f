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
import { texts } from "../i18n/texts";
import {
  checkWorkbookExtension,
  fileError,
  limitError,
  openWorkbookBytes,
  readOpenedWorkbook,
  type OpenedWorkbook,
  type OpenWorkbookOptions,
  type ReadWorkbookOptions,
  type WorkbookFileGrid,
} from "./read-bytes";

export { decodeCsvBytes, parseCsvText } from "./read-bytes";

async function readBytes(file: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory())
      throw fileError(
        "unreadable-file",
        file,
        texts((t) => t.xlsx.fileMessages.thisIsAFolder),
      );
    if (!stat.isFile())
      // A device or pipe (/dev/zero, a FIFO) would be read forever.
      throw fileError(
        "unreadable-file",
        file,
        texts((t) => t.xlsx.fileMessages.notARegularFile),
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
        texts((t) => t.xlsx.fileMessages.fileNotFoundCheck),
      );
    if (code === "EISDIR")
      throw fileError(
        "unreadable-file",
        file,
        texts((t) => t.xlsx.fileMessages.thisIsAFolder),
      );
    throw fileSystemError(error, "read", file);
  }
}

/** Reads and parses a workbook or CSV file once; any sheet can then be read from it. */
export async function openWorkbookFile(
  file: string,
  options: OpenWorkbookOptions = {},
): Promise<OpenedWorkbook> {
  checkWorkbookExtension(file);
  return openWorkbookBytes(await readBytes(file), file, options);
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
