/** English texts of sql. The Spanish pack (../es/sql.ts) has the same keys and placeholders. */
export const sql = {
  featureQuery: {
    placeholder: "column",
    featureQueryNeeds: (missing: string, hint: string) =>
      `the feature query needs a customer id, a date and an amount column (revenue, or quantity and unitPrice); missing: ${missing}. Name them with ${hint}`,
  },
  duckdb: {
    outOfMemory: (input: string, limit: string, detail: string) =>
      `DuckDB ran out of memory on "${input}" (its budget is ${limit}, and what does not fit is written to the temporary folder) (${detail}): free disk space in the temporary folder and close other programs, or split the lines into smaller files (by year, say) and build from each`,
    unreadable: (input: string, kind: string, detail: string) =>
      `"${input}" could not be read as ${kind} (${detail}): check that every file is complete and of that kind`,
    notParquetOrCsv: (input: string) =>
      `"${input}" is neither Parquet nor CSV: name .parquet or .csv files (a glob like 'sales/*.parquet' works too)`,
    couldNotLoad: (detail: string) =>
      `DuckDB (needed for Parquet, globs and CSV files over 200 MB) could not be loaded (${detail}): run npm install in the tool's folder`,
    noFileMatches: (input: string) =>
      `no file matches "${input}": check the folder and the pattern (quote it so the shell does not expand it)`,
    fileNotFound: (input: string) => `file "${input}" not found: check the path`,
    notNumberOrDate: (columns: string, input: string, detail: string) =>
      `a value of ${columns} in "${input}" is not a number or a date DuckDB can read (${detail}): write amounts with a decimal point and dates as yyyy-mm-dd, or give a smaller file as .xlsx/.csv`,
    noCustomerLines: (input: string) =>
      `no line of "${input}" has a customer id, a date up to today and an amount: check those columns (or map them with --map)`,
  },
};
