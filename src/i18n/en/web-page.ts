/** The web page's own texts in English (the shape other languages follow). Placeholders are `{name}`. */
export const webPage = {
  pageTitle: "Customer Map — in your browser",
  tagline: "in your browser, nothing uploaded",
  introTitle: "From a customer file to a customer map, in this page",
  introBody:
    "Drop the .xlsx or .csv you already keep — one row per customer or one row per invoice line, in English or Spanish. You get the segments, the headline figures, the call list and a colored customer map to download as an Excel workbook.",
  privacy:
    "Your file never leaves this computer: the page reads it, analyses it and writes the result here, with no connection to any server.",
  dropTitle: "Drop your file here",
  dropOr: "or",
  chooseFile: "Choose a file",
  dropHint: ".xlsx or .csv, up to {limit}",
  trySample: "Try with the sample data",
  readingFile: "Reading {name}…",
  fileLabel: "File",
  sheetLabel: "Sheet",
  sheetLargest: "{sheet} (the largest table)",
  changeFile: "Choose another file",
  previousTitle: "Previous map (optional)",
  previousHint:
    "Add a customer map you downloaded earlier from this page or the command line: the new map shows who moved between segments since then.",
  previousChoose: "Add a previous map",
  previousLoaded: "Comparing with {name} ({runs} earlier maps)",
  previousRemove: "Remove",
  previousOnly:
    "{name} is a customer map this tool wrote earlier: it will be compared with the new data. Now choose or drop the data file.",
  fileTooBig:
    "{name} is {size}; this page reads files up to {limit}, above that the browser tab may freeze. Use the command line (customer-map build) for bigger files, or remove old rows or sheets.",
  fileProblemTitle: "The file could not be read",
  previousNotOurs:
    "{name} is not a customer map written by this tool (it has no history sheet): add a map you downloaded earlier from this page or the command line",
  sampleName: "Sample data",
  /** The downloaded result's name: "Invoices - customer map.xlsx". */
  resultFileName: "{name} - customer map.xlsx",
  kilobytes: "{n} KB",
  megabytes: "{n} MB",
  downloadTitle: "Your customer map as an Excel workbook",
  downloadButton: "Download the customer map (.xlsx)",
  downloadHint: "{name} · {size}. Written in this browser; nothing was uploaded.",
  mobilityNote: "Compared with the previous map {name}: the Segments sheet shows who moved between segments.",
  previewTitle: "Preview: {sheet}",
  previewMore: "First {rows} rows and {columns} columns shown; the downloaded file has all of them.",
  footer: "Customer Map · runs entirely in this page",
};

/** Pane texts that speak of the workbook or Excel, as the web page says them. */
export const webPane = {
  productTagline: webPage.tagline,
  dataFoundLargest: "Table found on sheet {sheet}",
  dataNoneTitle: "No customer data found in this file",
  dataNoneHint: "Choose another sheet or file, or try the sample data.",
  dataTrySample: "Try the sample data",
  buildCancelled: "Cancelled. Nothing was written.",
  stageReading: "Reading the file…",
  stageWriting: "Writing the workbook…",
  resultsSheets: "Sheets in the file",
  resultsOpenSheet: "Preview sheet {name}",
  errorWorkbookUnchanged: "Your file was not changed.",
  errorUnexpected: "The page could not complete the operation: {message}",
};
