import type { Texts } from "../texts";

/** Spanish texts of sql: the same keys and placeholders as the English pack (../en/sql.ts). */
export const sql: Texts["sql"] = {
  featureQuery: {
    placeholder: "columna",
    featureQueryNeeds: (missing: string, hint: string) =>
      `la consulta de rasgos necesita columnas de id de cliente, fecha e importe (revenue, o quantity y unitPrice); faltan: ${missing}. Indíquelas con ${hint}`,
  },
  duckdb: {
    outOfMemory: (input: string, limit: string, detail: string) =>
      `DuckDB se quedó sin memoria con "${input}" (su presupuesto es ${limit}, y lo que no cabe se escribe en la carpeta temporal) (${detail}): libere espacio en disco en la carpeta temporal y cierre otros programas, o divida las líneas en archivos más pequeños (por año, por ejemplo) y cree el mapa de cada uno`,
  },
};
