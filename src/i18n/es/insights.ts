import type { Texts } from "../texts";

/** Spanish texts of insights: the same keys and placeholders as the English pack (../en/insights.ts). */
export const insights: Texts["insights"] = {
  abruptChanges: {
    currentLabel: (months: number) => `últimos ${months} meses`,
    previousLabel: (months: number) => `los ${months} meses anteriores`,
    ownUnit: (months: number) => `cada ${months} meses`,
    perPeriod: "por periodo",
    hasStoppedBuying: (name: string) => `${name}: ha dejado de comprar`,
    sharpDropInPurchases: (name: string) => `${name}: caída brusca de compras`,
    sharpRiseInPurchases: (name: string) => `${name}: aumento brusco de compras`,
    newBusinessToDevelop: (name: string) => `${name}: negocio nuevo para desarrollar`,
    changeVs: (change: string, current: string, previous: string, before: string, now: string) =>
      `ventas ${change} ${current} frente a ${previous} (${before} → ${now})`,
    allNewVs: (current: string, previous: string, before: string, now: string) =>
      `ventas nuevas, ${current} frente a ${previous} (${before} → ${now})`,
    silent: (silentDays: string, usualGap: string, yearly: string) =>
      `sin compras desde hace ${silentDays} (habitualmente cada ${usualGap}); unos ${yearly} al año en juego`,
    silentWithChange: (silentDays: string, usualGap: string, change: string, yearly: string) =>
      `sin compras desde hace ${silentDays} (habitualmente cada ${usualGap}); ${change}; unos ${yearly} al año en juego`,
    changeWithOwn: (change: string, usual: string, unit: string) =>
      `${change}; habitualmente ${usual} ${unit}`,
  },
  actions: {
    actionsReview: "Revisar: analizar la causa",
  },
  crossSellGaps: {
    doesNotBuyWhich: (name: string, category: string) =>
      `${name}: no compra ${category}, que sí compra su segmento`,
    perYear: (money: string) => `${money} al año`,
    /** Follows the title that names the category (`doesNotBuyWhich`), so it does not name it again. */
    notBuying: (share: string, segment: string, typical: string, ratio: string, estimate: string) =>
      `el ${share} de los clientes ${segment} compra esta categoría; quienes la compran gastan una mediana de ${typical}; al tamaño de este cliente (${ratio}× la mediana del segmento) unos ${estimate}`,
    alsoNotBuying: (notBuying: string, others: string) => `${notBuying}; tampoco compra ${others}`,
  },
  groupDifferences: {
    group: (dimension: string, value: string) => `${dimension} ${value}`,
    growsFaster: (group: string) => `${group} crece más que la cartera`,
    lagsBehindThePortfolio: (group: string) => `${group} va por detrás de la cartera`,
    isMoreProfitable: (group: string) => `${group} es más rentable que la cartera`,
    isLessProfitable: (group: string) => `${group} es menos rentable que la cartera`,
    moreCustomers: (group: string, segment: string) => `${group}: más clientes ${segment} que la media`,
    growthFigure: (
      growth: string,
      current: string,
      previous: string,
      portfolioGrowth: string,
      customers: string,
      before: string,
      now: string,
    ) =>
      `ventas ${growth} ${current} frente a ${previous}, cartera ${portfolioGrowth} (${customers} clientes, ${before} → ${now})`,
    marginFigure: (margin: string, portfolioMargin: string, revenue: string, customers: string) =>
      `margen ${margin} frente a ${portfolioMargin} de la cartera con ventas de ${revenue} (${customers} clientes)`,
    liftFigure: (inSegment: string, customers: string, segment: string, lift: string, expected: string) =>
      `${inSegment} de ${customers} clientes son ${segment}, ${lift} veces la media (se esperaban unos ${expected})`,
  },
  negativeMargin: {
    sellsAtALoss: (name: string) => `${name}: vende a pérdida`,
    marginOnRevenue: (margin: string, revenue: string) => `margen ${margin} sobre ventas de ${revenue}`,
    marginOnRevenuePercent: (margin: string, revenue: string, percent: string) =>
      `margen ${margin} sobre ventas de ${revenue} (${percent})`,
  },
  outliers: {
    exceptionallyLargeCustomer: (name: string) => `${name}: cliente excepcionalmente grande`,
    exceptionallySmallCustomer: (name: string) => `${name}: cliente excepcionalmente pequeño`,
    unusuallyHighMargin: (name: string) => `${name}: margen inusualmente alto`,
    unusuallyLowMargin: (name: string) => `${name}: margen inusualmente bajo`,
    revenueFigure: (revenue: string, times: string, medianRevenue: string, z: string) =>
      `ventas ${revenue}, ${times}× el cliente mediano (${medianRevenue}); z robusto ${z}`,
    marginFigure: (margin: string, medianMargin: string, revenue: string, z: string) =>
      `margen ${margin} frente a la mediana ${medianMargin} con ventas de ${revenue}; z robusto ${z}`,
  },
  segmentMoves: {
    onTheMap: (date: string) => `en el mapa del ${date}`,
    onThePreviousMap: "en el mapa anterior",
    movedFromTo: (from: string, to: string) => `Pasó de ${from} a ${to}`,
    figure: (from: string, when: string, why: string) => `Era ${from} ${when}; ahora ${why}`,
  },
};
