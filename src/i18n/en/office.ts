/** English texts of office. The Spanish pack (../es/office.ts) has the same keys and placeholders. */
export const office = {
  activateSheet: {
    sheetNoLongerExists: (nameOrId: string) =>
      `Sheet "${nameOrId}" no longer exists. Build the customer map again to recreate it.`,
    sheetIsHiddenRight: (name: string) =>
      `Sheet "${name}" is hidden: right-click a sheet tab › Unhide to see it.`,
  },
  drawSheet: {
    invalidPlanBlock: (detail: string) => `The workbook plan has an invalid block: ${detail}.`,
  },
  excelErrors: {
    inCellEditMode: "The workbook is in cell-edit mode: press Enter or Esc and try again.",
    excelRefusedARequest:
      "Excel refused a request as too large. Try again with fewer rows, or use the desktop version of Excel.",
    selectionTooLarge:
      "The selected data is too large to read at once. Select a smaller range or use the desktop version of Excel.",
    aSheetOrTable: (detail: string) =>
      `A sheet or table the add-in was using no longer exists${detail}. It may have been deleted or renamed meanwhile: try again.`,
    excelDidNotAllow:
      "Excel did not allow the change: the workbook or sheet is protected or read-only. Unprotect it (Review › Unprotect) and try again.",
    excelTooOld:
      "This version of Excel lacks features the add-in needs (ExcelApi 1.9). Update Excel or use Excel on the web.",
    someoneElseChanged: "Someone else changed the workbook at the same time. Wait a moment and try again.",
    excelIsBusyWait: "Excel is busy. Wait a moment and try again.",
    excelReportedAnError: (value: string, rawMessage: string) =>
      `Excel reported an error${value}: ${rawMessage}. The workbook was not changed by the failed step; try again.`,
    cancelledWorkbookUnchanged: "Cancelled. The workbook was left as it was before.",
  },
  excelRun: {
    excelIsNotAvailable: "Excel is not available here: open the add-in from Excel (Home › Customer Map).",
  },
  paneWorkbook: {
    ownSheetSelected: (sheetName: string) =>
      `Sheet "${sheetName}" was written by Customer Map. Go to the sheet with your customer data, select a cell inside the table and read again.`,
  },
  readSource: {
    sheetIsEmptyOpen: (name: string) =>
      `Sheet "${name}" is empty. Open the sheet with your customer data, select a cell inside the table and try again.`,
  },
  renderPlan: {
    unfinishedSheetsLeft: (tempNames: string) =>
      `The map could not be finished and its unfinished sheets (${tempNames}) could not be removed. Delete them, then try again.`,
  },
  writeSegmentColumn: {
    segmentColumnHas: (length: number, value: number) =>
      `The segment column has ${length} values but the table has ${value} data rows.`,
    nextColumnNotEmpty: (columnName: string, cell: string, shown: string) =>
      `Column ${columnName} next to your table is not empty (cell ${cell} holds "${shown}"). The add-in only writes into empty cells: clear that column or insert an empty column, then try again.`,
  },
};
