/**
 * File-system failures (EACCES, ENOENT, ENOSPC...) as one sentence in English and Spanish naming the file, the
 * cause and the fix, instead of the raw code. Used by the readers (src/xlsx/read-file.ts) and the CLI's writers
 * (src/cli/file-safety.ts).
 */
import { CoreError } from "../core/errors";
import type { Localized } from "../core/types";
import { texts } from "../i18n/texts";

/** One sentence for a file-system failure while doing `action` on `file`, both languages. */
export function fileSystemMessage(error: unknown, action: "read" | "write", file: string): Localized {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const verb =
    action === "read" ? texts((t) => t.xlsx.fileErrors.read) : texts((t) => t.xlsx.fileErrors.write);
  const head = texts((t, textLang) => t.xlsx.fileErrors.head(verb[textLang], file));
  const causes: Record<string, Localized> = {
    ENOENT: texts((t) => t.xlsx.fileErrors.enoent),
    EACCES: texts((t) => t.xlsx.fileErrors.eacces),
    EISDIR: texts((t) => t.xlsx.fileErrors.eisdir),
    ENOTDIR: texts((t) => t.xlsx.fileErrors.enotdir),
    EROFS: texts((t) => t.xlsx.fileErrors.erofs),
    ENOSPC: texts((t) => t.xlsx.fileErrors.enospc),
    EEXIST: texts((t) => t.xlsx.fileErrors.eexist),
    EBUSY: texts((t) => t.xlsx.fileErrors.ebusy),
    ENAMETOOLONG: texts((t) => t.xlsx.fileErrors.enametoolong),
    ELOOP: texts((t) => t.xlsx.fileErrors.eloop),
  };
  causes.EPERM = causes.EACCES;
  causes.EMFILE = texts((t) => t.xlsx.fileErrors.tooManyOpenFiles);
  const cause =
    causes[code] ??
    (code
      ? texts((t) => t.xlsx.fileErrors.systemRefused(code))
      : texts((t) => t.xlsx.fileErrors.systemRefusedUnknown));
  return texts((t, textLang) => t.xlsx.fileErrors.withCause(head[textLang], cause[textLang]));
}

export function fileSystemError(error: unknown, action: "read" | "write", file: string): CoreError {
  return new CoreError(`file-${action}-failed`, fileSystemMessage(error, action, file), file);
}

/** True when the error is a Node file-system error (has an errno code like "EACCES"). */
export function isFileSystemError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}
