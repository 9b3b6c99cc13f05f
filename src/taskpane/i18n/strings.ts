/**
 * Every text the task pane shows, in English and Spanish. A typed dictionary instead of an i18n library:
 * `Strings` is the English shape, Spanish must match it key for key (the compiler and a test check it).
 * Placeholders are `{name}` and are filled by `formatText`.
 */
import type { Role } from "../../core/model";
import type { Lang, TextLang } from "../../core/types";
import type { BuildStage } from "../pane-host";
import { fillTemplate } from "../../core/text";
import { isLang } from "../../core/language";

const en = {
  productName: "Customer Map",
  productTagline: "for Excel",
  languageLabel: "Language",
  loading: "Loading…",
  /** Read by screen readers on every dropdown's clear button (Fluent's own label is English only). */
  clearSelection: "Clear selection",
  increaseValue: "Increase value",
  decreaseValue: "Decrease value",

  noHostTitle: "Open this add-in in Excel",
  noHostBody:
    "Customer Map runs inside Excel (desktop, Mac or Excel on the web). Open a workbook and choose Home › Customer Map.",

  welcomeTitle: "From a customer list to a customer map in one click",
  welcomeIntro: "Customer Map reads the customer sheet you already keep and writes, into this workbook:",
  welcomePointMap: "A colored map of your portfolio: who is strategic, who is at risk, who can grow",
  welcomePointSegments: "A summary per segment with KPIs, lifetime value and the recommended action",
  welcomePointCalls: "A call list of customers that changed abruptly or deserve attention",
  welcomePrivacy: "Everything runs inside the workbook: no customer data leaves your computer.",
  welcomeTrySample: "Try with sample data",
  welcomeUseMyData: "Use my data",
  welcomeInsertingSample: "Adding the sample sheets…",

  dataSectionTitle: "Your data",
  dataDetecting: "Looking for customer data…",
  dataRefresh: "Read again",
  dataFoundTable: "Excel table on sheet {sheet}",
  dataFoundRegion: "Data around the selection on sheet {sheet}",
  dataFoundLargest: "Largest block of sheet {sheet}",
  dataShapeLabel: "Data shape",
  dataShapeCustomers: "One row per customer",
  dataShapeTransactions: "One row per invoice line",
  dataRows: "Rows",
  dataColumns: "Columns",
  dataCustomers: "Customers",
  dataNoneTitle: "No customer data found here",
  dataNoneHint: "Select a cell inside your customer table, or try the sample data.",
  dataTrySample: "Insert sample data",
  dataJoinedFrom: "Customer attributes joined from sheet {sheets}",
  dataUnreadSheets: "Not read for customer attributes (over {cells} cells in all): {sheets}",

  mappingTitle: "Columns",
  mappingHint: "Check what each column means. Change any that is wrong.",
  mappingUnmapped: "Not used",
  mappingConfidenceHigh: "Sure",
  mappingConfidenceMedium: "Likely",
  mappingConfidenceLow: "Guess",
  mappingConfidenceNone: "Unknown",
  mappingDuplicate: "{role} is already column {header}. Choose another meaning or Not used.",
  mappingMissingRole: "Map a column to {role} to build the map.",
  mappingMissingRevenue: "Map a column to Revenue, or to Quantity and Unit price, to build the map.",

  qualityTitle: "Data quality",
  qualityUsed: "{used} of {read} rows used",
  qualityAllUsed: "All {read} rows are used.",
  qualitySkipped: "{reason}: {rows}",
  qualityWarnings: "Notes",

  methodSectionTitle: "Method",
  methodClustersK: "Number of clusters",
  methodClustersAuto: "Automatic (best of 2–8)",
  methodOptions: "More options",
  methodSeed: "Repeat code",
  methodSeedHint: "Same code, same clusters.",
  methodOutputLanguage: "Language of the sheets",
  methodThresholds: "Thresholds",
  methodThresholdsHint: "Computed from your portfolio. After the first map you can adjust them here.",
  methodThresholdsReset: "Use computed thresholds",
  methodSegmentColumn: "Also write the segment beside my table (only into empty cells)",

  buildButton: "Build customer map",
  buildCancel: "Cancel",
  buildCancelled: "Cancelled. The workbook was not changed.",
  buildBlocked: "Fix the highlighted columns first.",

  stageReading: "Reading the sheet…",
  stageAnalyzing: "Segmenting customers and computing KPIs…",
  stagePlanning: "Preparing the sheets…",
  stageWriting: "Writing the sheets…",

  resultsTitle: "Your customer map is ready",
  resultsSummary: "{customers} customers in {segments} segments.",
  resultsSegments: "Segments",
  resultsCustomersShort: "customers",
  resultsRevenueShare: "{share} of revenue",
  resultsTooSmall: "Small segment: too few customers to act on alone.",
  resultsKpis: "Headline figures",
  resultsSheets: "Sheets created",
  resultsOpenSheet: "Open sheet {name}",
  resultsCallList: "Customers to call",
  resultsNoInsights: "Nothing unusual found.",
  resultsCallOwner: "Sales rep: {owner}",
  resultsBuildAgain: "Change settings",
  resultsSegmentColumnNotWritten: "Segment column not written",
  resultsSegmentColumnWritten: "Segment column written in {address}",
  resultsUnavailable: "n/a",

  errorTitle: "The map was not built",
  errorWorkbookUnchanged: "The workbook was not changed.",
  errorInColumn: "Column {column}",
  errorUnexpected: "Excel could not complete the operation: {message}",
  errorDismiss: "Dismiss",
  errorSampleFailed: "The sample data could not be inserted: {message}",
} as const;

/** The dictionary shape: every key of the English texts, each a string. */
export type Strings = { readonly [K in keyof typeof en]: string };
export type StringKey = keyof Strings;

const es: Strings = {
  productName: "Mapa de clientes",
  productTagline: "para Excel",
  languageLabel: "Idioma",
  loading: "Cargando…",
  clearSelection: "Borrar selección",
  increaseValue: "Aumentar valor",
  decreaseValue: "Disminuir valor",

  noHostTitle: "Abra este complemento en Excel",
  noHostBody:
    "Mapa de clientes funciona dentro de Excel (escritorio, Mac o Excel en la web). Abra un libro y elija Inicio › Mapa de clientes.",

  welcomeTitle: "De una lista de clientes a un mapa de clientes con un clic",
  welcomeIntro: "Mapa de clientes lee la hoja de clientes que ya tiene y escribe, en este libro:",
  welcomePointMap:
    "Un mapa de colores de su cartera: quién es estratégico, quién está en riesgo, quién puede crecer",
  welcomePointSegments: "Un resumen por segmento con KPI, valor de vida del cliente y la acción recomendada",
  welcomePointCalls: "Una lista de llamadas con los clientes que cambiaron de golpe o merecen atención",
  welcomePrivacy: "Todo se ejecuta dentro del libro: ningún dato de clientes sale de su equipo.",
  welcomeTrySample: "Probar con datos de ejemplo",
  welcomeUseMyData: "Usar mis datos",
  welcomeInsertingSample: "Añadiendo las hojas de ejemplo…",

  dataSectionTitle: "Sus datos",
  dataDetecting: "Buscando datos de clientes…",
  dataRefresh: "Volver a leer",
  dataFoundTable: "Tabla de Excel en la hoja {sheet}",
  dataFoundRegion: "Datos alrededor de la selección en la hoja {sheet}",
  dataFoundLargest: "Bloque más grande de la hoja {sheet}",
  dataShapeLabel: "Forma de los datos",
  dataShapeCustomers: "Una fila por cliente",
  dataShapeTransactions: "Una fila por línea de factura",
  dataRows: "Filas",
  dataColumns: "Columnas",
  dataCustomers: "Clientes",
  dataNoneTitle: "Aquí no hay datos de clientes",
  dataNoneHint: "Seleccione una celda dentro de su tabla de clientes o pruebe los datos de ejemplo.",
  dataTrySample: "Insertar datos de ejemplo",
  dataJoinedFrom: "Atributos de cliente tomados de la hoja {sheets}",
  dataUnreadSheets: "No leídas para atributos de cliente (más de {cells} celdas en total): {sheets}",

  mappingTitle: "Columnas",
  mappingHint: "Revise qué significa cada columna. Cambie la que no sea correcta.",
  mappingUnmapped: "Sin usar",
  mappingConfidenceHigh: "Seguro",
  mappingConfidenceMedium: "Probable",
  mappingConfidenceLow: "Dudoso",
  mappingConfidenceNone: "Desconocido",
  mappingDuplicate: "{role} ya es la columna {header}. Elija otro significado o Sin usar.",
  mappingMissingRole: "Asigne una columna a {role} para crear el mapa.",
  mappingMissingRevenue: "Asigne una columna a Ventas, o a Cantidad y Precio unitario, para crear el mapa.",

  qualityTitle: "Calidad de los datos",
  qualityUsed: "{used} de {read} filas usadas",
  qualityAllUsed: "Se usan las {read} filas.",
  qualitySkipped: "{reason}: {rows}",
  qualityWarnings: "Notas",

  methodSectionTitle: "Método",
  methodClustersK: "Número de clústeres",
  methodClustersAuto: "Automático (el mejor entre 2 y 8)",
  methodOptions: "Más opciones",
  methodSeed: "Código de repetición",
  methodSeedHint: "Mismo código, mismos clústeres.",
  methodOutputLanguage: "Idioma de las hojas",
  methodThresholds: "Umbrales",
  methodThresholdsHint: "Se calculan a partir de su cartera. Tras el primer mapa puede ajustarlos aquí.",
  methodThresholdsReset: "Usar los umbrales calculados",
  methodSegmentColumn: "Escribir también el segmento junto a mi tabla (solo en celdas vacías)",

  buildButton: "Crear mapa de clientes",
  buildCancel: "Cancelar",
  buildCancelled: "Cancelado. El libro no se ha modificado.",
  buildBlocked: "Corrija primero las columnas marcadas.",

  stageReading: "Leyendo la hoja…",
  stageAnalyzing: "Segmentando clientes y calculando KPI…",
  stagePlanning: "Preparando las hojas…",
  stageWriting: "Escribiendo las hojas…",

  resultsTitle: "Su mapa de clientes está listo",
  resultsSummary: "{customers} clientes en {segments} segmentos.",
  resultsSegments: "Segmentos",
  resultsCustomersShort: "clientes",
  resultsRevenueShare: "{share} de las ventas",
  resultsTooSmall: "Segmento pequeño: muy pocos clientes para actuar solo sobre él.",
  resultsKpis: "Cifras clave",
  resultsSheets: "Hojas creadas",
  resultsOpenSheet: "Abrir la hoja {name}",
  resultsCallList: "Clientes a los que llamar",
  resultsNoInsights: "No se ha encontrado nada inusual.",
  resultsCallOwner: "Comercial: {owner}",
  resultsBuildAgain: "Cambiar la configuración",
  resultsSegmentColumnNotWritten: "No se escribió la columna de segmento",
  resultsSegmentColumnWritten: "Columna de segmento escrita en {address}",
  resultsUnavailable: "n/d",

  errorTitle: "No se ha creado el mapa",
  errorWorkbookUnchanged: "El libro no se ha modificado.",
  errorInColumn: "Columna {column}",
  errorUnexpected: "Excel no pudo completar la operación: {message}",
  errorDismiss: "Descartar",
  errorSampleFailed: "No se pudieron insertar los datos de ejemplo: {message}",
};

export const strings: Record<TextLang, Strings> = { en, es };

/** Column meanings shown in the mapping dropdowns. */
export const roleTexts: Record<TextLang, Record<Role, string>> = {
  en: {
    customerId: "Customer ID",
    customerName: "Customer name",
    revenue: "Revenue",
    quantity: "Quantity",
    unitPrice: "Unit price",
    marginAmount: "Gross margin",
    marginPercent: "Margin %",
    cost: "Cost",
    orders: "Orders",
    date: "Date",
    firstPurchase: "First purchase",
    lastPurchase: "Last purchase",
    previousRevenue: "Revenue, previous period",
    invoiceId: "Invoice",
    lineNumber: "Invoice line",
    category: "Product or category",
    region: "Region",
    country: "Country",
    city: "City",
    sector: "Sector",
    channel: "Channel",
    size: "Company size",
    owner: "Sales rep",
    contact: "Contact",
    leadStatus: "Lead status",
    acquisitionSpend: "Acquisition cost",
    onlineShare: "Online orders %",
    costToServe: "Cost to serve",
    referrals: "Referrals",
    nps: "NPS",
    shareOfWallet: "Share of wallet",
    protected: "Protected attribute (not used)",
  },
  es: {
    customerId: "ID de cliente",
    customerName: "Nombre del cliente",
    revenue: "Ventas",
    quantity: "Cantidad",
    unitPrice: "Precio unitario",
    marginAmount: "Margen bruto",
    marginPercent: "Margen %",
    cost: "Coste",
    orders: "Pedidos",
    date: "Fecha",
    firstPurchase: "Primera compra",
    lastPurchase: "Última compra",
    previousRevenue: "Ventas, periodo anterior",
    invoiceId: "Factura",
    lineNumber: "Línea de factura",
    category: "Producto o categoría",
    region: "Región",
    country: "País",
    city: "Ciudad",
    sector: "Sector",
    channel: "Canal",
    size: "Tamaño de empresa",
    owner: "Comercial",
    contact: "Contacto",
    leadStatus: "Estado del lead",
    acquisitionSpend: "Coste de captación",
    onlineShare: "% pedidos online",
    costToServe: "Coste de servir",
    referrals: "Recomendaciones",
    nps: "NPS",
    shareOfWallet: "Cuota de cliente",
    protected: "Atributo protegido (no se usa)",
  },
};

export const stageKeys: Record<BuildStage, StringKey> = {
  reading: "stageReading",
  analyzing: "stageAnalyzing",
  planning: "stagePlanning",
  writing: "stageWriting",
};

/** Fills `{name}` placeholders; unknown placeholders are left visible so a missing value is noticed. */
export const formatText = fillTemplate;

/**
 * Office's display language as one of ours, by its primary tag: "es-ES", "es", "ES-mx" → "es"; "qps-ploc" (Office's
 * own pseudo-locale, a testing mode) → "qps"; anything else → "en".
 */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  const primary =
    typeof displayLanguage === "string" ? displayLanguage.trim().toLowerCase().split(/[-_]/)[0] : "";
  return isLang(primary) ? primary : "en";
}
