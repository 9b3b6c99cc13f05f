/** English texts of segment. The Spanish pack (../es/segment.ts) has the same keys and placeholders. */
export const segment = {
  abc: {
    aTopRevenue: "A · top revenue",
    aAction: "Key accounts: dedicated attention and loyalty.",
    bMiddle: "B · middle",
    bAction: "Develop: grow them towards A.",
    cLongTail: "C · long tail",
    cAction: "Serve at low cost; standard conditions.",
    aShareLabel: "A: customers making the first … of revenue",
    aShareDefault: "default: 80 % (Pareto)",
    bShareLabel: "B: up to … of revenue (cumulative)",
    bShareDefault: "default: 95 % (the next 15 %)",
    abcCutPointsMust: (aShare: string, bShare: string) =>
      `ABC cut points must satisfy 0 < A ≤ B ≤ 100 % (got A = ${aShare}, B = ${bShare}).`,
    noPositiveRevenue: (segment: string, revenue: string) => `${segment}: no positive revenue (${revenue}).`,
    rankedReason: (
      segment: string,
      revenue: string,
      rank: string,
      shareAbove: string,
      aCut: string,
      bCut: string,
      cumulative: string,
    ) =>
      `${segment}: revenue ${revenue}, rank ${rank}; customers ranked above make ${shareAbove} of revenue (A below ${aCut}, B below ${bCut}); cumulative ${cumulative}.`,
    noCustomerHasPositive: "No customer has positive revenue: everyone is class C.",
    header: "Cumulative revenue share",
    abcMethodLabel: "ABC / Pareto",
    abcMethodDescription: "A: first 80 % of revenue, B: next 15 %, C: the rest.",
    abcMethodArgument: "abc",
  },
  actionRules: {
    negativeMargin: "margin below 0, whatever the value or the trend",
    highValueLowMargin: "high value, low margin, whatever the trend",
    decliningOrSilent: "declining or silent",
    growingAndNotAlready: "growing, and not already high value with high (or unknown) margin",
    highValueHighMargin: "high value, high margin",
    highValueMarginUnknown: "high value, margin unknown",
    lowValueHighMargin: "low value, high margin",
    lowValueLowMargin: "low value, low margin, stable",
    lowValueMarginUnknown: "low value, margin unknown, stable",
  },
  clusterFeatures: {
    revenue: "Revenue",
    high: "High value",
    low: "Low value",
    margin: "Margin %",
    highMargin: "High margin",
    lowMargin: "Low margin",
    revenueChange: "Revenue change",
    growing: "Growing",
    declining: "Declining",
    daysSinceLastPurchase: "Days since last purchase",
    longSilence: "Long silence",
    recentBuyers: "Recent buyers",
    purchases: "Purchases",
    frequent: "Frequent",
    infrequent: "Infrequent",
    daysSinceFirstPurchase: "Days since first purchase",
    longStanding: "Long-standing",
    newer: "Newer",
    onlineShare: "Online share",
    digital: "Digital",
    offline: "Offline",
    costToServe: "Cost to serve",
    highCostToServe: "High cost to serve",
    lowCostToServe: "Low cost to serve",
    acquisitionSpend: "Acquisition spend",
    highAcquisitionCost: "High acquisition cost",
    lowAcquisitionCost: "Low acquisition cost",
    referrals: "Referrals",
    refersOthers: "Refers others",
    fewReferrals: "Few referrals",
    npsScore: "NPS score",
    promoters: "Promoters",
    detractors: "Detractors",
    shareOfWallet: "Share of wallet",
    highShareOfWallet: "High share of wallet",
    lowShareOfWallet: "Low share of wallet",
  },
  clusters: {
    numberOfClusters: (n: number, givenK: number) =>
      `The number of clusters must be a whole number from 1 to the number of customers (${n}); got ${givenK}.`,
    tooLittleVariation:
      "There is not enough variation (fewer than 2 customers or no varying numeric field): all customers form one cluster.",
    emptyClustersDropped: (length: string, k: number, count: string) =>
      `Only ${length} for k = ${k}: ${count} dropped.`,
    header: "Distance to cluster centre",
    sameProfileOneCluster: "All sampled customers have the same profile: one cluster.",
    noClearGroupsIn: (m: number, kMax: number, maxShare: string, minSilhouette: string, list: string) =>
      `No clear groups in this data: every split of ${m} sampled customers into 2 to ${kMax} groups left one group with more than ${maxShare} of them, repeated profiles or a silhouette below ${minSilhouette} (silhouette, largest group: ${list}). Use the portfolio map or RFM to decide actions.`,
    kChosenAutomatically: (k: number, m: number, maxShare: string, list: string) =>
      `k = ${k} chosen automatically: the highest mean silhouette on a sample of ${m} customers among the splits whose largest group holds at most ${maxShare} and whose groups all differ (silhouette, largest group: ${list}).`,
    /** One tried k in the lists above: its silhouette and the share of its largest group. */
    trial: (k: number, silhouette: string, largestShare: string) => `k=${k}: ${silhouette}, ${largestShare}`,
    trialRepeatedProfiles: (k: number, silhouette: string, largestShare: string) =>
      `k=${k}: ${silhouette}, ${largestShare}, repeated profiles`,
    fewDistinctProfiles: (distinctRows: string, value: number) =>
      `Only ${distinctRows} in the sample: k was tried up to ${value}.`,
    noClearGroupsName: "No clear groups in this data",
    noClearGroupsAction:
      "No group-specific action: customers do not fall into distinct groups here; decide actions with the portfolio map (value × margin) or RFM.",
    protectedRequestedButEmpty: (list: string) =>
      `Protected attributes (${list}) were requested, but the data keep no values for them (only their headers), so none entered the clustering.`,
    protectedLeftOut: (list: string) =>
      `Protected attributes (${list}) were not used for clustering, to avoid discrimination.`,
    clusteredOn: (features: string) =>
      `Clustered on ${features} (skewed money and counts log-transformed; each scaled by median and interquartile range).`,
    constantFeaturesLeftOut: (dropped: string) =>
      `Left out because every customer has the same value: ${dropped}.`,
    medianForMissing: (feature: string, customers: string) =>
      `${feature} is missing for ${customers}; the median was used for them.`,
    typicalProfile: "Typical profile",
    /** A cluster name repeated (only with a k fixed by the user): its number among those of that name. */
    numberedName: (name: string, seen: number) => `${name} (${seen})`,
    /** `values`: the customer's raw value of each feature ("Revenue €1,234; margin % 25.0%"). */
    centreReason: (cluster: string, distance: string, values: string) =>
      `${cluster}: cluster centre at distance ${distance} in scaled units. ${values}.`,
    centreAndNextReason: (
      cluster: string,
      distance: string,
      next: string,
      nextDistance: string,
      values: string,
    ) =>
      `${cluster}: cluster centre at distance ${distance} in scaled units; next closest: ${next} at ${nextDistance}. ${values}.`,
    clustersMethodLabel: "Clusters (k-means)",
    clustersMethodName: "Clusters",
    clustersMethodDescription: "Groups of similar customers found by k-means.",
    clustersMethodArgument: "clusters",
  },
  crossTabulate: {
    crossTabSpecialValues: "(blank)",
    other: "(other)",
  },
  lifecycle: {
    customerLadderNeeds:
      "The customer ladder needs the number of purchases per customer. Map a column to “Orders”, or use transaction data.",
    inactiveAfterSilence: "Inactive after silence of (× own gap)",
    inactiveMinimumSilenceDays: "Inactive: minimum silence (days)",
    inactiveWithoutRhythmAfter: "Inactive without rhythm after (days)",
    lostMultipleLabel: "Lost after silence of (× own gap)",
    lostDaysLabel: "Lost after silence of (days)",
    newFirstPurchaseWithin: "New: first purchase within (days)",
    habitualFromPurchasesPer: "Habitual from (purchases per year)",
    exclusiveFromShare: "Exclusive from share of wallet",
    evangelistFromReferrals: "Evangelist from referrals",
    evangelistFromNpsScore: "Evangelist from NPS score",
    noShareOfWallet: "No share-of-wallet data: the Exclusive step is left out.",
    noReferralOrNps: "No referral or NPS data: the Evangelist step is left out.",
    noLastPurchaseDates: "No last-purchase dates: Inactive and Lost cannot be detected.",
    noFirstPurchaseDates:
      "No first-purchase dates: New cannot be detected and Habitual is judged on the number of purchases.",
    withoutAnOrderCount: (assumedPurchases: string) =>
      `${assumedPurchases} without an order count: one purchase assumed when they have revenue or a purchase date, none otherwise.`,
    header: "Purchases",
    lifecycleMethodLabel: "Customer lifecycle ladder",
    lifecycleMethodName: "Lifecycle",
    lifecycleMethodDescription: "Customer-type ladder: new, occasional, habitual, lost…",
    lifecycleMethodArgument: "lifecycle",
    /** The steps of the ladder, by segment id: name and action. */
    steps: {
      potential: { name: "Potential", action: "Convert: qualify the lead and make a first offer." },
      new: { name: "New", action: "Onboard: make the first experience good and plan the second purchase." },
      buyer: { name: "Buyer", action: "Bring them back for a second purchase." },
      occasional: { name: "Occasional", action: "Develop: raise frequency, become their main supplier." },
      habitual: { name: "Habitual", action: "Win a larger share of their purchases; cross-sell." },
      exclusive: { name: "Exclusive", action: "Loyalty: protect the relationship; ask for referrals." },
      evangelist: {
        name: "Evangelist",
        action: "Look after them: information, arguments and help to bring new customers.",
      },
      inactive: { name: "Inactive", action: "Re-engagement: contact them before they are lost." },
      lost: { name: "Lost", action: "Win-back campaign, or serve at low cost." },
    },
    /** The default of each threshold, as the thresholds table shows it. */
    defaults: {
      inactiveMultiple: "default: 3 × own rhythm (mean gap), the map's silence",
      inactiveMinDays: "default: 30 days",
      inactiveDays: "default: 180 days",
      lostMultiple: "default: 6 × own rhythm (mean gap)",
      lostDays: "default: 365 days",
      newDays: "default: 90 days",
      habitualPerYear: "default: 4 purchases a year (quarterly)",
      exclusiveShare: "default: 90 %",
      evangelistReferrals: "default: 1 referral",
      evangelistNps: "default: 9 (promoter)",
    },
    /** A customer's reason: the step, the rule that placed them there, then their purchases. */
    reason: (step: string, rule: string, purchases: string) => `${step}: ${rule}. Purchases ${purchases}.`,
    reasonWithSilence: (step: string, rule: string, purchases: string, silence: string) =>
      `${step}: ${rule}. Purchases ${purchases}; last purchase ${silence} ago.`,
    /** The rules, as they read inside a reason. */
    rules: {
      potential: "no purchase yet",
      lostLead: "lead marked as lost, never bought",
      lost: (silence: string, limit: string, rhythm: string, lostMultiple: string, lostDays: string) =>
        `no purchase for ${silence}, more than ${limit} (${rhythm}; lost at ${lostMultiple} × gap or ${lostDays})`,
      inactive: (silence: string, limit: string, rhythm: string) =>
        `no purchase for ${silence}, more than ${limit} (${rhythm})`,
      new: (tenure: string, newDays: string) => `first purchase ${tenure} ago (new within ${newDays})`,
      buyer: "one purchase",
      evangelist: (referrals: string, nps: string, minReferrals: string, minNps: string) =>
        `repeat customer who recommends us (referrals ${referrals}, NPS ${nps}; from ${minReferrals} or NPS ${minNps})`,
      exclusive: (wallet: string, minShare: string) =>
        `share of wallet ${wallet} (exclusive from ${minShare})`,
      purchases: (purchases: string, habitualFrom: string) =>
        `${purchases} purchases (habitual from ${habitualFrom})`,
      habitual: (perYear: string, habitualFrom: string) =>
        `${perYear} purchases a year (habitual from ${habitualFrom})`,
      occasional: (perYear: string, habitualFrom: string) =>
        `repeat buyer, ${perYear} purchases a year (habitual from ${habitualFrom})`,
      noRhythm: "no buying rhythm yet",
      ownGap: (gap: string) => `own gap ${gap}`,
    },
  },
  methodRegistry: {
    methodNameTaken: (id: string, clash: string) =>
      `Cannot register the method "${id}": the name "${clash}" is taken.`,
    invalidMethodId: (id: string) =>
      `Cannot register the method "${id}": its id must be lowercase letters, digits and hyphens.`,
    unknownSegmentationMethodUse: (id: string, methods: string) =>
      `Unknown segmentation method "${id}". Use ${methods}.`,
  },
  portfolioMap: {
    strategicVip: "Strategic / VIP",
    strategicVipAction:
      "Loyalty: long-term loyalty and growth plans to keep a stable, satisfying relationship.",
    highVolumeLowMargin: "High volume, low margin",
    highVolumeLowMarginAction:
      "Optimise profitability: review processes and renegotiate commercial conditions.",
    lowVolumeHighMargin: "Low volume, high margin",
    lowVolumeHighMarginAction: "Develop: cross-sell and raise purchase frequency.",
    growthPotential: "Growth potential",
    developTheCustomerTargeted: "Develop the customer: targeted campaigns for their potential.",
    atRisk: "At risk",
    reEngagementPersonalisedRetentionCampaigns:
      "Re-engagement: personalised retention campaigns to win back their interest.",
    maintain: "Maintain",
    maintainServeAtLow: "Maintain: serve at low cost (standard conditions, digital channels).",
    lossMaking: "Loss-making",
    repriceRenegotiateOrStop:
      "Reprice, renegotiate or stop: every sale loses money; review prices, discounts and cost to serve, or stop serving.",
    highValue: "High value",
    loyaltyKeepThisBusiness:
      "Loyalty: keep this business with a long-term plan; add margin or cost data to tell profitable from unprofitable.",
    lowValue: "Low value",
    shareOfRevenueMade: "Share of revenue made by high-value customers",
    defaultTheCustomersMaking: "default: the customers making 80 % of revenue are high value",
    minimumRevenue: "Minimum revenue of a high-value customer",
    revenueOfTheLast: (valueShare: string) =>
      `revenue of the last customer within the first ${valueShare} of revenue`,
    minimumMargin: "Minimum margin % of a high-margin customer",
    revenueWeightedAverageMargin: "revenue-weighted average margin % of the portfolio",
    andBeyondTheNormal: ", and beyond the normal ups and downs of the customer's purchases",
    noClearChanceClause: "",
    revenueGrowthThatCounts: "Revenue growth that counts as growing",
    growthMinDefault: (defaultTrendChange: string, versus: string, beyondChance: string) =>
      `default: +${defaultTrendChange} ${versus}${beyondChance}`,
    revenueDropThatCounts: "Revenue drop that counts as a clear decline",
    declineMinDefault: (defaultTrendChange: string, versus: string, beyondChance: string) =>
      `default: −${defaultTrendChange} ${versus}${beyondChance}`,
    silenceInMultiples: "Silence, in multiples of the customer's own purchase rhythm",
    defaultSilenceMultiple: (multiple: number) =>
      `default: ${multiple} × the customer's own purchase rhythm (mean gap between purchases), at most a year`,
    silenceDaysForCustomers: "Silence (days) for customers without a buying rhythm",
    defaultDays: (defaultSilenceDays: number) => `default: ${defaultSilenceDays} days`,
    noMarginData: (shownNames: string) =>
      `No margin data: the map is value × trend only (${shownNames}); nothing here says which customers are profitable. Map a margin, cost or margin % column to separate profitable from unprofitable customers.`,
    unknownMarginLow: (unknownMargin: string) =>
      `${unknownMargin}: no margin % (margin missing or revenue 0) and count as low margin.`,
    noPreviousPeriodRevenue:
      "No previous-period revenue: growth and decline cannot be judged; map a previous-period revenue column or use transaction data with dates.",
    noLastPurchaseDates: "No last-purchase dates: long silences cannot be detected.",
    noCustomerHasPositive: "No customer has positive revenue, so no customer is high value.",
    header: "Days without buying before at risk",
    growing: "Growing",
    stable: "Stable",
    decliningOrSilent: "Declining or silent",
    valueAndBand: (valueLabels: string, bandLabels: string) => `${valueLabels} · ${bandLabels}`,
    portfolioMap: "Portfolio map",
    rowAxis: "Value · trend",
    margin: "Margin",
    marginNoData: "Margin (no data)",
    negativeMargin: "Negative margin",
    lowMargin: "Low margin",
    highMargin: "High margin",
    marginUnknown: "Margin unknown",
    newTrend: "new (nothing in the previous period)",
    portfolioMethodLabel: "Portfolio map (value × margin)",
    portfolioMapValueTrend: "Portfolio map (value × trend)",
    portfolioMethodDescription: "Value × margin × trend: strategic, at risk, to develop.",
    portfolioMethodArgument: "portfolio",
    /** A customer's reason: the segment, the rule that placed them there, then their values ("; "-separated). */
    reason: (segment: string, rule: string, details: string) => `${segment}: ${rule}. ${details}.`,
    /** The rules, as they read inside a reason. */
    rules: {
      declining: (trend: string, versus: string, declineMin: string) =>
        `revenue ${trend} ${versus} (clear decline at −${declineMin} or worse)`,
      silent: (silence: string, limit: string) => `no purchase for ${silence}, longer than ${limit}`,
      silenceLimitNoRhythm: (limit: string) => `${limit} (no buying rhythm yet)`,
      silenceLimitRhythm: (limit: string, multiple: string, gap: string) =>
        `${limit} = ${multiple} × own rhythm of ${gap}`,
      growing: (trend: string, versus: string, growthMin: string) =>
        `revenue ${trend} ${versus} (growing at +${growthMin} or more), not yet strategic`,
      highValueNoMargin: "high value (no margin data)",
      strategic: "high value and high margin",
      highVolumeLowMargin: "high value, low margin: renegotiate whatever the trend",
      lossMaking: "margin below 0: every sale loses money, whatever the value or the trend",
      lowValueNoMargin: "low value (no margin data), stable",
      lowVolumeHighMargin: "low value, high margin",
      maintain: "low value, low margin, stable",
    },
    /** The customer's values in a reason; the first (revenue) starts the sentence. */
    details: {
      revenueHigh: (revenue: string, threshold: string) =>
        `Revenue ${revenue} (high value; threshold ${threshold})`,
      revenueLow: (revenue: string, threshold: string) =>
        `Revenue ${revenue} (low value; threshold ${threshold})`,
      marginUnknown: "margin % unknown (counted as low)",
      marginHigh: (margin: string, marginMin: string) => `margin ${margin} (at or above ${marginMin})`,
      marginLow: (margin: string, marginMin: string) => `margin ${margin} (below ${marginMin})`,
      noPreviousRevenue: "no previous-period revenue",
      trend: (trend: string, versus: string) => `revenue ${trend} ${versus}`,
      trendWithinNoise: (trend: string, versus: string) =>
        `revenue ${trend} ${versus}, within the normal ups and downs of its purchases`,
      silence: (silence: string, limit: string) => `${silence} since last purchase (limit ${limit})`,
    },
  },
  rfm: {
    rfmNeedsEachCustomer:
      "RFM needs each customer's last purchase date (recency). Map a column to “Last purchase”, or use transaction data with dates.",
    rfmNeedsTheNumber:
      "RFM needs the number of orders per customer (frequency). Map a column to “Orders”, or use transaction data.",
    rfmScoresAreRank:
      "RFM scores are rank quintiles: score = 1 + floor(5 × customers with a worse value / customers); equal values share a score; recency is reversed (most recent = 5).",
    recency: "Recency",
    frequency: "Frequency",
    monetary: "Monetary",
    fewDistinctValues: (name: string, distinct: string, known: string, length: string, unused: string) =>
      `${name} has only ${distinct} among ${known}: ${length} ${unused} are not used, because customers with equal values share a score.`,
    unknownScoresOne: (name: string, unknown: string) => `${name} is unknown for ${unknown}; they score 1.`,
    header: "Days since last purchase",
    purchases: "Purchases",
    rScore: "R score",
    fScore: "F score",
    mScore: "M score",
    rfm: "RFM",
    scoreAtMostDays: (name: string, s: number) => `${name} score ${s}: at most (days)`,
    scoreAtLeast: (name: string, s: number) => `${name} score ${s}: at least`,
    source: "rank quintile of the data",
    rfmMapRecencyFrequency: "RFM map (recency × frequency)",
    rowAxis: "Frequency score",
    columnAxis: "Recency score (5 = most recent)",
    f: (s: number) => `F ${s}`,
    r: (s: number) => `R ${s}`,
    rfmMethodLabel: "RFM (recency, frequency, monetary)",
    rfmMethodDescription: "Recency, frequency and monetary scores 1–5, ten named segments.",
    rfmMethodArgument: "rfm",
    /** The segments of the R×F grid, by segment id: name and action. */
    segments: {
      champions: {
        name: "Champions",
        action: "Reward them; ask for referrals and reviews; early access to new products.",
      },
      loyal: { name: "Loyal", action: "Upsell higher-value products; involve them in loyalty programmes." },
      "potential-loyalists": {
        name: "Potential loyalists",
        action: "Offer membership or loyalty programmes; recommend related products.",
      },
      new: {
        name: "New",
        action: "Onboarding: make the first experience good and build the relationship early.",
      },
      promising: { name: "Promising", action: "Build awareness: show the range, offer trials." },
      "need-attention": {
        name: "Need attention",
        action: "Limited-time offers and recommendations based on past purchases.",
      },
      "about-to-sleep": {
        name: "About to sleep",
        action: "Reactivate with relevant offers before they are lost.",
      },
      "at-risk": { name: "At risk", action: "Re-engagement: personalised contact to reconnect." },
      "cant-lose-them": {
        name: "Can't lose them",
        action: "Win them back: call them, find out what changed, make it right.",
      },
      hibernating: {
        name: "Hibernating",
        action: "Serve at low cost; relevant offers only, or let them go.",
      },
    },
    /** A customer's reason: segment, R×F cell, then recency, frequency and revenue against their score ranges. */
    reason: (
      segment: string,
      rScore: number,
      fScore: number,
      recency: string,
      frequency: string,
      monetary: string,
    ) => `${segment}: R ${rScore} × F ${fScore} on the R×F grid. ${recency}; ${frequency}; ${monetary}.`,
    recencyUnknown: "Last purchase unknown (R 1)",
    recencyKnown: (days: string, score: number, range: string) =>
      `Last purchase ${days} ago (R ${score}: ${range} days)`,
    frequencyUnknown: "purchases unknown (F 1)",
    frequencyKnown: (purchases: string, score: number, range: string) =>
      `${purchases} purchases (F ${score}: ${range})`,
    monetaryKnown: (revenue: string, score: number, range: string) =>
      `revenue ${revenue} (M ${score}: ${range})`,
  },
  kmeans: {
    noRowsOrColumns: (rows: number, cols: number) =>
      `k-means needs at least one row and one column (got ${rows} rows × ${cols} columns).`,
    wrongValueCount: (values: number, rows: number, cols: number) =>
      `k-means got ${values} values for ${rows} rows × ${cols} columns; pass rows × columns values, row after row.`,
    badK: (rows: number, k: number) =>
      `The number of clusters k must be a whole number from 1 to the number of rows (${rows}); got ${k}.`,
    notFinite: (row: number, column: number, value: number) =>
      `k-means needs finite numbers: row ${row}, column ${column} is ${value}. Fill or drop missing values first.`,
    badInitialCentroids: (k: number, cols: number) =>
      `initialCentroids must be ${k} arrays of ${cols} finite numbers.`,
  },
  segmentCustomers: {
    revenueOfCustomerIs: (ids: string, revenue: number) =>
      `Revenue of customer "${ids}" is not a number (${revenue}). Every customer needs a numeric revenue (0 is fine).`,
  },
  segmentationBuilder: {
    thresholdMustBe: (id: string, label: string, override: string) =>
      `Threshold "${id}" (${label}) must be a finite number; got ${override}.`,
    source: "set by user",
    methodHasNo: (method: string, id: string, known: string) =>
      `The ${method} method has no threshold "${id}". Known thresholds: ${known}.`,
    minimumSegmentSize: (minSegmentSize: number) =>
      `The minimum segment size must be a whole number of customers, 1 or more; got ${minSegmentSize}.`,
    segmentHasOnlyFewer: (name: string, customers: string, minSize: number) =>
      `Segment "${name}" has only ${customers}, fewer than the minimum of ${minSize}: too small to act on as a group; consider merging it or reviewing these customers one by one.`,
  },
};
