/**
 * Everything the CLI checks and does so that a user's file is never lost: the files it writes (`--out`,
 * `--json`) are compared with each other and with every input on resolved real paths (symlinks, `./a` vs `a`);
 * an existing file is replaced only when it is recognisably our own earlier result (or with `--force`);
 * writing goes to a temporary file in the same folder, renamed over the target at the end (atomic on one file
 * system), so a failed run leaves the old file or nothing, never half a file. File-system failures become one
 * sentence in English and Spanish (CoreError, exit 1) instead of a raw `EACCES`.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { CoreError } from "../core/errors";
import { sheetNameCandidates } from "../core/plan/sheet-names";
import { texts } from "../i18n/texts";
import { fileSystemError, isFileSystemError } from "../xlsx/file-errors";
import { fileKindOf, MAX_INPUT_BYTES } from "../xlsx/file-limits";
import { RESULT_MARKER_PROPERTY, RESULT_MARKER_VALUE } from "../xlsx/write-workbook";
import { readZipDirectory, readZipText } from "../xlsx/zip-inspect";

/** The real path of a file, or of its folder plus its name when it does not exist yet. */
async function realPathOf(file: string): Promise<string> {
  const resolved = path.resolve(file);
  try {
    return await fs.realpath(resolved);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

/**
 * What makes two paths the same file: device and inode when the file exists (also catches hard links, which
 * real paths do not), else its real path.
 */
async function fileIdentityOf(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    return `inode:${stat.dev}:${stat.ino}`;
  } catch {
    return `path:${await realPathOf(file)}`;
  }
}

/**
 * True when the .xlsx bytes are a result of ours: our custom property (written since the marker existed), or
 * (results written before it) our creator name together with our hidden history sheet.
 */
export function isOurWorkbook(bytes: Uint8Array): boolean {
  if (fileKindOf(bytes) !== "xlsx") return false;
  try {
    const entries = readZipDirectory(bytes);
    const custom = readZipText(bytes, entries, "docProps/custom.xml", 1024 * 1024) ?? "";
    if (custom.includes(`name="${RESULT_MARKER_PROPERTY}"`) && custom.includes(RESULT_MARKER_VALUE))
      return true;
    const core = readZipText(bytes, entries, "docProps/core.xml", 1024 * 1024) ?? "";
    const workbook = readZipText(bytes, entries, "xl/workbook.xml", 4 * 1024 * 1024) ?? "";
    return (
      core.includes(`<dc:creator>${RESULT_MARKER_VALUE}</dc:creator>`) &&
      sheetNameCandidates("history").some((name) => workbook.includes(`name="${name}"`))
    );
  } catch {
    return false;
  }
}

/** True when the text is a JSON summary of ours (build or inspect), judged by its keys. */
export function isOurJson(text: string): boolean {
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
    const build = "method" in data && "segments" in data && "totals" in data && "input" in data;
    const inspect = "columns" in data && "table" in data && "input" in data && "sheet" in data;
    return build || inspect;
  } catch {
    return false;
  }
}

interface OutputPlan {
  /** Files read (never written). */
  inputs: string[];
  /** The result workbook, when the command writes one. */
  out?: string;
  /** The JSON summary path ("-" = stdout, not a file). */
  json?: string;
  force: boolean;
}

/** The output's stat, null when it does not exist yet; a path that cannot be written to is refused here. */
async function outputStatOrNull(file: string) {
  try {
    return await fs.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw fileSystemError(error, "write", file);
  }
}

/** Refuses when replacing `file` could destroy something of the user's. `kind` says which of ours it must be. */
async function checkReplaceable(file: string, kind: "xlsx" | "json", force: boolean): Promise<void> {
  const stat = await outputStatOrNull(file);
  if (!stat) return;
  if (stat.isDirectory()) {
    throw new CoreError(
      "output-is-folder",
      texts((t) =>
        t.cli.fileSafety.outputIsFolder(file, path.join(file, t.cli.fileSafety.exampleName[kind])),
      ),
      file,
    );
  }
  if (!stat.isFile()) {
    // A device, pipe or socket: reading it to recognise it could block forever, replacing it means nothing.
    throw new CoreError(
      "output-not-a-file",
      texts((t) => t.cli.fileSafety.outputNotAFile(file)),
      file,
    );
  }
  if (force) return;
  let ours = false;
  if (stat.size <= MAX_INPUT_BYTES) {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (error) {
      throw fileSystemError(error, "read", file);
    }
    ours = kind === "xlsx" ? isOurWorkbook(bytes) : isOurJson(bytes.toString("utf8"));
  }
  if (!ours) {
    throw new CoreError(
      "output-exists",
      texts((t) => t.cli.fileSafety.outputNotOurs(file, kind === "xlsx" ? "--out" : "--json")),
      file,
    );
  }
}

/**
 * Checks, before anything is read or written, that the outputs cannot destroy a file: no output is an input,
 * `--out` and `--json` differ, and an existing output is ours (or `--force`). Throws CoreError (exit 1).
 */
export async function checkOutputs(plan: OutputPlan): Promise<void> {
  const inputs = await Promise.all(
    plan.inputs.map(async (file) => ({ file, real: await fileIdentityOf(file) })),
  );
  const outputs: { file: string; option: string; kind: "xlsx" | "json" }[] = [];
  if (plan.out !== undefined) outputs.push({ file: plan.out, option: "--out", kind: "xlsx" });
  if (plan.json !== undefined && plan.json !== "-")
    outputs.push({ file: plan.json, option: "--json", kind: "json" });
  const reals = await Promise.all(outputs.map((output) => fileIdentityOf(output.file)));
  for (const [i, output] of outputs.entries()) {
    const input = inputs.find((entry) => entry.real === reals[i]);
    if (input) {
      throw new CoreError(
        "output-is-input",
        texts((t) => t.cli.fileSafety.outputIsInput(output.option, output.file, input.file)),
        output.file,
      );
    }
  }
  if (outputs.length === 2 && reals[0] === reals[1]) {
    throw new CoreError(
      "outputs-collide",
      texts((t) => t.cli.fileSafety.outputsCollide(plan.out ?? "")),
      plan.out,
    );
  }
  for (const output of outputs) await checkReplaceable(output.file, output.kind, plan.force);
}

/**
 * Writes `target` through a temporary file in its folder, renamed over it at the end: a failure (full disk,
 * crash) leaves the previous file or none, never half a file. `write` receives the temporary path.
 * File-system failures become CoreError with a sentence.
 */
export async function writeAtomically(
  target: string,
  write: (temporary: string) => Promise<void>,
): Promise<void> {
  const folder = path.dirname(path.resolve(target));
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    throw fileSystemError(error, "write", target);
  }
  const temporary = path.join(
    folder,
    `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  try {
    await write(temporary);
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    if (isFileSystemError(error)) throw fileSystemError(error, "write", target);
    throw error;
  }
}

/** Writes text atomically (see writeAtomically). */
export async function writeTextAtomically(target: string, text: string): Promise<void> {
  await writeAtomically(target, (temporary) =>
    fs.writeFile(temporary, text, { encoding: "utf8", flag: "wx" }),
  );
}
