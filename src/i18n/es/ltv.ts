import type { Texts } from "../texts";

/** Spanish texts of ltv: the same keys and placeholders as the English pack (../en/ltv.ts). */
export const ltv: Texts["ltv"] = {
  backtest: {
    holdoutFigures: (predicted: string, actual: string) =>
      `previstas ${predicted} compras repetidas, reales ${actual}`,
    weeks: "semanas",
    days: "días",
    backtestOnLastThird: (length: string, unitWords: string) =>
      `Ajustado con todo el historial menos el último tercio y luego puesto a predecir ese último tercio (${length} ${unitWords}) para los clientes que ya conocía.`,
    fittedOnTheHistory: (length: string, unitWords: string) =>
      `Ajustado con el historial hasta el fin de la calibración y luego puesto a predecir las ${length} ${unitWords} siguientes.`,
    tooLittleHistoryTo: (repeatBuyers: number, minRepeat: number) =>
      `Historial insuficiente para comprobar el modelo: ${repeatBuyers} clientes compraron más de una vez antes del último tercio del periodo (se necesitan al menos ${minRepeat}). No se muestran predicciones.`,
    noConfirmedOptimum: "sin óptimo confirmado",
    modelNotChecked: (detail: string) =>
      `El modelo no se pudo comprobar: ajustado con la primera parte del historial no da una respuesta fiable, así que sus probabilidades y valores serían conjeturas (detalle técnico: ${detail}).`,
    tooFewPurchasesIn: (figures: string, minHoldout: number) =>
      `Muy pocas compras en el último tercio del periodo para juzgar el modelo (${figures}; se necesitan al menos ${minHoldout}). No se muestran predicciones.`,
    modelMisfits: (figures: string, off: string, limit: string) =>
      `El modelo no se ajusta a estos datos: en el último tercio del periodo ${figures} (error del ${off}, más del ${limit}). No se muestran la probabilidad de seguir activo ni el CLV previsto.`,
    modelFits: (figures: string, off: string, limit: string) =>
      `El modelo se ajusta a estos datos: en el último tercio del periodo ${figures} (error del ${off}; límite ${limit}).`,
  },
  bgNbd: {
    noRepeatPurchase:
      "Ningún cliente tiene compras repetidas: no se pueden estimar los parámetros de abandono a, b.",
  },
  fitLogParameters: {
    boundaryNote:
      "Un parámetro se fue al límite (los datos apenas lo identifican): no se muestran las predicciones del modelo.",
    fitNotConverged: (count: string) =>
      `El ajuste no convergió dentro de su límite de${count} evaluaciones de la verosimilitud: no se muestran las predicciones del modelo.`,
    optimumNotConfirmed: (toExponential: string) =>
      `El optimizador no confirmó un máximo (norma del gradiente ${toExponential}): no se muestran las predicciones del modelo.`,
  },
  gammaGamma: {
    frequencyOfCustomerIs: (value: number, x: number) =>
      `la frecuencia del cliente ${value} es ${x}: debe ser un número de compras repetidas (0 o más).`,
    tooFewRepeatSpenders: (used: string) =>
      `Solo ${used} tienen compras repetidas con gasto positivo: el modelo de gasto necesita al menos 2 (mejor 30 o más).`,
    spendParameterAtBoundary:
      "Un parámetro de gasto se fue al límite (el gasto apenas varía entre clientes): use las predicciones con cautela.",
    spendNeedsPositive: (value: number, frequency: number, meanSpend: number) =>
      `el cliente ${value} tiene frecuencia ${frequency} y gasto medio ${meanSpend}: la verosimilitud del gasto necesita ambos positivos.`,
  },
  paretoNbd: {
    noRepeatPurchase:
      "Ningún cliente tiene compras repetidas: no se pueden distinguir las tasas de compra y de abandono.",
  },
  predictiveClv: {
    clvHorizonIs: (horizon: number, horizonUnit: string) =>
      `El horizonte del CLV es ${horizon} ${horizonUnit}: debe ser un número mayor que 0.`,
    discountRateIs: (discountRatePerYear: number) =>
      `La tasa de descuento es ${discountRatePerYear}: indique una tasa anual de 0 o más como fracción (0,1 = 10 %).`,
    ofCustomer: (value: number) => ` del cliente ${value}`,
    noCustomer: "",
    invalidMargin: (who: string, marginPercent: number) =>
      `El margen${who} es ${marginPercent}: debe ser una fracción entre -1 y 1 (−100 % a 100 %; 0,3 = 30 %).`,
  },
  simpleLtv: {
    marginPerPeriod: (marginPerPeriod: number) =>
      `El margen por periodo es ${marginPerPeriod}: debe ser un número (se admiten negativos).`,
    retentionRateIs: (r: number) =>
      `La tasa de retención es ${r}: debe ser una fracción desde 0 hasta 1 (sin incluirlo), p. ej. 0,8 = 80 %.`,
    discountRatePer: (d: number) =>
      `La tasa de descuento por periodo es ${d}: indique 0 o más como fracción (0,1 = 10 %).`,
    churnRateIs: (churnRatePerYear: number) =>
      `La tasa de abandono es ${churnRatePerYear}: debe ser una fracción anual mayor que 0 y como máximo 1 (0,2 = 20 % perdidos al año).`,
    mustNotBeNegative: (label: string, value: number) =>
      `${label} es ${value}: debe ser un número mayor o igual que 0.`,
    averageTicket: "El ticket medio",
    purchasesPerYear: "Las compras por año",
  },
  validateInputs: {
    inputLengthsDiffer: (name: string, count: number, first: string, expected: number) =>
      `${name} tiene ${count} valores pero ${first} tiene ${expected}: indique un valor por cliente en cada entrada.`,
    noCustomersToFit: "No hay clientes con los que ajustar el modelo: las entradas están vacías.",
    frequencyOfCustomerIs: (value: number, frequency: number) =>
      `la frecuencia del cliente ${value} es ${frequency}: debe ser un número de compras repetidas (0 o más).`,
    ageTOfCustomer: (value: number, age: number) =>
      `la antigüedad (T) del cliente ${value} es ${age}: debe ser el tiempo desde la primera compra, mayor que 0.`,
    recencyOfCustomerIs: (value: number, recency: number, age: number) =>
      `la recencia del cliente ${value} es ${recency} con antigüedad ${age}: debe estar entre 0 y la antigüedad (misma unidad de tiempo).`,
    recencyWithoutRepeat: (value: number, recency: number) =>
      `el cliente ${value} tiene frecuencia 0 pero recencia ${recency}: sin compras repetidas la recencia debe ser 0.`,
    notPositive: (name: string, value: number) => `${name} es ${value}: debe ser un número mayor que 0.`,
  },
};
