import type { Texts } from "../texts";

/** Spanish texts of sql: the same keys and placeholders as the English pack (../en/sql.ts). */
export const sql: Texts["sql"] = {
  featureQuery: {
    placeholder: "columna",
    featureQueryNeeds: (missing: string, hint: string) =>
      `la consulta de rasgos necesita columnas de id de cliente, fecha e importe (revenue, o quantity y unitPrice); faltan: ${missing}. Indíquelas con ${hint}`,
  },
};
