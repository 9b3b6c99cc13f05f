import type { Texts } from "../texts";

/** Spanish texts of insights: the same keys and placeholders as the English pack (../en/insights.ts). */
export const insights: Texts["insights"] = {
  abruptChanges: {
    currentLabel: (months: number) => `últimos ${months} meses`,
    previousLabel: (months: number) => `los ${months} meses anteriores`,
    ownUnit: (months: number) => `cada ${months} meses`,
    ownUnit2: "por periodo",
    hasStoppedBuying: (name: string) => `${name}: ha dejado de comprar`,
    sharpDropInPurchases: (name: string) => `${name}: caída brusca de compras`,
    sharpRiseInPurchases: (name: string) => `${name}: aumento brusco de compras`,
    newBusinessToDevelop: (name: string) => `${name}: negocio nuevo para desarrollar`,
  },
  actions: {
    actionsLoyalty: "Fidelización: diseñar una estrategia específica para conservar este negocio rentable",
    actionsOptimise: "Optimizar rentabilidad: revisar condiciones comerciales y coste de servicio",
    actionsDevelop: "Desarrollar el cliente: campaña específica de venta cruzada y frecuencia de compra",
    actionsReengage: "Reactivación: campaña personalizada antes de perder al cliente",
    actionsMaintain: "Mantener: atender con bajo coste",
    actionsReview: "Revisar: analizar la causa",
    actionsReprice:
      "Revisar precios, renegociar o dejar de servir: cada venta pierde dinero; revise precios, descuentos y coste de servicio, o deje de servir",
  },
  crossSellGaps: {
    doesNotBuyWhich: (names: string, categories: string) =>
      `${names}: no compra ${categories}, que sí compra su segmento`,
  },
  groupDifferences: {
    group: (heading: string, names: string) => `${heading} ${names}`,
    growsFasterThanThe: (group: string) => `${group} crece más que la cartera`,
    lagsBehindThePortfolio: (group: string) => `${group} va por detrás de la cartera`,
    isMoreProfitableThan: (group: string) => `${group} es más rentable que la cartera`,
    isLessProfitableThan: (group: string) => `${group} es menos rentable que la cartera`,
    moreCustomersThanThe: (group: string, name: string) => `${group}: más clientes ${name} que la media`,
  },
  negativeMargin: {
    sellsAtALoss: (names: string) => `${names}: vende a pérdida`,
  },
  outliers: {
    exceptionallyLargeCustomer: (names: string) => `${names}: cliente excepcionalmente grande`,
    exceptionallySmallCustomer: (names: string) => `${names}: cliente excepcionalmente pequeño`,
    unusuallyHighMargin: (names: string) => `${names}: margen inusualmente alto`,
    unusuallyLowMargin: (names: string) => `${names}: margen inusualmente bajo`,
  },
  segmentMoves: {
    onTheMapOf: (date: string) => `en el mapa del ${date}`,
    onThePreviousMap: "en el mapa anterior",
    movedFromTo: (was: string, name: string) => `Pasó de ${was} a ${name}`,
    figure: (was: string, when: string, value: string) => `Era ${was} ${when}; ahora ${value}`,
  },
};
