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
    group: (heading: string, names: string) => `${heading} ${names}`,
    growsFasterThanThe: (group: string) => `${group} grows faster than the portfolio`,
    lagsBehindThePortfolio: (group: string) => `${group} lags behind the portfolio`,
    isMoreProfitableThan: (group: string) => `${group} is more profitable than the portfolio`,
    isLessProfitableThan: (group: string) => `${group} is less profitable than the portfolio`,
    moreCustomersThanThe: (group: string, name: string) =>
      `${group}: more ${name} customers than the average`,
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
    movedFromTo: (was: string, name: string) => `Moved from ${was} to ${name}`,
    figure: (was: string, when: string, value: string) => `Was ${was} ${when}; now ${value}`,
  },
};
