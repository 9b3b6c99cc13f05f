/**
 * Turns whatever a host call rejected with into what the pane shows. Core errors carry their own English and
 * Spanish message (and the column they are about); a Cancel is not an error; anything else is an unexpected
 * Excel failure whose raw message is shown inside a localized sentence.
 */
import type { Localized } from "../core/types";
import { isLocalized } from "../core/language";

export type PaneError =
  | { kind: "core"; code: string; message: Localized; where?: string }
  | { kind: "cancelled" }
  | { kind: "unexpected"; detail: string };

/**
 * Classifies an error. Duck-typed on purpose: the custom-functions chunk on the same page may carry its own
 * copy of `CoreError`, so `instanceof` alone would miss errors thrown by that copy.
 */
export function describeError(error: unknown): PaneError {
  if (typeof error === "object" && error !== null) {
    const candidate = error as { name?: unknown; code?: unknown; localized?: unknown; where?: unknown };
    // The Office layer reports its own Cancel as a typed error ("excel/cancelled").
    if (candidate.name === "AbortError" || candidate.code === "excel/cancelled") return { kind: "cancelled" };
    if (isLocalized(candidate.localized)) {
      return {
        kind: "core",
        code: typeof candidate.code === "string" ? candidate.code : "error",
        message: candidate.localized,
        where: typeof candidate.where === "string" ? candidate.where : undefined,
      };
    }
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "unexpected", detail: detail || "unknown error" };
}

/** The error a host throws when the user cancels before anything was written. */
export function abortError(): Error {
  const error = new Error("Cancelled");
  error.name = "AbortError";
  return error;
}
