import type { Texts } from "../texts";

/** Spanish texts of read: the same keys and placeholders as the English pack (../en/read.ts). */
export const read: Texts["read"] = {
  columnParsers: {
    headersIn: "los encabezados están en {language}",
    nothingElse: "nada más lo decide",
    decimalComma: "coma decimal",
    decimalPoint: "punto decimal",
    decidedFrom: (count: string) => `decidido a partir de ${count}`,
    valuesLikeFitBoth: (value: string, langName: string) =>
      `valores como ${value} encajan en ambas convenciones; se supone porque ${langName}`,
    noSeparatorsSeen: "sin separadores",
    columnNumbersStoredAs: (header: string, name: string, example: string, why: string) =>
      `Columna "${header}": números guardados como texto leídos con ${name} (${example}); ${why}`,
    columnMixesNumberFormats: (header: string, pointEvidence: number, commaEvidence: number) =>
      `La columna "${header}" mezcla formatos de número (${pointEvidence} con punto decimal, ${commaEvidence} con coma decimal); se leen con la mayoría, revise el resto`,
    columnNumbersReadAs: (header: string, maxPlain: number) =>
      `Columna "${header}": números leídos como puntos porcentuales (35 = 35 %) porque los valores llegan a ${maxPlain}`,
    columnReadAsFractions: (header: string, percentTexts: number) =>
      `Columna "${header}": leídos como fracciones (0,35 = 35 %); ${percentTexts} valores escritos con %`,
    columnReadAsFractionsNoPercent: (header: string) =>
      `Columna "${header}": leídos como fracciones (0,35 = 35 %)`,
    dayFirst: "día primero (31/01/2024)",
    monthFirst: "mes primero (01/31/2024)",
    columnTextDatesRead: (header: string, orderName: string, evidence: string) =>
      `Columna "${header}": fechas de texto leídas ${orderName}; decidido por ${evidence} que solo encajan en ese orden`,
    columnEveryTextDate: (header: string, orderName: string, langName: string) =>
      `Columna "${header}": todas las fechas de texto encajan en ambos órdenes; leídas ${orderName} porque ${langName}`,
    columnTextDatesIn: (header: string) =>
      `Columna "${header}": fechas de texto con el año primero o el mes con nombre`,
    columnDateNumbersExcel: (header: string, numbers: string) =>
      `Columna "${header}": fechas numéricas (serie de Excel o AAAAMMDD; ${numbers} revisadas)`,
    columnMixesDateOrders: (
      header: string,
      dayFirstEvidence: number,
      monthFirstEvidence: number,
      orderName: string,
    ) =>
      `La columna "${header}" mezcla órdenes de fecha (${dayFirstEvidence} solo válidas con el día primero, ${monthFirstEvidence} solo con el mes primero); las ambiguas se leyeron ${orderName}`,
    dates: "fechas",
    numbers: "números",
    dayNotInCalendar: ", un día que no existe en el calendario",
    headerLooksLike: (
      header: string,
      roleLabels: string,
      share: number,
      kind: string,
      example: string,
      note: string,
    ) =>
      `El encabezado "${header}" parece una columna de ${roleLabels}, pero el ${share} % de sus valores no son ${kind} (p. ej. "${example}"${note}); queda sin asignar`,
  },
  detectShape: {
    customerLevelAsYou: "Nivel cliente, según su elección",
    transactionLevelAsYou: "Nivel transacción, según su elección",
    transactionLevelInvoice: (invoice: string) =>
      `Nivel transacción: hay una columna de factura ("${invoice}")`,
    transactionLevelDate: (date: string, ratio: string) =>
      `Nivel transacción: una columna de fecha ("${date}") e ids de cliente que se repiten (${ratio} distintos en las filas revisadas)`,
    customerLevelNoDate: (ratio: string) =>
      `Nivel cliente: sin columna de fecha ni de factura; los ids se repiten (${ratio} distintos) y sus filas se suman`,
    customerLevelOneRow: (ratio: string) =>
      `Nivel cliente: una fila por cliente (${ratio} ids distintos en las filas revisadas)`,
  },
  findTable: {
    sheetIsEmpty:
      "La hoja está vacía: seleccione o abra una hoja con una tabla de clientes (una fila de encabezados y una fila por cliente o línea de factura).",
    noHeaderRowFound: (searchRows: number) =>
      `No se encontró una fila de encabezados en las primeras ${searchRows} filas: añada una fila con los nombres de columna (p. ej. Cliente, Ventas) encima de los datos.`,
    headerInRow: (value: number) =>
      `El encabezado de la fila ${value} no tiene datos debajo: ponga un cliente o línea de factura por fila bajo los encabezados.`,
  },
  mapColumns: {
    leftUnmappedByYou: "Sin asignar por decisión suya",
    setByYou: "Asignada por usted",
    columnWithoutAHeader: "Columna sin encabezado",
    headerMatchesNoKnown: (header: string) =>
      `El encabezado "${header}" no coincide con ningún nombre conocido; queda sin asignar (elija un papel si importa)`,
    headerAmbiguous: (header: string, label: string, label2: string) =>
      `El encabezado "${header}" puede ser ${label} o ${label2}; elija uno`,
    headerKnownName: (header: string, label: string) =>
      `El encabezado "${header}" es un nombre conocido de ${label}`,
    headerContainsAName: (header: string, phrase: string, label: string) =>
      `El encabezado "${header}" contiene "${phrase}", un nombre de ${label}`,
    latestYearAmong: (latestYear: number) => `Año más reciente (${latestYear}) entre las columnas de ventas`,
    revenueOfTheYear: (previousYear: number, headers: string) =>
      `Ventas de ${previousYear}, el año anterior a la columna "${headers}"`,
    youChoseAnotherColumn: (label: string) => `Usted eligió otra columna para ${label}`,
    nameBesideId: (nameHeader: string, idHeader: string) =>
      `"${nameHeader}" se lee como nombre del cliente porque "${idHeader}" es el id`,
    columnIsABetter: (headers: string, label: string) => `La columna "${headers}" encaja mejor como ${label}`,
  },
  readContext: {
    unreadableValues: (header: string, rows: number, sample: string, examples: string) =>
      `Columna "${header}": ${rows} valores no se pudieron leer (p. ej. "${sample}", filas ${examples}) y quedaron vacíos`,
    characters: (length: number) => ` (${length} caracteres)`,
    columnRowTheAmount: (header: string, sheetRow: number, shown: string, size: string) =>
      `Columna "${header}", fila ${sheetRow}: el importe ${shown}${size} está fuera de cualquier importe real (límite 10^15), así que ningún total tendría sentido: corrija o quite ese valor`,
  },
  readCustomerGrid: {
    fixOrMapAnother: (reason: string) => ` ${reason}: corrija esos valores o asigne otra columna a mano.`,
    notATable: "Los datos no son una tabla de celdas: pase las filas de un rango (una matriz 2-D).",
    featureTableColumn: (header: string) =>
      `"${header}" es una columna de la tabla de rasgos de clientes: se lee como historial de compras`,
    noIdOrNameColumn: (headerList: string) =>
      `Ninguna columna parece un id o nombre de cliente (encabezados: ${headerList}). Renombre una (p. ej. "Cliente") o asígnela a mano.`,
    noRevenueReadable: (why: string) => `Ninguna columna se pudo leer como ventas o importe.${why}`,
    noRevenueColumn: (headerList: string) =>
      `Ninguna columna parece de ventas o importe (encabezados: ${headerList}). Renombre una (p. ej. "Ventas") o asígnela a mano; también vale cantidad × precio unitario.`,
    renameOneEG: ' Renombre una (p. ej. "Fecha") o asígnela a mano.',
    transactionDataNeeds: (headerList: string, why: string) =>
      `Los datos de transacciones necesitan una columna de fecha (encabezados: ${headerList}).${why}`,
    headerIsADate: (header: string) =>
      `El encabezado "${header}" es una fecha en una hoja de nivel cliente: se lee como última compra`,
    protectedAttributes: (protectedHeaders: string) =>
      `Se reconocieron atributos protegidos (${protectedHeaders}); quedan fuera de la agrupación`,
    namesAsIds: (customerName: undefined | string) =>
      `Sin columna de id de cliente: los nombres de "${customerName}" se usan como id`,
    noneOfTheRows: (rowsRead: number, reasons: string, customerId: string) =>
      `No se pudo usar ninguna de las ${rowsRead} filas: ${reasons}. Revise las columnas de ${customerId} e importe.`,
    revenueColumnNotPositive: (header: string, total: string, negative: number, count: number) =>
      `La columna "${header}" suma ${total} (${negative} de ${count} clientes en negativo): las ventas deben ser positivas en conjunto. Si la columna tiene devoluciones o costes, asigne a mano la columna de ventas; si los signos están invertidos, corríjalos en el archivo`,
  },
  readCustomerRows: {
    identicalLinesKept: (identicalLines: number, identicalRows: string, value: string) =>
      `${identicalLines} líneas idénticas conservadas como compras repetidas (filas ${identicalRows}${value}): sin número de factura ni de línea, una línea repetida es una compra repetida, no un duplicado`,
    mergedDuplicateIds: (mergedIds: number) =>
      `${mergedIds} filas repiten un id de cliente con valores distintos; se sumaron a ese cliente (ventas, margen y pedidos sumados)`,
    marginAboveRevenue: (marginsAbove100: number, marginAbove100Rows: string) =>
      `${marginsAbove100} clientes tienen un margen superior al 100 % de las ventas (filas ${marginAbove100Rows}); revise la columna de margen`,
    futureDates: (futureDates: number, futureDateRows: string) =>
      `${futureDates} filas tienen fechas de compra posteriores a la de ejecución (filas ${futureDateRows}); esas fechas se apartaron (quedan desconocidas)`,
    leadsWithoutRevenue: (leadsWithoutRevenue: number) =>
      `${leadsWithoutRevenue} leads sin ventas se leyeron con ventas 0`,
  },
  readReport: {
    skipLabelsBlank: "fila vacía",
    skipLabelsTotalsRow: "fila de totales o subtotales",
    skipLabelsMissingCustomerId: "sin id de cliente",
    skipLabelsMissingAmount: "sin importe en la columna {column}",
    skipLabelsUnparseableAmount: "el importe de la columna {column} no es un número",
    skipLabelsMissingDate: "sin fecha en la columna {column}",
    skipLabelsUnparseableDate: "la fecha de la columna {column} no es una fecha",
    skipLabelsImpossibleDate: "la fecha de la columna {column} no existe en el calendario (p. ej. 31/02)",
    skipLabelsDuplicateRow: "duplicado exacto de una fila anterior",
    skipLabelsDuplicateLine: "misma factura y número de línea que una fila anterior (una línea duplicada)",
    skipLabelsFutureDate: "la fecha de la columna {column} es posterior a la fecha de ejecución (apartada)",
    skipLabelsAfterObservationEnd: "fecha posterior al final del periodo observado",
  },
  readTransactionRows: {
    returnsNetted: (returns: number, returnRows: string, returnAmount: string) =>
      `${returns} devoluciones o anulaciones (cantidad o importe negativos, o factura que empieza por C; filas ${returnRows}) se restaron de las ventas: ${returnAmount}`,
    impossibleDate: (dateHeader: string, row: number, text: string) =>
      `Columna "${dateHeader}", fila ${row}: ${text} no es una fecha real (ese mes no tiene ese día); la fila se omitió: corrija la fecha`,
    futureDates: (futureDates: number) =>
      `${futureDates} transacciones tienen fecha posterior a la de ejecución y se apartaron (no cuentan); la fecha de referencia es la última hasta esa fecha`,
  },
  summarizeTransactions: {
    rowHasAFractional: (value: number, d: number) =>
      `La fila ${value} tiene un día fraccionario (${d}): los días deben ser días epoch enteros.`,
    noTransactionInPeriod:
      "Ninguna transacción tiene fecha dentro del periodo observado: revise la columna de fecha y el final del periodo.",
  },
};
