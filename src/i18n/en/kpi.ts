/** English texts of kpi. The Spanish pack (../es/kpi.ts) has the same keys and placeholders. */
export const kpi = {
  conversionRate: {
    unavailableReason:
      "No lead status data: add a lead status column (lead, won, lost...) to measure conversion.",
  },
  customerTrend: {
    currentLabel: "this period",
    previousLabel: "previous period",
  },
  kpiBuilders: {
    couldNotBeComputed: "Could not be computed from this data.",
  },
  portfolioKpis: {
    customers: "Customers",
    grossMargin: "Gross margin",
    top20Share: "Revenue share of the top 20 % of customers",
    purchaseFrequency: "Purchases per customer per year",
    tenure: "Average tenure (years)",
    belowAverage: "Revenue share of customers below the portfolio margin %",
    negativeMargin: "Loss-making customers",
    retention: "Retention rate",
    churn: "Churn rate",
    churnWindow: "Churn window (months)",
    churnYear: "Churn rate per year",
    newCustomers: "New customers (CAC period)",
    cac: "Customer acquisition cost (CAC)",
    ltv: "Average customer LTV (simple)",
    ltvToCac: "LTV:CAC",
    payback: "CAC payback (months)",
    conversion: "Conversion rate (closed / leads)",
    leads: "Leads without a purchase",
    noMargin: "No margin, cost or margin % column: map one to get margins.",
    noCustomers: "There are no customers in the data.",
    invalidAcquisitionSpend: (acquisitionSpend: number) =>
      `acquisitionSpend is ${acquisitionSpend}: give the money spent on acquiring customers (0 or more).`,
    rowsWithoutAnyPurchase:
      "rows without any purchase: counted for conversion only, not on the map, in segments or totals",
    closedOfLeads: (closed: number, leads: number) => `${closed} closed of ${leads} leads`,
    customersWithoutMarginLeftOut: (customersWithoutMargin: number) =>
      `${customersWithoutMargin} customers without margin are left out`,
    revenueOfTheCustomers: "Revenue of the customers with margin is 0: margin % is undefined.",
    noRevenueWithMargin: "No positive revenue with a known margin.",
    topCustomers: (top: number) => `top ${top} customers`,
    totalRevenueNotPositive: "Total revenue is not positive.",
    reason: "No orders column and no transactions: map an orders column or use invoice lines.",
    noOrdersRecorded: "No orders recorded: the average ticket is undefined.",
    period: (windowSource: string) => `period: ${windowSource}`,
    noFirstPurchaseDates:
      "No first-purchase dates: map a first purchase (or customer since) column, or use transactions.",
    churnLabel: (churn: string, per: string) => `${churn} ${per}`,
    churnPerYear: (perWindow: string, windowMonths: number, per: string) =>
      `= 1 − (1 − ${perWindow})^(12 / ${windowMonths}): the churn ${per}, per year`,
    churnPerYearIsWindow: (per: string) => `the churn ${per}: its window is already one year`,
    noChurnObservedAnd:
      "No churn observed and no discount rate: the expected lifetime is unbounded. Give a yearly churn rate or a discount rate.",
    marginPerCustomerPer: (churn: string, discountRatePerYear: string) =>
      `margin per customer per year ÷ (churn ${churn} a year + discount ${discountRatePerYear})`,
    noFirstPurchaseDatesNew: "No first-purchase dates: new customers cannot be told apart.",
    spendWithoutFirstPurchaseDates:
      "Acquisition spend given but no first-purchase dates to count new customers.",
    noNewCustomersIn: "No new customers in the CAC period: the cost per new customer is undefined.",
    spentNewCustomers: (acquisitionSpend: number, newCustomers: number) =>
      `${acquisitionSpend} spent / ${newCustomers} new customers`,
    averageOfTheAcquisition: (known: number) =>
      `average of the acquisition cost column over ${known} customers`,
    acquisitionCostColumn: "The acquisition cost column has no usable values.",
    noAcquisitionSpendAdd:
      "No acquisition spend: add an acquisition cost column or give the marketing and sales spend of the period.",
    zeroCac: "CAC is 0: the ratio is unbounded.",
    meetsTheRule: (target: number) => `meets the ${target}× rule`,
    belowTheRuleAcquisition: (target: number) =>
      `below the ${target}× rule: acquisition costs too much for the value customers bring`,
    marginPerCustomerIs: "Margin per customer is not positive: the acquisition cost is never paid back.",
  },
  scoreCustomers: {
    simpleLtvNeedsMargins: "Simple LTV needs margins: no margin, cost or margin % column.",
    simpleLtvNoChurn: "Simple LTV: no churn observed and no discount rate, the lifetime is unbounded.",
    simpleLtvMarginPer: (churn: string, discountRatePerYear: string, source: string) =>
      `Simple LTV = margin per year ÷ (churn ${churn} a year + discount ${discountRatePerYear}); churn: ${source}.`,
    probabilityAliveAndPredictive: "Probability alive and predictive CLV need transactions with dates.",
    customersWithoutAValid: (value: number) =>
      `${value} customers without a valid purchase history (e.g. only returns) have no predictive score.`,
    tooFewRepeatBuyers: (repeatBuyers: number, minRepeat: number) =>
      `Only ${repeatBuyers} repeat buyers (at least ${minRepeat} needed): no predictive model fitted.`,
    bgNbdNotConverged: "BG/NBD did not converge.",
    modelNotChecked:
      "The model could not be checked against the data (no purchase dates per customer): predictions are not shown.",
    customersBoughtOn: (singleDayHidden: number) =>
      `${singleDayHidden} customers bought on a single day only: they have no rhythm of their own, so their probability of being active is left blank.`,
    gammaGammaNotConverged: "Gamma-Gamma did not converge.",
    predictiveClvNeedsMargins:
      "Predictive CLV needs margins (it is expected spend × margin %): no margin, cost or margin % column.",
    predictiveClvBgNbd: (horizonMonths: number, discountRatePerYear: string) =>
      `Predictive CLV: BG/NBD × Gamma-Gamma over ${horizonMonths} months, discounted at ${discountRatePerYear} a year, × margin %.`,
    atRiskButActive:
      'Probability active answers "does this customer still buy from us at all?"; At risk answers "is the customer buying less than before?". A customer can be both: still buying, but less. Read a high probability on an at-risk customer as a reason to call now, while the relationship is alive.',
  },
};
