/** English texts of read. The Spanish pack (../es/read.ts) has the same keys and placeholders. */
export const read = {
  columnParsers: {
    headersIn: "the headers are in {language}",
    nothingElse: "nothing else decides it",
    decimalComma: "decimal comma",
    decimalPoint: "decimal point",
    decidedFrom: (count: string) => `decided from ${count}`,
    valuesLikeFitBoth: (value: string, langName: string) =>
      `values like ${value} fit both conventions; assumed because ${langName}`,
    noSeparatorsSeen: "no separators seen",
    columnNumbersStoredAs: (header: string, name: string, example: string, why: string) =>
      `Column "${header}": numbers stored as text read with ${name} (${example}); ${why}`,
    columnMixesNumberFormats: (header: string, pointEvidence: number, commaEvidence: number) =>
      `Column "${header}" mixes number formats (${pointEvidence} with decimal point, ${commaEvidence} with decimal comma); read with the majority, check the minority`,
    columnNumbersReadAs: (header: string, maxPlain: number) =>
      `Column "${header}": numbers read as percentage points (35 = 35 %) because values go up to ${maxPlain}`,
    columnReadAsFractions: (header: string, percentTexts: number) =>
      `Column "${header}": read as fractions (0.35 = 35 %); ${percentTexts} values written with %`,
    columnReadAsFractionsNoPercent: (header: string) => `Column "${header}": read as fractions (0.35 = 35 %)`,
    dayFirst: "day first (31/01/2024)",
    monthFirst: "month first (01/31/2024)",
    columnTextDatesRead: (header: string, orderName: string, evidence: string) =>
      `Column "${header}": text dates read ${orderName}; decided from ${evidence} that fit only that order`,
    columnEveryTextDate: (header: string, orderName: string, langName: string) =>
      `Column "${header}": every text date fits both orders; read ${orderName} because ${langName}`,
    columnTextDatesIn: (header: string) => `Column "${header}": text dates in year-first or named-month form`,
    columnDateNumbersExcel: (header: string, numbers: string) =>
      `Column "${header}": date numbers (Excel serials or YYYYMMDD; ${numbers} checked)`,
    columnMixesDateOrders: (
      header: string,
      dayFirstEvidence: number,
      monthFirstEvidence: number,
      orderName: string,
    ) =>
      `Column "${header}" mixes date orders (${dayFirstEvidence} only valid day first, ${monthFirstEvidence} only valid month first); ambiguous dates were read ${orderName}`,
    dates: "dates",
    numbers: "numbers",
    dayNotInCalendar: ", a day that does not exist in the calendar",
    headerLooksLike: (
      header: string,
      roleLabels: string,
      share: number,
      kind: string,
      example: string,
      note: string,
    ) =>
      `Header "${header}" looks like a ${roleLabels} column, but ${share} % of its values are not ${kind} (e.g. "${example}"${note}); left unmapped`,
  },
  detectShape: {
    customerLevelAsYou: "Customer level, as you chose",
    transactionLevelAsYou: "Transaction level, as you chose",
    transactionLevelInvoice: (invoice: string) =>
      `Transaction level: there is an invoice column ("${invoice}")`,
    transactionLevelDate: (date: string, ratio: string) =>
      `Transaction level: a date column ("${date}") and customer ids that repeat (${ratio} distinct in the rows checked)`,
    customerLevelNoDate: (ratio: string) =>
      `Customer level: no date or invoice column; customer ids repeat (${ratio} distinct) and their rows are added together`,
    customerLevelOneRow: (ratio: string) =>
      `Customer level: one row per customer (${ratio} distinct ids in the rows checked)`,
  },
  findTable: {
    sheetIsEmpty:
      "The sheet is empty: select or open a sheet with a customer table (one header row, one row per customer or invoice line).",
    noHeaderRowFound: (searchRows: number) =>
      `No header row found in the first ${searchRows} rows: add a row of column names (e.g. Customer, Revenue) above the data.`,
    headerInRow: (value: number) =>
      `The header in row ${value} has no data below it: put one customer or invoice line per row under the headers.`,
  },
  mapColumns: {
    leftUnmappedByYou: "Left unmapped by you",
    setByYou: "Set by you",
    columnWithoutAHeader: "Column without a header",
    headerMatchesNoKnown: (header: string) =>
      `Header "${header}" matches no known column name; left unmapped (choose a role if it matters)`,
    headerAmbiguous: (header: string, label: string, label2: string) =>
      `Header "${header}" could be ${label} or ${label2}; choose one`,
    headerKnownName: (header: string, label: string) => `Header "${header}" is a known name for ${label}`,
    headerContainsAName: (header: string, phrase: string, label: string) =>
      `Header "${header}" contains "${phrase}", a name for ${label}`,
    latestYearAmong: (latestYear: number) => `Latest year (${latestYear}) among the revenue columns`,
    revenueOfTheYear: (previousYear: number, headers: string) =>
      `Revenue of ${previousYear}, the year before column "${headers}"`,
    youChoseAnotherColumn: (label: string) => `You chose another column for ${label}`,
    nameBesideId: (nameHeader: string, idHeader: string) =>
      `"${nameHeader}" is read as the customer name because "${idHeader}" is the id`,
    columnIsABetter: (headers: string, label: string) => `Column "${headers}" is a better match for ${label}`,
  },
  readContext: {
    unreadableValues: (header: string, rows: number, sample: string, examples: string) =>
      `Column "${header}": ${rows} values could not be read (e.g. "${sample}", rows ${examples}) and were left empty`,
    characters: (length: number) => ` (${length} characters)`,
    columnRowTheAmount: (header: string, sheetRow: number, shown: string, size: string) =>
      `Column "${header}", row ${sheetRow}: the amount ${shown}${size} is beyond any real amount (limit 10^15), so no total would mean anything: correct or remove that value`,
  },
  readCustomerGrid: {
    fixOrMapAnother: (reason: string) => ` ${reason}: fix those values or map another column by hand.`,
    notATable: "The data is not a table of cells: pass the rows of a range (a 2-D array).",
    featureTableColumn: (header: string) =>
      `"${header}" is a column of the customer-feature table: read as purchase history`,
    noIdOrNameColumn: (headerList: string) =>
      `No column looks like a customer id or name (headers found: ${headerList}). Rename one (e.g. "Customer") or map it by hand.`,
    noRevenueReadable: (why: string) => `No column could be read as revenue or amount.${why}`,
    noRevenueColumn: (headerList: string) =>
      `No column looks like revenue or amount (headers found: ${headerList}). Rename one (e.g. "Revenue") or map it by hand; quantity × unit price also works.`,
    renameOneEG: ' Rename one (e.g. "Date") or map it by hand.',
    transactionDataNeeds: (headerList: string, why: string) =>
      `Transaction data needs a date column (headers found: ${headerList}).${why}`,
    headerIsADate: (header: string) =>
      `Header "${header}" is a date on a customer-level sheet: read as the last purchase`,
    protectedAttributes: (protectedHeaders: string) =>
      `Protected attributes (${protectedHeaders}) were recognised; they are kept out of clustering`,
    namesAsIds: (customerName: undefined | string) =>
      `No customer id column: the names in "${customerName}" are used as ids`,
    noneOfTheRows: (rowsRead: number, reasons: string, customerId: string) =>
      `None of the ${rowsRead} rows could be used: ${reasons}. Check the ${customerId} and amount columns.`,
    revenueColumnNotPositive: (header: string, total: string, negative: number, count: number) =>
      `Column "${header}" adds up to ${total} (${negative} of ${count} customers negative): revenue must be positive overall. If the column holds refunds or costs, map the revenue column by hand; if the signs are reversed, fix them in the file`,
  },
  readCustomerRows: {
    identicalLinesKept: (identicalLines: number, identicalRows: string, value: string) =>
      `${identicalLines} identical lines kept as repeat purchases (rows ${identicalRows}${value}): with no invoice or line number, a repeated line is a purchase made again, not a duplicate`,
    mergedDuplicateIds: (mergedIds: number) =>
      `${mergedIds} rows repeat a customer id with different values; they were added to that customer (revenue, margin, orders summed)`,
    marginAboveRevenue: (marginsAbove100: number, marginAbove100Rows: string) =>
      `${marginsAbove100} customers have a margin above 100 % of revenue (rows ${marginAbove100Rows}); check the margin column`,
    futureDates: (futureDates: number, futureDateRows: string) =>
      `${futureDates} rows have purchase dates after the run date (rows ${futureDateRows}); those dates were set aside (left unknown)`,
    leadsWithoutRevenue: (leadsWithoutRevenue: number) =>
      `${leadsWithoutRevenue} leads without revenue were read with revenue 0`,
  },
  readReport: {
    skipLabelsBlank: "blank row",
    skipLabelsTotalsRow: "totals or subtotal row",
    skipLabelsMissingCustomerId: "no customer id",
    skipLabelsMissingAmount: "no amount in column {column}",
    skipLabelsUnparseableAmount: "amount in column {column} is not a number",
    skipLabelsMissingDate: "no date in column {column}",
    skipLabelsUnparseableDate: "date in column {column} is not a date",
    skipLabelsImpossibleDate: "date in column {column} does not exist in the calendar (e.g. 31/02)",
    skipLabelsDuplicateRow: "exact duplicate of an earlier row",
    skipLabelsDuplicateLine: "same invoice and line number as an earlier row (a duplicate line)",
    skipLabelsFutureDate: "date in column {column} is after the run date (set aside)",
    skipLabelsAfterObservationEnd: "date after the end of the observation period",
  },
  readTransactionRows: {
    returnsNetted: (returns: number, returnRows: string, returnAmount: string) =>
      `${returns} returns or cancellations (negative quantity or amount, or invoice starting with C; rows ${returnRows}) were netted against sales: ${returnAmount}`,
    impossibleDate: (dateHeader: string, row: number, text: string) =>
      `Column "${dateHeader}", row ${row}: ${text} is not a real date (that month has no such day); the row was skipped: correct the date`,
    futureDates: (futureDates: number) =>
      `${futureDates} transactions are dated after the run date and were set aside (not counted); the as-of date is the last date on or before it`,
  },
  summarizeTransactions: {
    rowHasAFractional: (value: number, d: number) =>
      `Row ${value} has a fractional day (${d}): transaction days must be whole epoch days.`,
    noTransactionInPeriod:
      "No transaction has a date inside the observation period: check the date column and the period end.",
  },
};
