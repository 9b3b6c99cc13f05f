/** English texts of insights. The Spanish pack (../es/insights.ts) has the same keys and placeholders. */
export const insights = {
  abruptChanges: {
    currentLabel: (months: number) => `last ${months} months`,
    previousLabel: (months: number) => `the ${months} months before`,
    ownUnit: (months: number) => `per ${months} months`,
    perPeriod: "per period",
    hasStoppedBuying: (name: string) => `${name}: has stopped buying`,
    sharpDropInPurchases: (name: string) => `${name}: sharp drop in purchases`,
    sharpRiseInPurchases: (name: string) => `${name}: sharp rise in purchases`,
    newBusinessToDevelop: (name: string) => `${name}: new business to develop`,
    /** The change between the two windows: "revenue +78% last 12 months vs the 12 months before (€1,000 → €1,780)". */
    changeVs: (change: string, current: string, previous: string, before: string, now: string) =>
      `revenue ${change} ${current} vs ${previous} (${before} → ${now})`,
    /** The same when the customer bought nothing in the previous window. */
    allNewVs: (current: string, previous: string, before: string, now: string) =>
      `all new revenue, ${current} vs ${previous} (${before} → ${now})`,
    /** A silent customer, when there are no windows to compare. */
    silent: (silentDays: string, usualGap: string, yearly: string) =>
      `no purchase for ${silentDays} (usually every ${usualGap}); about ${yearly} a year at stake`,
    /** A silent customer, with the change between the windows (`changeVs` or `allNewVs`). */
    silentWithChange: (silentDays: string, usualGap: string, change: string, yearly: string) =>
      `no purchase for ${silentDays} (usually every ${usualGap}); ${change}; about ${yearly} a year at stake`,
    /** A drop or jump (`changeVs` or `allNewVs`) against the customer's own typical level. */
    changeWithOwn: (change: string, usual: string, unit: string) => `${change}; usually ${usual} ${unit}`,
  },
  actions: {
    actionsReview: "Review: look into the cause",
  },
  crossSellGaps: {
    doesNotBuyWhich: (name: string, category: string) =>
      `${name}: does not buy ${category}, which its segment buys`,
    /** An amount scaled to a year ("€1,200 a year"), when the data covers more than a year. */
    perYear: (money: string) => `${money} a year`,
    /**
     * `typical` and `estimate` are amounts, or `perYear` amounts. It follows the title that names the category
     * (`doesNotBuyWhich`), so it does not name it again.
     */
    notBuying: (share: string, segment: string, typical: string, ratio: string, estimate: string) =>
      `${share} of ${segment} customers buy this category; its buyers spend a median ${typical} on it; at this customer's size (${ratio}× the segment median) about ${estimate}`,
    /** `notBuying` followed by the other categories the segment buys and the customer does not. */
    alsoNotBuying: (notBuying: string, others: string) => `${notBuying}; also not buying ${others}`,
  },
  groupDifferences: {
    group: (dimension: string, value: string) => `${dimension} ${value}`,
    growsFaster: (group: string) => `${group} grows faster than the portfolio`,
    lagsBehindThePortfolio: (group: string) => `${group} lags behind the portfolio`,
    isMoreProfitable: (group: string) => `${group} is more profitable than the portfolio`,
    isLessProfitable: (group: string) => `${group} is less profitable than the portfolio`,
    moreCustomers: (group: string, segment: string) => `${group}: more ${segment} customers than the average`,
    growthFigure: (
      growth: string,
      current: string,
      previous: string,
      portfolioGrowth: string,
      customers: string,
      before: string,
      now: string,
    ) =>
      `revenue ${growth} ${current} vs ${previous}, portfolio ${portfolioGrowth} (${customers} customers, ${before} → ${now})`,
    marginFigure: (margin: string, portfolioMargin: string, revenue: string, customers: string) =>
      `margin ${margin} vs portfolio ${portfolioMargin} on revenue ${revenue} (${customers} customers)`,
    liftFigure: (inSegment: string, customers: string, segment: string, lift: string, expected: string) =>
      `${inSegment} of ${customers} customers are ${segment}, ${lift} times the average (about ${expected} expected)`,
  },
  negativeMargin: {
    sellsAtALoss: (name: string) => `${name}: sells at a loss`,
    marginOnRevenue: (margin: string, revenue: string) => `margin ${margin} on revenue ${revenue}`,
    marginOnRevenuePercent: (margin: string, revenue: string, percent: string) =>
      `margin ${margin} on revenue ${revenue} (${percent})`,
  },
  outliers: {
    exceptionallyLargeCustomer: (name: string) => `${name}: exceptionally large customer`,
    exceptionallySmallCustomer: (name: string) => `${name}: exceptionally small customer`,
    unusuallyHighMargin: (name: string) => `${name}: unusually high margin`,
    unusuallyLowMargin: (name: string) => `${name}: unusually low margin`,
    revenueFigure: (revenue: string, times: string, medianRevenue: string, z: string) =>
      `revenue ${revenue}, ${times}× the median customer (${medianRevenue}); robust z ${z}`,
    marginFigure: (margin: string, medianMargin: string, revenue: string, z: string) =>
      `margin ${margin} vs median ${medianMargin} on revenue ${revenue}; robust z ${z}`,
  },
  segmentMoves: {
    onTheMap: (date: string) => `on the map of ${date}`,
    onThePreviousMap: "on the previous map",
    movedFromTo: (from: string, to: string) => `Moved from ${from} to ${to}`,
    figure: (from: string, when: string, why: string) => `Was ${from} ${when}; now ${why}`,
  },
};
