import { forms } from "../forms";

/** English texts of cli. The Spanish pack (../es/cli.ts) has the same keys and placeholders. */
export const cli = {
  buildCommand: {
    customer: forms("customer", "customers"),
    stageLabelsRead: "reading the data",
    stageLabelsSegment: "segmenting",
    stageLabelsKpis: "computing KPIs and LTV",
    stageLabelsInsights: "finding the customers to call",
    stageLabelsMobility: "comparing with the previous map",
    stageLabelsDone: "analysis done",
    stageLabelsPlan: "preparing the sheets",
    stageLabelsWrite: "writing the workbook",
    outMustBe: (out: string) => `--out must be an .xlsx file, not "${out}"`,
    unknownMethod: (method: string, methods: string, defaultMethod: string) =>
      `--method "${method}" is not a segmentation method: give ${methods}, or leave --method out for ${defaultMethod}.`,
    unknownEngine: (engine: string, engines: string) =>
      `--engine "${engine}" is not an engine: give ${engines} (duckdb reads every CSV through DuckDB, in-process none; auto, the default, only those over 200 MB).`,
    customerMap: (customers: string, methodLabel: string, out: string) =>
      `Customer map: ${customers}, ${methodLabel} → ${out}`,
    segment: "Segment",
    customers: "Customers",
    revenueShare: "% revenue",
    revenue: "Revenue",
    margin: "Margin",
    kpis: "KPIs",
    callListAndRows: (customers: string, patterns: string, rowsUsed: string, rows: string) =>
      `Customers to call: ${customers}; patterns: ${patterns}; rows used: ${rowsUsed} of ${rows}.`,
    fileUnusable: "a file could not be used",
    unexpectedError: "unexpected error",
  },
  inspectCommand: {
    sheet: "sheet",
    rows: "Rows",
    used: "used",
    skipped: "skipped",
    columns: "Columns:",
    unmapped: "(unmapped)",
    forExample: "e.g.",
    customers: "Customers",
    revenue: "revenue",
    margin: "margin",
    unknown: "unknown",
    fileUnusable: "a file could not be used",
    unexpectedError: "unexpected error",
  },
  main: {
    sqlDoesNotTake:
      "sql does not take {what}: the query is written from --dialect and --map (see customer-map --help)",
  },
  mapOption: {
    mapMustBeRole: (value: string, validRoles: string) =>
      `--map "${value}" must be role=Column (e.g. --map revenue=Importe); roles: ${validRoles}`,
    mapUnknownRoleValid: (roleText: string, validRoles: string) =>
      `--map: unknown role "${roleText}"; valid roles: ${validRoles}`,
    mapNoColumnIn: (column: string, value: number, list: string) =>
      `--map: no column "${column}" in the table (row ${value}); columns: ${list}`,
    onTheCommandLine: "On the command line: --map {role}=<column>.",
  },
  sqlCommand: {
    sqlNeedsDialect: (dialects: string) =>
      `sql needs --dialect ${dialects}: the engine that will run the query`,
    sqlNeedsDialectNot: (dialects: string, given: string) =>
      `sql needs --dialect ${dialects} (not "${given}"): the engine that will run the query`,
    untilMustBe: (until: string) =>
      `--until must be a date written yyyy-mm-dd (e.g. 2025-12-31), not "${until}"`,
    tableNeedsTheName: "--table needs the name of the table of invoice lines",
  },
  fileSafety: {
    /** File names the refusals suggest, by output kind. */
    exampleName: { xlsx: "map.xlsx", json: "map.json" },
    outputIsFolder: (file: string, example: string) =>
      `"${file}" is a folder: give a file name for the result (e.g. ${example})`,
    outputNotAFile: (file: string) =>
      `"${file}" is not a regular file (a device, pipe or socket): give the path of a file for the result`,
    outputNotOurs: (file: string, option: string) =>
      `"${file}" already exists and is not an earlier result of this tool, so it is not replaced: choose another ${option} file, or add --force to replace it`,
    outputIsInput: (option: string, file: string, input: string) =>
      `${option} "${file}" is the input file "${input}"; the input is never overwritten: choose another ${option} file`,
    outputsCollide: (file: string) =>
      `--json and --out are the same file "${file}"; the summary would replace the map: give --json its own file (e.g. map.json) or "-" for the screen`,
  },
};
