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
    unreadable: (input: string, kind: string, detail: string) =>
      `"${input}" no se pudo leer como ${kind} (${detail}): compruebe que cada archivo está completo y es de ese tipo`,
    notParquetOrCsv: (input: string) =>
      `"${input}" no es Parquet ni CSV: indique archivos .parquet o .csv (también vale un patrón como 'ventas/*.parquet')`,
    couldNotLoad: (detail: string) =>
      `DuckDB (necesario para Parquet, patrones y CSV de más de 200 MB) no se pudo cargar (${detail}): ejecute npm install en la carpeta de la herramienta`,
    noFileMatches: (input: string) =>
      `ningún archivo coincide con "${input}": revise la carpeta y el patrón (entre comillas para que la terminal no lo expanda)`,
    fileNotFound: (input: string) => `no se encuentra el archivo "${input}": revise la ruta`,
    notNumberOrDate: (columns: string, input: string, detail: string) =>
      `un valor de ${columns} en "${input}" no es un número o una fecha que DuckDB pueda leer (${detail}): escriba los importes con punto decimal y las fechas como aaaa-mm-dd, o use un archivo más pequeño en .xlsx/.csv`,
    noCustomerLines: (input: string) =>
      `ninguna línea de "${input}" tiene id de cliente, fecha hasta hoy e importe: revise esas columnas (o asígnelas con --map)`,
  },
};
