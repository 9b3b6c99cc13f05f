/** English texts of insights. The Spanish pack (../es/insights.ts) has the same keys and placeholders. */
export const insights = {
  abruptChanges: {
    currentLabel: (months: number) => `last ${months} months`,
    previousLabel: (months: number) => `the ${months} months before`,
    ownUnit: (months: number) => `per ${months} months`,
    ownUnit2: "per period",
    hasStoppedBuying: (name: string) => `${name}: has stopped buying`,
    sharpDropInPurchases: (name: string) => `${name}: sharp drop in purchases`,
    sharpRiseInPurchases: (name: string) => `${name}: sharp rise in purchases`,
    newBusinessToDevelop: (name: string) => `${name}: new business to develop`,
  },
  actions: {
    actionsLoyalty: "Loyalty: design a specific plan to keep this profitable business",
    actionsOptimise: "Optimise profitability: review commercial conditions and cost to serve",
    actionsDevelop: "Develop: targeted campaign for cross-selling and purchase frequency",
    actionsReengage: "Re-engage: personalised campaign before the customer is lost",
    actionsMaintain: "Maintain: serve at low cost",
    actionsReview: "Review: look into the cause",
    actionsReprice:
      "Reprice, renegotiate or stop: every sale loses money; review prices, discounts and cost to serve, or stop serving",
  },
  crossSellGaps: {
    doesNotBuyWhich: (names: string, categories: string) =>
      `${names}: does not buy ${categories}, which its segment buys`,
  },
  groupDifferences: {
    group: (enValue: string, names: string) => `${enValue} ${names}`,
    growsFasterThanThe: (enValue: string) => `${enValue} grows faster than the portfolio`,
    lagsBehindThePortfolio: (enValue: string) => `${enValue} lags behind the portfolio`,
    isMoreProfitableThan: (enValue: string) => `${enValue} is more profitable than the portfolio`,
    isLessProfitableThan: (enValue: string) => `${enValue} is less profitable than the portfolio`,
    moreCustomersThanThe: (enValue: string, enValue2: string) =>
      `${enValue}: more ${enValue2} customers than the average`,
  },
  negativeMargin: {
    sellsAtALoss: (names: string) => `${names}: sells at a loss`,
  },
  outliers: {
    exceptionallyLargeCustomer: (names: string) => `${names}: exceptionally large customer`,
    exceptionallySmallCustomer: (names: string) => `${names}: exceptionally small customer`,
    unusuallyHighMargin: (names: string) => `${names}: unusually high margin`,
    unusuallyLowMargin: (names: string) => `${names}: unusually low margin`,
  },
  segmentMoves: {
    onTheMapOf: (date: string) => `on the map of ${date}`,
    onThePreviousMap: "on the previous map",
    movedFromTo: (enValue: string, enValue2: string) => `Moved from ${enValue} to ${enValue2}`,
    figure: (enValue: string, enValue2: string, value: string) => `Was ${enValue} ${enValue2}; now ${value}`,
  },
};
