import type { Texts } from "../texts";

/** The web page's own texts in Spanish: the same keys and placeholders as the English ones. */
export const webPage: Texts["webPage"] = {
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

/** Pane texts that speak of the workbook or Excel, as the web page says them. */
export const webPane: Texts["webPane"] = {
  productTagline: webPage.tagline,
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
};
