import type { Texts } from "../texts";

/** Spanish texts of kpi: the same keys and placeholders as the English pack (../en/kpi.ts). */
export const kpi: Texts["kpi"] = {
  conversionRate: {
    unavailableReason:
      "No hay datos de estado del lead: añada una columna de estado (lead, ganado, perdido...) para medir la conversión.",
  },
  customerTrend: {
    currentLabel: "este periodo",
    previousLabel: "periodo anterior",
  },
  kpiBuilders: {
    couldNotBeComputed: "No se pudo calcular con estos datos.",
  },
  portfolioKpis: {
    customers: "Clientes",
    grossMargin: "Margen bruto",
    top20Share: "Peso en ventas del 20 % de clientes principales",
    purchaseFrequency: "Compras por cliente al año",
    tenure: "Antigüedad media (años)",
    belowAverage: "Peso en ventas de clientes bajo el margen % de la cartera",
    negativeMargin: "Clientes con margen negativo",
    retention: "Tasa de retención",
    churn: "Tasa de abandono",
    churnWindow: "Ventana de abandono (meses)",
    churnYear: "Tasa de abandono por año",
    newCustomers: "Clientes nuevos (periodo del CAC)",
    cac: "Coste de adquisición de clientes (CAC)",
    ltv: "LTV medio por cliente (simple)",
    ltvToCac: "LTV:CAC",
    payback: "Recuperación del CAC (meses)",
    conversion: "Tasa de conversión (cierres / leads)",
    leads: "Leads sin compras",
    noMargin: "No hay columna de margen, coste o margen %: asigne una para obtener márgenes.",
    noCustomers: "No hay clientes en los datos.",
    invalidAcquisitionSpend: (acquisitionSpend: number) =>
      `acquisitionSpend es ${acquisitionSpend}: indique el dinero invertido en captar clientes (0 o más).`,
    rowsWithoutAnyPurchase:
      "filas sin ninguna compra: cuentan solo para la conversión, no en el mapa, los segmentos ni los totales",
    closedOfLeads: (closed: number, leads: number) => `${closed} cierres de ${leads} leads`,
    customersWithoutMarginLeftOut: (customersWithoutMargin: number) =>
      `${customersWithoutMargin} clientes sin margen quedan fuera`,
    revenueOfTheCustomers: "Las ventas de los clientes con margen son 0: el margen % no está definido.",
    noRevenueWithMargin: "No hay ventas positivas con margen conocido.",
    topCustomers: (top: number) => `${top} clientes principales`,
    totalRevenueNotPositive: "Las ventas totales no son positivas.",
    reason:
      "No hay columna de pedidos ni transacciones: asigne una columna de pedidos o use líneas de factura.",
    noOrdersRecorded: "No hay pedidos registrados: el ticket promedio no está definido.",
    period: (windowSource: string) => `periodo: ${windowSource}`,
    noFirstPurchaseDates:
      "No hay fechas de primera compra: asigne una columna de primera compra (o cliente desde) o use transacciones.",
    churnLabel: (churn: string, per: string) => `${churn} ${per}`,
    churnPerYear: (perWindow: string, windowMonths: number, per: string) =>
      `= 1 − (1 − ${perWindow})^(12 / ${windowMonths}): el abandono ${per}, por año`,
    churnPerYearIsWindow: (per: string) => `el abandono ${per}: su ventana ya es un año`,
    noChurnObservedAnd:
      "No se observa abandono y no hay tasa de descuento: la vida esperada no tiene límite. Indique una tasa de abandono anual o una tasa de descuento.",
    marginPerCustomerPer: (churn: string, discountRatePerYear: string) =>
      `margen por cliente al año ÷ (abandono ${churn} anual + descuento ${discountRatePerYear})`,
    noFirstPurchaseDatesNew: "No hay fechas de primera compra: no se distinguen los clientes nuevos.",
    spendWithoutFirstPurchaseDates:
      "Hay inversión de captación pero no fechas de primera compra para contar clientes nuevos.",
    noNewCustomersIn:
      "No hay clientes nuevos en el periodo del CAC: el coste por cliente nuevo no está definido.",
    spentNewCustomers: (acquisitionSpend: number, newCustomers: number) =>
      `${acquisitionSpend} invertidos / ${newCustomers} clientes nuevos`,
    averageOfTheAcquisition: (known: number) =>
      `promedio de la columna de coste de adquisición en ${known} clientes`,
    acquisitionCostColumn: "La columna de coste de adquisición no tiene valores utilizables.",
    noAcquisitionSpendAdd:
      "No hay inversión de captación: añada una columna de coste de adquisición o indique la inversión en marketing y ventas del periodo.",
    zeroCac: "El CAC es 0: la razón no tiene límite.",
    meetsTheRule: (target: number) => `cumple la regla de ${target}×`,
    belowTheRuleAcquisition: (target: number) =>
      `por debajo de la regla de ${target}×: captar cuesta demasiado para el valor que dejan los clientes`,
    marginPerCustomerIs: "El margen por cliente no es positivo: el coste de adquisición nunca se recupera.",
  },
  scoreCustomers: {
    simpleLtvNeedsMargins: "El LTV simple necesita márgenes: no hay columna de margen, coste o margen %.",
    simpleLtvNoChurn:
      "LTV simple: no se observa abandono y no hay descuento, la vida esperada no tiene límite.",
    simpleLtvMarginPer: (churn: string, discountRatePerYear: string, source: string) =>
      `LTV simple = margen anual ÷ (abandono ${churn} anual + descuento ${discountRatePerYear}); abandono: ${source}.`,
    probabilityAliveAndPredictive:
      "La probabilidad de seguir activo y el CLV predictivo necesitan transacciones con fechas.",
    customersWithoutAValid: (value: number) =>
      `${value} clientes sin historial de compras válido (p. ej. solo devoluciones) no tienen puntuación predictiva.`,
    tooFewRepeatBuyers: (repeatBuyers: number, minRepeat: number) =>
      `Solo ${repeatBuyers} clientes con compras repetidas (se necesitan al menos ${minRepeat}): no se ajusta el modelo predictivo.`,
    bgNbdNotConverged: "BG/NBD no convergió.",
    modelNotChecked:
      "El modelo no se pudo comprobar con los datos (sin fechas de compra por cliente): no se muestran predicciones.",
    customersBoughtOn: (singleDayHidden: number) =>
      `${singleDayHidden} clientes compraron un solo día: no tienen un ritmo propio, así que su probabilidad de seguir activo queda en blanco.`,
    gammaGammaNotConverged: "Gamma-Gamma no convergió.",
    predictiveClvNeedsMargins:
      "El CLV predictivo necesita márgenes (es gasto esperado × margen %): no hay columna de margen, coste o margen %.",
    predictiveClvBgNbd: (horizonMonths: number, discountRatePerYear: string) =>
      `CLV predictivo: BG/NBD × Gamma-Gamma a ${horizonMonths} meses, descontado al ${discountRatePerYear} anual, × margen %.`,
    atRiskButActive:
      'La probabilidad de seguir activo responde a "¿este cliente sigue comprándonos?"; En riesgo responde a "¿compra menos que antes?". Un cliente puede ser ambas cosas: sigue comprando, pero menos. Una probabilidad alta en un cliente en riesgo es un motivo para llamarle ya, mientras la relación sigue viva.',
  },
};
