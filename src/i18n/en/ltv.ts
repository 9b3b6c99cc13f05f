/** English texts of ltv. The Spanish pack (../es/ltv.ts) has the same keys and placeholders. */
export const ltv = {
  backtest: {
    holdoutFigures: (predicted: string, actual: string) =>
      `predicted ${predicted} repeat purchases, actual ${actual}`,
    weeks: "weeks",
    days: "days",
    backtestOnLastThird: (length: string, unitWords: string) =>
      `Fitted on all but the last third of the history, then asked to predict that last third (${length} ${unitWords}) for the customers it had seen.`,
    fittedOnTheHistory: (length: string, unitWords: string) =>
      `Fitted on the history up to the calibration end, then asked to predict the following ${length} ${unitWords}.`,
    tooLittleHistoryTo: (repeatBuyers: number, minRepeat: number) =>
      `Too little history to check the model: ${repeatBuyers} customers bought more than once before the last third of the period (at least ${minRepeat} needed). Predictions are not shown.`,
    noConfirmedOptimum: "no confirmed optimum",
    modelNotChecked: (detail: string) =>
      `The model could not be checked: fitted on the first part of the history it finds no reliable answer, so its probabilities and values would be guesses (technical detail: ${detail}).`,
    tooFewPurchasesIn: (figures: string, minHoldout: number) =>
      `Too few purchases in the last third of the period to judge the model (${figures}; at least ${minHoldout} needed). Predictions are not shown.`,
    modelMisfits: (figures: string, off: string, limit: string) =>
      `The model does not suit this data: on the last third of the period it ${figures} (off by ${off}, more than ${limit}). Probability active and predicted CLV are not shown.`,
    modelFits: (figures: string, off: string, limit: string) =>
      `The model suits this data: on the last third of the period it ${figures} (off by ${off}; limit ${limit}).`,
  },
  bgNbd: {
    noRepeatPurchase: "No customer has a repeat purchase: the drop-out parameters a, b cannot be estimated.",
  },
  fitLogParameters: {
    boundaryNote:
      "A parameter ran off to a boundary (the data barely identify it): the model's predictions are not shown.",
    fitNotConverged: (count: string) =>
      `The fit did not converge within its budget of${count} likelihood evaluations: the model's predictions are not shown.`,
    optimumNotConfirmed: (toExponential: string) =>
      `The optimiser did not confirm a maximum (gradient norm ${toExponential}): the model's predictions are not shown.`,
  },
  gammaGamma: {
    frequencyOfCustomerIs: (value: number, x: number) =>
      `frequency of customer ${value} is ${x}: it must be a count of repeat purchases (0 or more).`,
    tooFewRepeatSpenders: (used: string) =>
      `Only ${used} have repeat purchases with positive spend: the spend model needs at least 2 (better 30+).`,
    spendParameterAtBoundary:
      "A spend parameter ran off to a boundary (spend barely varies between customers): treat predictions with care.",
    spendNeedsPositive: (value: number, frequency: number, meanSpend: number) =>
      `customer ${value} has frequency ${frequency} and mean spend ${meanSpend}: the spend likelihood needs both positive.`,
  },
  paretoNbd: {
    noRepeatPurchase:
      "No customer has a repeat purchase: the purchase and drop-out rates cannot be told apart.",
  },
  predictiveClv: {
    clvHorizonIs: (horizon: number, horizonUnit: string) =>
      `The CLV horizon is ${horizon} ${horizonUnit}: it must be a number greater than 0.`,
    discountRateIs: (discountRatePerYear: number) =>
      `The discount rate is ${discountRatePerYear}: give a yearly rate of 0 or more as a fraction (0.1 = 10 %).`,
    ofCustomer: (value: number) => ` of customer ${value}`,
    noCustomer: "",
    invalidMargin: (who: string, marginPercent: number) =>
      `The margin${who} is ${marginPercent}: it must be a fraction between -1 and 1 (−100 % to 100 %; 0.3 = 30 %).`,
  },
  simpleLtv: {
    marginPerPeriod: (marginPerPeriod: number) =>
      `The margin per period is ${marginPerPeriod}: it must be a number (negative allowed).`,
    retentionRateIs: (r: number) =>
      `The retention rate is ${r}: it must be a fraction from 0 up to (not including) 1, e.g. 0.8 = 80 %.`,
    discountRatePer: (d: number) =>
      `The discount rate per period is ${d}: give 0 or more as a fraction (0.1 = 10 %).`,
    churnRateIs: (churnRatePerYear: number) =>
      `The churn rate is ${churnRatePerYear}: it must be a yearly fraction above 0 and at most 1 (0.2 = 20 % lost per year).`,
    mustNotBeNegative: (label: string, value: number) =>
      `${label} is ${value}: it must be a number of 0 or more.`,
    averageTicket: "The average ticket",
    purchasesPerYear: "The purchases per year",
  },
  validateInputs: {
    inputLengthsDiffer: (name: string, count: number, first: string, expected: number) =>
      `${name} has ${count} entries but ${first} has ${expected}: give one entry per customer in every input.`,
    noCustomersToFit: "No customers to fit the model on: the inputs are empty.",
    frequencyOfCustomerIs: (value: number, frequency: number) =>
      `frequency of customer ${value} is ${frequency}: it must be a count of repeat purchases (0 or more).`,
    ageTOfCustomer: (value: number, age: number) =>
      `age (T) of customer ${value} is ${age}: it must be the time since the first purchase, greater than 0.`,
    recencyOfCustomerIs: (value: number, recency: number, age: number) =>
      `recency of customer ${value} is ${recency} with age ${age}: it must be between 0 and the age (same time unit).`,
    recencyWithoutRepeat: (value: number, recency: number) =>
      `customer ${value} has frequency 0 but recency ${recency}: with no repeat purchase the recency must be 0.`,
    notPositive: (name: string, value: number) => `${name} is ${value}: it must be a number greater than 0.`,
  },
};
