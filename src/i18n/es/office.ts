import type { Texts } from "../texts";

/** Spanish texts of office: the same keys and placeholders as the English pack (../en/office.ts). */
export const office: Texts["office"] = {
  activateSheet: {
    sheetNoLongerExists: (nameOrId: string) =>
      `La hoja "${nameOrId}" ya no existe. Vuelva a crear el mapa de clientes para recuperarla.`,
    sheetIsHiddenRight: (name: string) =>
      `La hoja "${name}" está oculta: haga clic derecho en una pestaña › Mostrar para verla.`,
  },
  drawSheet: {
    invalidPlanBlock: (detail: string) => `El plan del libro tiene un bloque no válido: ${detail}.`,
  },
  excelErrors: {
    inCellEditMode: "El libro está en modo de edición de celda: pulse Intro o Esc y vuelva a intentarlo.",
    excelRefusedARequest:
      "Excel rechazó una petición por demasiado grande. Vuelva a intentarlo con menos filas o use Excel de escritorio.",
    selectionTooLarge:
      "Los datos seleccionados son demasiado grandes para leerlos de una vez. Seleccione un rango menor o use Excel de escritorio.",
    aSheetOrTable: (detail: string) =>
      `Una hoja o tabla que usaba el complemento ya no existe${detail}. Quizá se eliminó o renombró mientras tanto: vuelva a intentarlo.`,
    excelDidNotAllow:
      "Excel no permitió el cambio: el libro o la hoja están protegidos o son de solo lectura. Desprotéjalos (Revisar › Desproteger) y vuelva a intentarlo.",
    excelTooOld:
      "Esta versión de Excel no tiene funciones que el complemento necesita (ExcelApi 1.9). Actualice Excel o use Excel en la web.",
    someoneElseChanged:
      "Otra persona modificó el libro al mismo tiempo. Espere un momento y vuelva a intentarlo.",
    excelIsBusyWait: "Excel está ocupado. Espere un momento y vuelva a intentarlo.",
    excelReportedAnError: (value: string, rawMessage: string) =>
      `Excel informó de un error${value}: ${rawMessage}. El paso fallido no modificó el libro; vuelva a intentarlo.`,
    cancelledWorkbookUnchanged: "Cancelado. El libro quedó como estaba.",
  },
  excelRun: {
    excelIsNotAvailable:
      "Excel no está disponible aquí: abra el complemento desde Excel (Inicio › Mapa de clientes).",
  },
  paneWorkbook: {
    ownSheetSelected: (sheetName: string) =>
      `La hoja "${sheetName}" la escribió Mapa de clientes. Vaya a la hoja con sus datos de clientes, seleccione una celda de la tabla y vuelva a leer.`,
  },
  readSource: {
    sheetIsEmptyOpen: (name: string) =>
      `La hoja "${name}" está vacía. Abra la hoja con sus datos de clientes, seleccione una celda de la tabla y vuelva a intentarlo.`,
  },
  renderPlan: {
    unfinishedSheetsLeft: (tempNames: string) =>
      `No se pudo terminar el mapa ni quitar sus hojas a medio hacer (${tempNames}). Elimínelas y vuelva a intentarlo.`,
  },
  writeSegmentColumn: {
    segmentColumnHas: (length: number, value: number) =>
      `La columna de segmento tiene ${length} valores pero la tabla tiene ${value} filas de datos.`,
    nextColumnNotEmpty: (columnName: string, cell: string, shown: string) =>
      `La columna ${columnName} junto a su tabla no está vacía (la celda ${cell} contiene "${shown}"). El complemento solo escribe en celdas vacías: vacíe esa columna o inserte una columna vacía y vuelva a intentarlo.`,
  },
};
