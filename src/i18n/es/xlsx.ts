import type { Texts } from "../texts";

/** Spanish texts of xlsx: the same keys and placeholders as the English pack (../en/xlsx.ts). */
export const xlsx: Texts["xlsx"] = {
  fileMessages: {
    unsupportedFileTypeUse: "Tipo de archivo no admitido; use un libro .xlsx o un archivo .csv",
    notAnExcelWorkbook:
      "No es un libro de Excel que esta herramienta lea: ábralo en Excel (o LibreOffice) y guárdelo como .xlsx",
    notAnXlsxWorkbook:
      "No es un libro .xlsx: el archivo contiene texto (si es una exportación CSV, dele la extensión .csv), o está dañado",
    workbookDamaged:
      "El libro .xlsx está dañado y no se puede leer; ábralo en Excel, deje que lo repare y vuelva a guardarlo",
    workbookHasNo: "El libro no tiene hojas",
    fileIsEmpty: "El archivo está vacío",
    thisIsAFolder: "Es una carpeta, no un archivo",
    notARegularFile:
      "No es un archivo normal (un dispositivo, tubería o socket); indique la ruta de un libro o un archivo CSV",
    fileNotFoundCheck: "No se encuentra el archivo; revise la ruta",
  },
  exceljsWorkbook: {
    chartNote:
      "El gráfico no se dibuja en este archivo (el escritor de archivos no dibuja gráficos). El mapa coloreado de la izquierda es el mapa; los datos del gráfico están en la columna {column}.",
  },
  fileErrors: {
    systemRefused: (code: string) => `el sistema lo rechazó (${code}); revise la ruta y los permisos`,
    systemRefusedUnknown: "el sistema lo rechazó (error desconocido); revise la ruta y los permisos",
    read: "leer",
    write: "escribir",
    head: (verb: string, file: string) => `No se puede ${verb} "${file}"`,
    enoent: "el archivo o su carpeta no existe; revise la ruta",
    eacces: "permiso denegado; elija un archivo o carpeta a los que tenga acceso, o pida acceso",
    eisdir: "es una carpeta, no un archivo; indique un nombre de archivo",
    enotdir: "parte de la ruta es un archivo, no una carpeta; revise la ruta",
    erofs: "el disco es de solo lectura; elija otra carpeta",
    enospc: "el disco está lleno; libere espacio o elija otro disco (no quedó nada a medio escribir)",
    eexist: "apareció un archivo con ese nombre mientras se escribía; vuelva a ejecutar",
    ebusy: "el archivo está abierto en otro programa (ciérrelo en Excel) y bloqueado",
    enametoolong: "la ruta es demasiado larga; use un nombre o carpeta más cortos",
    eloop: "la ruta da vueltas entre enlaces simbólicos; revise la ruta",
    tooManyOpenFiles: "hay demasiados archivos abiertos; cierre algunos programas y vuelva a ejecutar",
    withCause: (head: string, cause: string) => `${head}: ${cause}`,
  },
  fileLimits: {
    xlsNotRead:
      "Es un libro de Excel 97-2003 (.xls), formato antiguo que no se lee: ábralo en Excel y guárdelo como .xlsx (Archivo > Guardar como > Libro de Excel)",
    workbookIsProtected:
      "El libro está protegido con contraseña (cifrado) y no se puede leer: ábralo en Excel, quite la contraseña (Archivo > Información > Proteger libro > Cifrar con contraseña, déjela vacía) y guárdelo",
    odsNotRead:
      "Es una hoja de cálculo OpenDocument (.ods), que no se lee: guárdela como .xlsx (Archivo > Guardar como > Excel 2007-365) y use ese archivo",
    zipNotWorkbook:
      "El archivo es un ZIP pero no un libro de Excel (no contiene xl/workbook.xml): ábralo en Excel y guárdelo como .xlsx",
    fileTooBig: (size: string, limit: string) =>
      `El archivo ocupa ${size}, más que el límite de ${limit}: divídalo (p. ej. un archivo por año) o deje solo las columnas necesarias`,
    fileHoldsMore: (limit: string) =>
      `El archivo tiene más de ${limit} celdas (el límite): divídalo en archivos más pequeños o deje solo las columnas necesarias`,
    cellTooLong: (where: string, limit: string) =>
      `Una celda${where} tiene más de ${limit} caracteres, el límite de Excel para una celda: el archivo está dañado o no es una tabla de clientes; quite esa celda`,
    in: (name: string) => ` (en ${name})`,
    workbookTooLarge: (miB: string, name: string) =>
      `El libro se descomprime a más de ${miB} (el límite; "${name}" solo ya lo supera): está dañado o es mucho mayor que una tabla de clientes; guarde solo la hoja necesaria`,
    zipDamaged:
      "El archivo .xlsx está dañado (su paquete ZIP no se puede leer): ábralo en Excel, deje que lo repare y vuelva a guardarlo",
  },
  readBytes: {
    text2: (message: string, file: string) => `${message}: ${file}`,
    lineOpensAQuoted: (line: number) =>
      `La línea ${line} abre un campo entre comillas (") que nunca se cierra bien, así que las líneas siguientes se leerían como una sola celda: cierre la comilla o quítela y vuelva a guardar el archivo`,
    where: (value: number, value2: number) => ` (fila ${value}, columna ${value2})`,
    sheetTheOnlyOne: (name: string) => `Hoja "${name}", la única`,
    hiddenSheetsNotUsed: (hiddenList: string) => `; hojas ocultas no usadas: ${hiddenList}`,
    everySheetIsHidden: " (todas las hojas están ocultas)",
    sheetTheLargestTable: (name: string, visibleOnly: boolean, best: string, hiddenNote: string) =>
      `Hoja "${name}", la tabla ${visibleOnly ? "visible " : ""}más grande (${best} celdas con datos)${hiddenNote}; elija otra con --sheet`,
    invalidUtf8Byte: (replacedBytes: number, lineCount: number, lines: string) =>
      `${replacedBytes} ${replacedBytes === 1 ? "byte UTF-8 no válido sustituido" : "bytes UTF-8 no válidos sustituidos"} por "\ufffd" (${lineCount === 1 ? "línea" : "líneas"} ${lines}); el resto del archivo es UTF-8: corrija esos caracteres en el archivo`,
    csvFileOneTable: (encoding: string) => `Archivo CSV: una tabla, codificación ${encoding}`,
    sheetNotFound: (wanted: string, list: string) => `No existe la hoja "${wanted}"; el libro tiene: ${list}`,
    sheetAsAskedHidden: (found: string) => `Hoja "${found}", la pedida (una hoja oculta)`,
    sheetAsAsked: (found: string) => `Hoja "${found}", la pedida`,
  },
  writeWorkbookBytes: {
    thisBrowserCannotWrite:
      "Este navegador no puede escribir archivos .xlsx (no tiene CompressionStream); use un Chrome, Edge, Firefox o Safari actual",
  },
};
