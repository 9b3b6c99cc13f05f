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
  },
};
