/** English texts of sql. The Spanish pack (../es/sql.ts) has the same keys and placeholders. */
export const sql = {
  featureQuery: {
    placeholder: "column",
    theFeatureQueryNeeds: (join: string, hint: string) =>
      `the feature query needs a customer id, a date and an amount column (revenue, or quantity and unitPrice); missing: ${join}. Name them with ${hint}`,
  },
};
