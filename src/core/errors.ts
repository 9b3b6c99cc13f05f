import type { Localized } from "./types";
import { type Lang, tr } from "./language";

/**
 * The one error type the core throws on bad input. It carries a stable `code` for programs and a message in
 * English and Spanish for people, naming the column or row and saying how to fix it. Anything else escaping
 * the core is a bug.
 */
export class CoreError extends Error {
  readonly code: string;
  readonly localized: Localized;
  /** Column header or row number the problem is about, when there is one. */
  readonly where?: string;

  constructor(code: string, localized: Localized, where?: string) {
    super(localized.en);
    this.name = "CoreError";
    this.code = code;
    this.localized = localized;
    this.where = where;
  }

  messageIn(lang: Lang): string {
    return tr(this.localized, lang);
  }
}

export function isCoreError(error: unknown): error is CoreError {
  return error instanceof CoreError;
}
