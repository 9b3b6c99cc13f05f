/**
 * File-system failures (EACCES, ENOENT, ENOSPC...) as one sentence in English and Spanish naming the file, the
 * cause and the fix, instead of the raw code. Used by the readers (src/xlsx/read-file.ts) and the CLI's writers
 * (src/cli/file-safety.ts).
 */
import { CoreError } from "../core/errors";
import type { Localized } from "../core/types";

/** One sentence for a file-system failure while doing `action` on `file`, both languages. */
export function fileSystemMessage(error: unknown, action: "read" | "write", file: string): Localized {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  const verb = action === "read" ? { en: "read", es: "leer" } : { en: "write", es: "escribir" };
  const head = {
    en: `Cannot ${verb.en} "${file}"`,
    es: `No se puede ${verb.es} "${file}"`,
  };
  const causes: Record<string, Localized> = {
    ENOENT: {
      en: "the file or its folder does not exist; check the path",
      es: "el archivo o su carpeta no existe; revise la ruta",
    },
    EACCES: {
      en: "permission denied; choose a file or folder you may use, or ask for access",
      es: "permiso denegado; elija un archivo o carpeta a los que tenga acceso, o pida acceso",
    },
    EISDIR: {
      en: "it is a folder, not a file; give a file name",
      es: "es una carpeta, no un archivo; indique un nombre de archivo",
    },
    ENOTDIR: {
      en: "part of the path is a file, not a folder; check the path",
      es: "parte de la ruta es un archivo, no una carpeta; revise la ruta",
    },
    EROFS: {
      en: "the disk is read-only; choose another folder",
      es: "el disco es de solo lectura; elija otra carpeta",
    },
    ENOSPC: {
      en: "the disk is full; free some space or choose another disk (nothing was left half-written)",
      es: "el disco está lleno; libere espacio o elija otro disco (no quedó nada a medio escribir)",
    },
    EEXIST: {
      en: "a file of that name appeared while writing; run again",
      es: "apareció un archivo con ese nombre mientras se escribía; vuelva a ejecutar",
    },
    EBUSY: {
      en: "the file is open in another program (close it in Excel) and locked",
      es: "el archivo está abierto en otro programa (ciérrelo en Excel) y bloqueado",
    },
    ENAMETOOLONG: {
      en: "the path is too long; use a shorter name or folder",
      es: "la ruta es demasiado larga; use un nombre o carpeta más cortos",
    },
    ELOOP: {
      en: "the path loops through symbolic links; check the path",
      es: "la ruta da vueltas entre enlaces simbólicos; revise la ruta",
    },
  };
  causes.EPERM = causes.EACCES;
  causes.EMFILE = {
    en: "too many files are open; close some programs and run again",
    es: "hay demasiados archivos abiertos; cierre algunos programas y vuelva a ejecutar",
  };
  const cause = causes[code] ?? {
    en: `the system refused (${code || "unknown error"}); check the path and permissions`,
    es: `el sistema lo rechazó (${code || "error desconocido"}); revise la ruta y los permisos`,
  };
  return { en: `${head.en}: ${cause.en}`, es: `${head.es}: ${cause.es}` };
}

export function fileSystemError(error: unknown, action: "read" | "write", file: string): CoreError {
  return new CoreError(`file-${action}-failed`, fileSystemMessage(error, action, file), file);
}

/** True when the error is a Node file-system error (has an errno code like "EACCES"). */
export function isFileSystemError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code);
}
