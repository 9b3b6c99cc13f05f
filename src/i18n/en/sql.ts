/** English texts of sql. The Spanish pack (../es/sql.ts) has the same keys and placeholders. */
export const sql = {
  featureQuery: {
    placeholder: "column",
    featureQueryNeeds: (missing: string, hint: string) =>
      `the feature query needs a customer id, a date and an amount column (revenue, or quantity and unitPrice); missing: ${missing}. Name them with ${hint}`,
  },
};
