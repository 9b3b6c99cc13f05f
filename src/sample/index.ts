/** Deterministic sample workbooks bundled with the add-in (see scripts/generate-samples.ts). */
export { SampleRandom } from "./sample-random";
export type { SampleCell, SampleWorkbook } from "./sample-types";
export { SAMPLE_FIXED_DATE } from "./sample-types";
export { buildSpanishSample } from "./spanish-sample";
export { buildEnglishSample } from "./english-sample";
export { buildSample } from "./sample-per-language";
export { drawCustomerProfiles } from "./customer-profiles";
export { scheduleOrders } from "./order-schedule";
