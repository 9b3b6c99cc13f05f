/**
 * The web page's own texts, in English and Spanish, and the pane texts it says differently (the page works on
 * a file and a download, not on the open workbook). Same rules as the pane's dictionary: `WebStrings` is the
 * English shape and Spanish must match it key for key (the compiler checks it).
 */
import type { TextLang } from "../core/types";
import type { TextOverrides } from "../taskpane/i18n/lang-context";

const en = {
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

/** The page's texts. */
export type WebStrings = { readonly [K in keyof typeof en]: string };

const es: WebStrings = {
  pageTitle: "Mapa de clientes — en su navegador",
  tagline: "en su navegador, sin subir nada",
  introTitle: "De un archivo de clientes a un mapa de clientes, en esta página",
  introBody:
    "Suelte el .xlsx o .csv que ya tiene — una fila por cliente o una fila por línea de factura, en español o en inglés. Obtendrá los segmentos, las cifras principales, la lista de llamadas y un mapa de clientes coloreado para descargar como libro de Excel.",
  privacy:
    "Su archivo nunca sale de este equipo: la página lo lee, lo analiza y escribe el resultado aquí, sin conectarse a ningún servidor.",
  dropTitle: "Suelte aquí su archivo",
  dropOr: "o",
  chooseFile: "Elegir un archivo",
  dropHint: ".xlsx o .csv, hasta {limit}",
  trySample: "Probar con datos de ejemplo",
  readingFile: "Leyendo {name}…",
  fileLabel: "Archivo",
  sheetLabel: "Hoja",
  sheetLargest: "{sheet} (la tabla más grande)",
  changeFile: "Elegir otro archivo",
  previousTitle: "Mapa anterior (opcional)",
  previousHint:
    "Añada un mapa de clientes que descargó antes de esta página o de la línea de comandos: el nuevo mapa mostrará quién cambió de segmento desde entonces.",
  previousChoose: "Añadir un mapa anterior",
  previousLoaded: "Se compara con {name} ({runs} mapas anteriores)",
  previousRemove: "Quitar",
  previousOnly:
    "{name} es un mapa de clientes que esta herramienta escribió antes: se comparará con los datos nuevos. Ahora elija o suelte el archivo de datos.",
  fileTooBig:
    "{name} ocupa {size}; esta página lee archivos de hasta {limit}, por encima la pestaña del navegador puede quedarse bloqueada. Use la línea de comandos (customer-map build) para archivos mayores, o quite filas u hojas antiguas.",
  fileProblemTitle: "No se pudo leer el archivo",
  previousNotOurs:
    "{name} no es un mapa de clientes escrito por esta herramienta (no tiene hoja de historial): añada un mapa que descargó antes de esta página o de la línea de comandos",
  sampleName: "Datos de ejemplo",
  resultFileName: "{name} - mapa de clientes.xlsx",
  kilobytes: "{n} KB",
  megabytes: "{n} MB",
  downloadTitle: "Su mapa de clientes como libro de Excel",
  downloadButton: "Descargar el mapa de clientes (.xlsx)",
  downloadHint: "{name} · {size}. Escrito en este navegador; no se ha subido nada.",
  mobilityNote: "Comparado con el mapa anterior {name}: la hoja Segmentos muestra quién cambió de segmento.",
  previewTitle: "Vista previa: {sheet}",
  previewMore:
    "Se muestran las primeras {rows} filas y {columns} columnas; el archivo descargado las tiene todas.",
  footer: "Mapa de clientes · funciona entero en esta página",
};

export const webStrings: Record<TextLang, WebStrings> = { en, es };

/** Pane texts that speak of the workbook or Excel, as the page says them. */
export const paneTextOverrides: TextOverrides = {
  en: {
    productTagline: en.tagline,
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
  },
  es: {
    productTagline: es.tagline,
    dataFoundLargest: "Tabla encontrada en la hoja {sheet}",
    dataNoneTitle: "No hay datos de clientes en este archivo",
    dataNoneHint: "Elija otra hoja u otro archivo, o pruebe los datos de ejemplo.",
    dataTrySample: "Probar los datos de ejemplo",
    buildCancelled: "Cancelado. No se ha escrito nada.",
    stageReading: "Leyendo el archivo…",
    stageWriting: "Escribiendo el libro…",
    resultsSheets: "Hojas del archivo",
    resultsOpenSheet: "Vista previa de la hoja {name}",
    errorWorkbookUnchanged: "Su archivo no se ha modificado.",
    errorUnexpected: "La página no pudo completar la operación: {message}",
  },
};
