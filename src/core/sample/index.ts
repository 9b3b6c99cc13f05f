/** Deterministic sample workbooks bundled with the add-in (see src/cli/generate-samples.ts). */
export { SampleRandom } from "./sample-random";
export type { SampleCell, SampleSheet, SampleWorkbook } from "./sample-types";
export { SAMPLE_FIXED_DATE } from "./sample-types";
export {
  buildSpanishSample,
  SPANISH_SAMPLE_SEED,
  formatSpanishNumber,
  FACTURAS_COLUMNS,
  CLIENTES_COLUMNS,
} from "./spanish-sample";
export {
  buildEnglishSample,
  ENGLISH_SAMPLE_SEED,
  formatDollarText,
  CUSTOMERS_COLUMNS,
} from "./english-sample";
export { drawCustomerProfiles, monthlyIntensity } from "./customer-profiles";
export type { CustomerProfile, Trajectory, ProfileMix } from "./customer-profiles";
export { scheduleOrders } from "./order-schedule";
export type { OrderSchedule } from "./order-schedule";
