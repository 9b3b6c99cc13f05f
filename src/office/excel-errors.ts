/**
 * The typed error of the Office layer: an `ExcelHostError` is a `CoreError` (so the pane shows any of them
 * the same way, in the user's language) that also keeps Excel's own error code and the original error.
 * `toExcelHostError` maps what Excel throws (Office.js `RichApi.Error` with a string `code`) to messages that
 * say what happened and what to do.
 */
import { CoreError, isCoreError } from "../core/errors";
import type { Localized } from "../core/types";

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
    text: () => ({
      en: "The workbook is in cell-edit mode: press Enter or Esc and try again.",
      es: "El libro está en modo de edición de celda: pulse Intro o Esc y vuelva a intentarlo.",
    }),
  },
  RequestPayloadSizeLimitExceeded: {
    code: "excel/request-too-large",
    text: () => ({
      en: "Excel refused a request as too large. Try again with fewer rows, or use the desktop version of Excel.",
      es: "Excel rechazó una petición por demasiado grande. Vuelva a intentarlo con menos filas o use Excel de escritorio.",
    }),
  },
  ResponsePayloadSizeLimitExceeded: {
    code: "excel/response-too-large",
    text: () => ({
      en: "The selected data is too large to read at once. Select a smaller range or use the desktop version of Excel.",
      es: "Los datos seleccionados son demasiado grandes para leerlos de una vez. Seleccione un rango menor o use Excel de escritorio.",
    }),
  },
  ItemNotFound: {
    code: "excel/item-not-found",
    text: (detail) => ({
      en: `A sheet or table the add-in was using no longer exists${detail}. It may have been deleted or renamed meanwhile: try again.`,
      es: `Una hoja o tabla que usaba el complemento ya no existe${detail}. Quizá se eliminó o renombró mientras tanto: vuelva a intentarlo.`,
    }),
  },
  AccessDenied: {
    code: "excel/access-denied",
    text: () => ({
      en: "Excel did not allow the change: the workbook or sheet is protected or read-only. Unprotect it (Review › Unprotect) and try again.",
      es: "Excel no permitió el cambio: el libro o la hoja están protegidos o son de solo lectura. Desprotéjalos (Revisar › Desproteger) y vuelva a intentarlo.",
    }),
  },
  ApiNotFound: {
    code: "excel/api-not-supported",
    text: () => ({
      en: "This version of Excel lacks features the add-in needs (ExcelApi 1.9). Update Excel or use Excel on the web.",
      es: "Esta versión de Excel no tiene funciones que el complemento necesita (ExcelApi 1.9). Actualice Excel o use Excel en la web.",
    }),
  },
  Conflict: {
    code: "excel/conflict",
    text: () => ({
      en: "Someone else changed the workbook at the same time. Wait a moment and try again.",
      es: "Otra persona modificó el libro al mismo tiempo. Espere un momento y vuelva a intentarlo.",
    }),
  },
  ActivityLimitReached: {
    code: "excel/busy",
    text: () => ({
      en: "Excel is busy. Wait a moment and try again.",
      es: "Excel está ocupado. Espere un momento y vuelva a intentarlo.",
    }),
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
    {
      en: `Excel reported an error${hostCode ? ` (${hostCode})` : ""}: ${rawMessage}. The workbook was not changed by the failed step; try again.`,
      es: `Excel informó de un error${hostCode ? ` (${hostCode})` : ""}: ${rawMessage}. El paso fallido no modificó el libro; vuelva a intentarlo.`,
    },
    { hostCode, original: error },
  );
}

/** The error thrown when the user cancels a long operation. */
export function cancelledError(): ExcelHostError {
  return new ExcelHostError("excel/cancelled", {
    en: "Cancelled. The workbook was left as it was before.",
    es: "Cancelado. El libro quedó como estaba.",
  });
}
