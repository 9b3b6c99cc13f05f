// --- KPIs, lifetime value and insights (issue 5) ---
export { fitBgNbd, bgNbdExpectedPurchases, bgNbdProbabilityAlive, bgNbdLogLikelihood } from "./ltv/bg-nbd";
export type { BgNbdParams, BgNbdFit, FitOptions as BgNbdFitOptions } from "./ltv/bg-nbd";
export { fitGammaGamma, gammaGammaExpectedSpend } from "./ltv/gamma-gamma";
export type { GammaGammaParams, GammaGammaFit } from "./ltv/gamma-gamma";
export { predictiveClv, convertTime } from "./ltv/predictive-clv";
export type {
  PredictiveClvInput,
  PredictiveClvResult,
  ModelTimeUnit,
  HorizonUnit,
} from "./ltv/predictive-clv";
export { simpleLtv, retentionLtv, expectedLifetimeYears } from "./ltv/simple-ltv";
export type { SimpleLtvInput, RetentionLtvInput } from "./ltv/simple-ltv";
export {
  computePortfolioKpis,
  DEFAULT_DISCOUNT_RATE_PER_YEAR,
  DEFAULT_LTV_TO_CAC_TARGET,
} from "./kpi/portfolio-kpis";
export type { PortfolioKpiOptions } from "./kpi/portfolio-kpis";
export { retentionByPeriod } from "./kpi/retention";
export type { PeriodRetention } from "./kpi/retention";
export { periodGrid } from "./kpi/periods";
export { computeMigrationMatrix } from "./kpi/migration-matrix";
export type { MigrationInput } from "./kpi/migration-matrix";
export { profitabilityIndex, contributionShares } from "./kpi/profitability-index";
export { conversionRate } from "./kpi/conversion-rate";
export { scoreCustomers } from "./kpi/score-customers";
export type { ScoreOptions, ScoredCustomers } from "./kpi/score-customers";
export { summarizeSegments } from "./kpi/summarize-segments";
export { findInsights } from "./insights/find-insights";
export type { InsightOptions } from "./insights/find-insights";
export { robustZScores } from "./insights/robust-z";
// --- Segmentation (issue 4) ---
export { segmentCustomers } from "./segment/segment-customers";
export type { SegmentOptions } from "./segment/segment-customers";
export { kmeans, KMEANS_DEFAULTS } from "./segment/kmeans";
export type { KMeansOptions, KMeansResult } from "./segment/kmeans";
export { crossTabulate, CROSS_TAB_SPECIAL_VALUES } from "./segment/cross-tabulate";
export { ROLE_LABELS, DIMENSION_LABELS, asHeading } from "./role-labels";
export type { CrossTabOptions } from "./segment/cross-tabulate";
export { quintileScores, rfSegmentIndex } from "./segment/rfm";
export { defaultMinSegmentSize } from "./segment/segmentation-builder";
export {
  OKABE_ITO,
  TOL_MUTED,
  SEGMENT_COLORS,
  clusterColor,
  textColorOn,
  contrastRatio,
} from "./segment/palette";
export { createRandom, DEFAULT_SEED } from "./random";
export type { RandomSource } from "./random";
export {
  fitParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdProbabilityAlive,
  paretoNbdLogLikelihood,
} from "./ltv/pareto-nbd";
export type { ParetoNbdParams, ParetoNbdFit, ParetoNbdFitOptions } from "./ltv/pareto-nbd";
