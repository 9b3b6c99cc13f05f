import { forms } from "../forms";
import type { Texts } from "../texts";

/** Spanish texts of cli: the same keys and placeholders as the English pack (../en/cli.ts). */
export const cli: Texts["cli"] = {
  buildCommand: {
    customer: forms("cliente", "clientes"),
    stageLabelsRead: "leyendo los datos",
    stageLabelsSegment: "segmentando",
    stageLabelsKpis: "calculando KPI y LTV",
    stageLabelsInsights: "buscando los clientes a los que llamar",
    stageLabelsMobility: "comparando con el mapa anterior",
    stageLabelsDone: "análisis terminado",
    stageLabelsPlan: "preparando las hojas",
    stageLabelsWrite: "escribiendo el libro",
    outMustBe: (out: string) => `--out debe ser un archivo .xlsx, no "${out}"`,
    unknownMethod: (method: string, methods: string, defaultMethod: string) =>
      `--method "${method}" no es un método de segmentación: indica ${methods}, u omite --method para usar ${defaultMethod}.`,
    unknownEngine: (engine: string, engines: string) =>
      `--engine "${engine}" no es un motor: indica ${engines} (duckdb lee todo CSV con DuckDB, in-process ninguno; auto, el predeterminado, solo los de más de 200 MB).`,
    customerMap: (customers: string, methodLabel: string, out: string) =>
      `Mapa de clientes: ${customers}, ${methodLabel} → ${out}`,
    segment: "Segmento",
    customers: "Clientes",
    revenueShare: "% ventas",
    revenue: "Ventas",
    margin: "Margen",
    kpis: "KPI",
    callListAndRows: (customers: string, patterns: string, rowsUsed: string, rows: string) =>
      `Clientes a los que llamar: ${customers}; patrones: ${patterns}; filas usadas: ${rowsUsed} de ${rows}.`,
    fileUnusable: "no se pudo usar un archivo",
    unexpectedError: "error inesperado",
  },
  inspectCommand: {
    sheet: "hoja",
    rows: "Filas",
    used: "usadas",
    skipped: "descartadas",
    columns: "Columnas:",
    unmapped: "(sin asignar)",
    forExample: "p. ej.",
    customers: "Clientes",
    revenue: "ventas",
    margin: "margen",
    unknown: "desconocido",
    fileUnusable: "no se pudo usar un archivo",
    unexpectedError: "error inesperado",
  },
  main: {
    sqlDoesNotTake:
      "sql no admite {what}: la consulta se escribe a partir de --dialect y --map (véase customer-map --help)",
  },
  mapOption: {
    mapMustBeRole: (value: string, validRoles: string) =>
      `--map "${value}" debe ser papel=Columna (p. ej. --map revenue=Importe); papeles: ${validRoles}`,
    mapUnknownRoleValid: (roleText: string, validRoles: string) =>
      `--map: papel desconocido "${roleText}"; papeles válidos: ${validRoles}`,
    mapNoColumnIn: (column: string, value: number, list: string) =>
      `--map: no hay columna "${column}" en la tabla (fila ${value}); columnas: ${list}`,
    onTheCommandLine: "En la línea de órdenes: --map {role}=<columna>.",
  },
  sqlCommand: {
    sqlNeedsDialect: (dialects: string) =>
      `sql necesita --dialect ${dialects}: el motor que ejecutará la consulta`,
    sqlNeedsDialectNot: (dialects: string, given: string) =>
      `sql necesita --dialect ${dialects} (no "${given}"): el motor que ejecutará la consulta`,
    untilMustBe: (until: string) =>
      `--until debe ser una fecha escrita aaaa-mm-dd (p. ej. 2025-12-31), no "${until}"`,
    tableNeedsTheName: "--table necesita el nombre de la tabla de líneas de factura",
  },
  fileSafety: {
    exampleName: { xlsx: "mapa.xlsx", json: "mapa.json" },
    outputIsFolder: (file: string, example: string) =>
      `"${file}" es una carpeta: indique un nombre de archivo para el resultado (p. ej. ${example})`,
    outputNotAFile: (file: string) =>
      `"${file}" no es un archivo normal (un dispositivo, tubería o socket): indique la ruta de un archivo para el resultado`,
    outputNotOurs: (file: string, option: string) =>
      `"${file}" ya existe y no es un resultado anterior de esta herramienta, así que no se sustituye: elija otro archivo ${option}, o añada --force para sustituirlo`,
    outputIsInput: (option: string, file: string, input: string) =>
      `${option} "${file}" es el archivo de entrada "${input}"; la entrada nunca se sobrescribe: elija otro archivo ${option}`,
    outputsCollide: (file: string) =>
      `--json y --out son el mismo archivo "${file}"; el resumen sustituiría al mapa: dé a --json su propio archivo (p. ej. mapa.json) o "-" para la pantalla`,
  },
};
