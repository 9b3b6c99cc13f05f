/**
 * The typed error of the Office layer: an `ExcelHostError` is a `CoreError` (so the pane shows any of them
 * the same way, in the user's language) that also keeps Excel's own error code and the original error.
 * `toExcelHostError` maps what Excel throws (Office.js `RichApi.Error` with a string `code`) to messages that
 * say what happened and what to do.
 */
import { CoreError, isCoreError } from "../core/errors";
import type { Localized } from "../core/types";
import { texts } from "../i18n/texts";

export class ExcelHostError extends CoreError {
  /** Excel's error code ("InvalidOperationInCellEditMode", ...) when the error came from Excel. */
  readonly hostCode?: string;
  /** The error as Excel (or the runner) threw it. */
  readonly original?: unknown;

  constructor(
    code: string,
    localized: Localized,
    options: { hostCode?: string; original?: unknown; where?: string } = {},
  ) {
    super(code, localized, options.where);
    this.name = "ExcelHostError";
    this.hostCode = options.hostCode;
    this.original = options.original;
  }
}

interface HostErrorShape {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

/** Excel's error code of a thrown value, when it has one. */
export function hostErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as HostErrorShape).code;
  return typeof code === "string" ? code : undefined;
}

const MESSAGES: Record<string, { code: string; text: (detail: string) => Localized }> = {
  InvalidOperationInCellEditMode: {
    code: "excel/cell-edit-mode",
    text: () => texts((t) => t.office.excelErrors.inCellEditMode),
  },
  RequestPayloadSizeLimitExceeded: {
    code: "excel/request-too-large",
    text: () => texts((t) => t.office.excelErrors.excelRefusedARequest),
  },
  ResponsePayloadSizeLimitExceeded: {
    code: "excel/response-too-large",
    text: () => texts((t) => t.office.excelErrors.selectionTooLarge),
  },
  ItemNotFound: {
    code: "excel/item-not-found",
    text: (detail) => texts((t) => t.office.excelErrors.aSheetOrTable(detail)),
  },
  AccessDenied: {
    code: "excel/access-denied",
    text: () => texts((t) => t.office.excelErrors.excelDidNotAllow),
  },
  ApiNotFound: {
    code: "excel/api-not-supported",
    text: () => texts((t) => t.office.excelErrors.excelTooOld),
  },
  Conflict: {
    code: "excel/conflict",
    text: () => texts((t) => t.office.excelErrors.someoneElseChanged),
  },
  ActivityLimitReached: {
    code: "excel/busy",
    text: () => texts((t) => t.office.excelErrors.excelIsBusyWait),
  },
};

/**
 * Maps anything thrown inside an Excel batch to a typed error. CoreErrors (ours) pass through unchanged;
 * Excel errors get a message by code; anything else becomes "excel/unexpected" with Excel's text attached.
 * Never returns the input untyped and never hides the original (kept in `original`).
 */
export function toExcelHostError(error: unknown): CoreError {
  if (isCoreError(error)) return error;
  const hostCode = hostErrorCode(error);
  const rawMessage =
    typeof error === "object" && error !== null && typeof (error as HostErrorShape).message === "string"
      ? ((error as HostErrorShape).message as string)
      : String(error);
  const location =
    typeof error === "object" && error !== null
      ? (error as HostErrorShape).debugInfo?.errorLocation
      : undefined;
  const known = hostCode ? MESSAGES[hostCode] : undefined;
  if (known) {
    const detail = typeof location === "string" && location !== "" ? ` (${location})` : "";
    return new ExcelHostError(known.code, known.text(detail), {
      hostCode,
      original: error,
      where: location as string,
    });
  }
  return new ExcelHostError(
    "excel/unexpected",
    texts((t) => t.office.excelErrors.excelReportedAnError(hostCode ? ` (${hostCode})` : "", rawMessage)),
    { hostCode, original: error },
  );
}

/** The error thrown when the user cancels a long operation. */
export function cancelledError(): ExcelHostError {
  return new ExcelHostError(
    "excel/cancelled",
    texts((t) => t.office.excelErrors.cancelledWorkbookUnchanged),
  );
}
