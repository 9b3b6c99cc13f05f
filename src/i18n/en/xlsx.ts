/** English texts of xlsx. The Spanish pack (../es/xlsx.ts) has the same keys and placeholders. */
export const xlsx = {
  fileMessages: {
    unsupportedFileTypeUse: "Unsupported file type; use an .xlsx workbook or a .csv file",
    notAnExcelWorkbook:
      "Not an Excel workbook this tool reads: open it in Excel (or LibreOffice) and save it as .xlsx",
    notAnXlsxWorkbook:
      "Not an .xlsx workbook: the file holds plain text (if it is a CSV export, give it the .csv extension), or it is damaged",
    workbookDamaged:
      "The .xlsx workbook is damaged and cannot be read; open it in Excel, let it repair the file, and save it again",
    workbookHasNo: "The workbook has no sheets",
    fileIsEmpty: "The file is empty",
    thisIsAFolder: "This is a folder, not a file",
    notARegularFile: "Not a regular file (a device, pipe or socket); give the path of a workbook or CSV file",
    fileNotFoundCheck: "File not found; check the path",
  },
  exceljsWorkbook: {
    chartNote:
      "Chart not drawn in this file (the file writer cannot draw charts). The colored map at the left is the map; the chart's data is at column {column}.",
  },
  fileErrors: {
    systemRefused: (code: string) => `the system refused (${code}); check the path and permissions`,
    systemRefusedUnknown: "the system refused (unknown error); check the path and permissions",
    read: "read",
    write: "write",
    head: (verb: string, file: string) => `Cannot ${verb} "${file}"`,
    enoent: "the file or its folder does not exist; check the path",
    eacces: "permission denied; choose a file or folder you may use, or ask for access",
    eisdir: "it is a folder, not a file; give a file name",
    enotdir: "part of the path is a file, not a folder; check the path",
    erofs: "the disk is read-only; choose another folder",
    enospc: "the disk is full; free some space or choose another disk (nothing was left half-written)",
    eexist: "a file of that name appeared while writing; run again",
    ebusy: "the file is open in another program (close it in Excel) and locked",
    enametoolong: "the path is too long; use a shorter name or folder",
    eloop: "the path loops through symbolic links; check the path",
    tooManyOpenFiles: "too many files are open; close some programs and run again",
    withCause: (head: string, cause: string) => `${head}: ${cause}`,
  },
  fileLimits: {
    xlsNotRead:
      "This is an old Excel 97-2003 (.xls) workbook, which is not read: open it in Excel and save it as .xlsx (File > Save As > Excel Workbook)",
    workbookIsProtected:
      "The workbook is protected with a password (encrypted), so it cannot be read: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, leave it empty) and save it",
    odsNotRead:
      "This is an OpenDocument spreadsheet (.ods), which is not read: save it as .xlsx (File > Save As > Excel 2007-365) and use that file",
    zipNotWorkbook:
      "The file is a ZIP archive but not an Excel workbook (no xl/workbook.xml inside): open it in Excel and save it as .xlsx",
    fileTooBig: (size: string, limit: string) =>
      `The file is ${size}, above the ${limit} limit: split it (e.g. one file per year) or keep only the columns needed`,
    fileHoldsMore: (limit: string) =>
      `The file holds more than ${limit} cells (the limit): split it into smaller files or keep only the columns needed`,
    cellTooLong: (where: string, limit: string) =>
      `A cell${where} holds more than ${limit} characters, Excel's limit for one cell: the file is damaged or not a customer table; remove that cell`,
    in: (name: string) => ` (in ${name})`,
    workbookTooLarge: (miB: string, name: string) =>
      `The workbook unpacks to more than ${miB} (the limit; "${name}" alone passes it): it is damaged or far larger than a customer table; save only the sheet needed`,
    zipDamaged:
      "The .xlsx file is damaged (its ZIP package cannot be read): open it in Excel, let it repair the file, and save it again",
  },
  readBytes: {
    text2: (message: string, file: string) => `${message}: ${file}`,
    lineOpensAQuoted: (line: number) =>
      `Line ${line} opens a quoted field (") that is never closed properly, so the lines after it would be read as one cell: close the quote or remove it, then save the file again`,
    where: (value: number, value2: number) => ` (row ${value}, column ${value2})`,
    sheetTheOnlyOne: (name: string) => `Sheet "${name}", the only one`,
    hiddenSheetsNotUsed: (hiddenList: string) => `; hidden sheets not used: ${hiddenList}`,
    everySheetIsHidden: " (every sheet is hidden)",
    sheetTheLargestTable: (name: string, visibleOnly: boolean, best: string, hiddenNote: string) =>
      `Sheet "${name}", the largest ${visibleOnly ? "visible " : ""}table (${best} filled cells)${hiddenNote}; choose another with --sheet`,
    invalidUtf8Byte: (replacedBytes: number, lineCount: number, lines: string) =>
      `${replacedBytes} invalid UTF-8 ${replacedBytes === 1 ? "byte" : "bytes"} replaced by "\ufffd" (${lineCount === 1 ? "line" : "lines"} ${lines}); the rest of the file is UTF-8: fix those characters in the file`,
    csvFileOneTable: (encoding: string) => `CSV file: one table, encoding ${encoding}`,
    sheetNotFound: (wanted: string, list: string) => `Sheet "${wanted}" not found; the workbook has: ${list}`,
    sheetAsAskedHidden: (found: string) => `Sheet "${found}", as asked (a hidden sheet)`,
    sheetAsAsked: (found: string) => `Sheet "${found}", as asked`,
  },
  writeWorkbookBytes: {
    thisBrowserCannotWrite:
      "This browser cannot write .xlsx files (it has no CompressionStream); use a current Chrome, Edge, Firefox or Safari",
  },
};
