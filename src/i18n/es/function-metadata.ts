/**
 * The Spanish face of every CMAP function: localized name, description and parameter names/descriptions,
 * keyed by the function id of the English metadata generated from the JSDoc in src/functions/functions.ts (Excel
 * takes a function's English texts from there, so this pack holds only the other language's). It is the source of
 * `functions.es.json` (tests/functions/metadata.test.ts regenerates and compares it, id for id), and of the
 * parameter names used in error messages (src/functions/function-catalog.ts), so messages and tooltips agree.
 */
import { listIn } from "../../core/language";
import { BUILT_IN_METHODS } from "../../core/segment/methods";

interface ParameterText {
  /** Name as in functions.ts (Excel shows it in English). */
  en: string;
  /** Name Excel shows in Spanish. */
  es: string;
  descriptionEs: string;
}

interface FunctionText {
  id: string;
  /** Localized name Excel shows in Spanish (CMAP.<nameEs>). */
  nameEs: string;
  descriptionEs: string;
  parameters: ParameterText[];
}

/**
 * The method argument's help, from the method registry's built-ins (the metadata is made at build time, so a
 * method registered at run time is accepted but not listed): '"cartera" (por defecto), "rfm", … o "abc".'
 */
const METHOD_ARGUMENT_ES = `${listIn(
  "es",
  BUILT_IN_METHODS.map((method, i) => `"${method.argument.es}"${i === 0 ? " (por defecto)" : ""}`),
  "or",
)}.`;

export const FUNCTION_CATALOG: FunctionText[] = [
  {
    id: "AVGTICKET",
    nameEs: "TICKETMEDIO",
    descriptionEs: "Ticket medio: ventas divididas entre el número de pedidos, fila a fila.",
    parameters: [
      { en: "revenue", es: "ventas", descriptionEs: "Ventas (importe) de cada cliente o periodo." },
      {
        en: "orders",
        es: "pedidos",
        descriptionEs: "Número de pedidos de cada cliente o periodo (0 o más).",
      },
    ],
  },
  {
    id: "CAC",
    nameEs: "CAC",
    descriptionEs:
      "Coste de adquisición de clientes: inversión comercial y de marketing dividida entre los clientes nuevos.",
    parameters: [
      { en: "spend", es: "inversión", descriptionEs: "Gasto de marketing y ventas del periodo (0 o más)." },
      {
        en: "new_customers",
        es: "clientes_nuevos",
        descriptionEs: "Clientes nuevos captados en ese periodo.",
      },
    ],
  },
  {
    id: "LTVCAC",
    nameEs: "LTVCAC",
    descriptionEs:
      "Relación LTV:CAC (valor del cliente entre coste de adquisición). La regla habitual pide 3 o más.",
    parameters: [
      { en: "ltv", es: "ltv", descriptionEs: "Valor de vida del cliente (LTV), en dinero." },
      { en: "cac", es: "cac", descriptionEs: "Coste de adquisición del cliente (CAC), mayor que 0." },
    ],
  },
  {
    id: "CONVERSION",
    nameEs: "CONVERSION",
    descriptionEs: "Tasa de conversión: oportunidades cerradas (ganadas) entre leads.",
    parameters: [
      { en: "closed", es: "cerrados", descriptionEs: "Leads convertidos en clientes." },
      { en: "leads", es: "leads", descriptionEs: "Leads o oportunidades trabajadas (mayor que 0)." },
    ],
  },
  {
    id: "CHURN",
    nameEs: "ABANDONO",
    descriptionEs: "Tasa de abandono del periodo: 1 − (clientes al final − nuevos) / clientes al inicio.",
    parameters: [
      {
        en: "customers_start",
        es: "clientes_inicio",
        descriptionEs: "Clientes al inicio del periodo (mayor que 0).",
      },
      { en: "customers_end", es: "clientes_fin", descriptionEs: "Clientes al final del periodo." },
      {
        en: "new_customers",
        es: "clientes_nuevos",
        descriptionEs: "Clientes nuevos ganados durante el periodo (0 si se omite).",
      },
    ],
  },
  {
    id: "RETENTION",
    nameEs: "RETENCION",
    descriptionEs: "Tasa de retención del periodo: (clientes al final − nuevos) / clientes al inicio.",
    parameters: [
      {
        en: "customers_start",
        es: "clientes_inicio",
        descriptionEs: "Clientes al inicio del periodo (mayor que 0).",
      },
      { en: "customers_end", es: "clientes_fin", descriptionEs: "Clientes al final del periodo." },
      {
        en: "new_customers",
        es: "clientes_nuevos",
        descriptionEs: "Clientes nuevos ganados durante el periodo (0 si se omite).",
      },
    ],
  },
  {
    id: "LTV",
    nameEs: "VALORVIDA",
    descriptionEs:
      "Valor de vida del cliente (LTV) simple: ticket medio × compras al año × margen × vida esperada, descontado.",
    parameters: [
      { en: "avg_ticket", es: "ticket_medio", descriptionEs: "Importe medio por compra." },
      { en: "purchases_per_year", es: "compras_al_año", descriptionEs: "Compras por año de cada cliente." },
      {
        en: "margin",
        es: "margen",
        descriptionEs: "Margen bruto como fracción entre −100 % y 100 % (25 % = 0,25).",
      },
      {
        en: "years_or_retention",
        es: "años_o_retención",
        descriptionEs:
          "Vida esperada en años (1 o más) o retención anual entre 0 y 1 (0,8 = 80 %). Si se omite: 3 años.",
      },
      {
        en: "discount_rate",
        es: "tasa_descuento",
        descriptionEs: "Tasa de descuento anual como fracción (0,1 = 10 %). Si se omite: 0.",
      },
    ],
  },
  {
    id: "CLV",
    nameEs: "VALORFUTURO",
    descriptionEs:
      "CLV predictivo (BG/NBD × Gamma-Gamma × margen), ajustado sobre los rangos dados; un resultado por fila.",
    parameters: [
      {
        en: "frequency",
        es: "frecuencia",
        descriptionEs: "Compras repetidas de cada cliente (compras − 1).",
      },
      { en: "recency", es: "recencia", descriptionEs: "Semanas entre la primera y la última compra." },
      {
        en: "age",
        es: "antigüedad",
        descriptionEs: "Semanas desde la primera compra hasta el fin de la observación.",
      },
      { en: "avg_spend", es: "gasto_medio", descriptionEs: "Gasto medio de las compras repetidas." },
      { en: "margin", es: "margen", descriptionEs: "Margen bruto como fracción entre −100 % y 100 %." },
      { en: "horizon", es: "horizonte", descriptionEs: "Horizonte en meses. Si se omite: 12." },
      {
        en: "discount_rate",
        es: "tasa_descuento",
        descriptionEs: "Tasa de descuento anual como fracción. Si se omite: 0,1 (10 %).",
      },
    ],
  },
  {
    id: "PALIVE",
    nameEs: "PROBACTIVO",
    descriptionEs:
      "Probabilidad de que el cliente siga activo (modelo BG/NBD ajustado sobre los rangos dados).",
    parameters: [
      {
        en: "frequency",
        es: "frecuencia",
        descriptionEs: "Compras repetidas de cada cliente (compras − 1).",
      },
      { en: "recency", es: "recencia", descriptionEs: "Tiempo entre la primera y la última compra." },
      {
        en: "age",
        es: "antigüedad",
        descriptionEs: "Tiempo desde la primera compra (misma unidad que la recencia).",
      },
    ],
  },
  {
    id: "RFM",
    nameEs: "RFM",
    descriptionEs: 'Puntuaciones RFM por quintiles (p. ej. "545") o el nombre del segmento RFM de cada fila.',
    parameters: [
      {
        en: "recency_days",
        es: "días_recencia",
        descriptionEs: "Días desde la última compra (menos es mejor).",
      },
      { en: "frequency", es: "frecuencia", descriptionEs: "Número de compras o pedidos." },
      { en: "monetary", es: "importe", descriptionEs: "Ventas de cada cliente." },
      {
        en: "output",
        es: "resultado",
        descriptionEs: '"puntuación" (por defecto), "segmento", "r", "f" o "m".',
      },
    ],
  },
  {
    id: "CLUSTER",
    nameEs: "GRUPO",
    descriptionEs:
      "Número de grupo k-means de cada fila, sobre columnas numéricas (k automático si se omite).",
    parameters: [
      {
        en: "data",
        es: "datos",
        descriptionEs: "Columnas numéricas, una fila por cliente; admite una fila de títulos.",
      },
      { en: "k", es: "k", descriptionEs: "Número de grupos (2 a 8 automático si se omite)." },
      {
        en: "seed",
        es: "semilla",
        descriptionEs: "Semilla aleatoria (42 si se omite): mismo dato, mismo resultado.",
      },
    ],
  },
  {
    id: "ABC",
    nameEs: "ABC",
    descriptionEs:
      "Clase ABC (Pareto) de cada valor: A hasta el 80 % acumulado, B hasta el 95 %, C el resto.",
    parameters: [
      { en: "values", es: "valores", descriptionEs: "Ventas (u otro valor) de cada cliente." },
      {
        en: "a_share",
        es: "corte_a",
        descriptionEs: "Porcentaje acumulado que cierra la clase A (80 % si se omite).",
      },
      {
        en: "b_share",
        es: "corte_b",
        descriptionEs: "Porcentaje acumulado que cierra la clase B (95 % si se omite).",
      },
    ],
  },
  {
    id: "SEGMENT",
    nameEs: "SEGMENTO",
    descriptionEs:
      "Segmento de cada fila de la tabla de clientes (incluida la fila de títulos); devuelve una columna alineada.",
    parameters: [
      {
        en: "data",
        es: "datos",
        descriptionEs: "La tabla de clientes o de facturas, con su fila de títulos.",
      },
      {
        en: "method",
        es: "método",
        descriptionEs: METHOD_ARGUMENT_ES,
      },
      {
        en: "options",
        es: "opciones",
        descriptionEs:
          'Ajustes como "k=4; semilla=7" o umbrales por id; o un rango de dos columnas clave/valor.',
      },
    ],
  },
  {
    id: "SEGMENTREASON",
    nameEs: "MOTIVOSEGMENTO",
    descriptionEs: "Por qué cada cliente está en su segmento: sus valores y los umbrales usados.",
    parameters: [
      {
        en: "data",
        es: "datos",
        descriptionEs: "La tabla de clientes o de facturas, con su fila de títulos.",
      },
      {
        en: "method",
        es: "método",
        descriptionEs: METHOD_ARGUMENT_ES,
      },
      {
        en: "options",
        es: "opciones",
        descriptionEs:
          'Ajustes como "k=4; semilla=7" o umbrales por id; o un rango de dos columnas clave/valor.',
      },
    ],
  },
];
