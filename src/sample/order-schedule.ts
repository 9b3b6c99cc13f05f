import { monthlyIntensity, type CustomerProfile } from "./customer-profiles";
import type { SampleRandom } from "./sample-random";

/** One customer's orders over 2023–2024: parallel arrays, sorted by day. */
interface OrderSchedule {
  /** Epoch day (UTC) of each order; always a working day (Monday–Friday). */
  epochDay: number[];
  /** Order amount before lines, cancellations or returns; positive. */
  amount: number[];
}

const DAY_MS = 86400000;

/**
 * Monthly seasonality of a Spanish B2B distributor: the August lull and a quieter December. Applied the
 * same way every year, so it shapes the months without moving year-over-year totals.
 */
const SEASON = [0.92, 1.0, 1.08, 1.04, 1.08, 1.06, 1.0, 0.62, 1.04, 1.1, 1.06, 0.86];

/**
 * Days of each year when orders are placed: from the first working week of January to mid/late December
 * (the Christmas closure). The 2023 window closes earlier than the 2024 one so the analysis's two 365-day
 * trend windows, which end on the latest date of the data (≥ 16 Dec 2024), split the orders exactly by
 * calendar year: the generated year-over-year change is the one the analysis measures.
 */
const OPEN_DAYS: readonly { from: number; to: number }[] = [
  { from: epochDayOf(2023, 1, 9), to: epochDayOf(2023, 12, 15) },
  { from: epochDayOf(2024, 1, 8), to: epochDayOf(2024, 12, 20) },
];

/** Log-spread of single order amounts around the customer's usual order: orders vary, years do not much. */
const ORDER_AMOUNT_LOG_SD = 0.35;

function epochDayOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** 0-based month of the period (0 = 2023-01) of an epoch day. */
function periodMonthOf(epochDay: number): number {
  const date = new Date(epochDay * DAY_MS);
  return (date.getUTCFullYear() - 2023) * 12 + date.getUTCMonth();
}

/** Moves a weekend day to the nearest working day inside [from, to] (Saturday → Friday, Sunday → Monday). */
export function toWorkingDay(epochDay: number, from: number, to: number): number {
  const weekday = new Date(epochDay * DAY_MS).getUTCDay(); // 0 = Sunday
  let day = epochDay;
  if (weekday === 6) day = day - 1 >= from ? day - 1 : day + 2;
  else if (weekday === 0) day = day + 1 <= to ? day + 1 : day - 2;
  return day;
}

/**
 * Spend of the profile in year `yearIndex` (0 = 2023): its 2023 spend at full activity, times the
 * year-over-year change, times the seasonal share of the months it was active. Exact, no noise: the
 * noise lives in the single orders, which are normalised to this budget.
 */
function yearBudget(profile: CustomerProfile, yearIndex: number): number {
  let fullYear2023 = 0;
  for (let m = 0; m < 12; m++)
    fullYear2023 += SEASON[m] * Math.pow(1 + profile.growthPerYear, (m - 11.5) / 12);
  let active = 0;
  for (let m = 0; m < 12; m++) active += SEASON[m] * monthlyIntensity(profile, yearIndex * 12 + m);
  return (profile.baseRevenuePerYear * active) / fullYear2023;
}

/**
 * Draws a customer's orders: a regular rhythm of `ordersPerYear` orders per year (same phase every year,
 * a little jitter), only in the customer's active months; amounts vary order to order (lognormal, shaped by
 * the season and the customer's trend) but each year's orders add up to the year's budget, as a customer
 * whose yearly need is stable places orders of varying size. So yearly totals are not dominated by the
 * noise of a few orders, while single orders still look real. Leads get no orders. Cost: O(orders).
 */
export function scheduleOrders(profile: CustomerProfile, random: SampleRandom): OrderSchedule {
  const schedule: OrderSchedule = { epochDay: [], amount: [] };
  if (profile.trajectory === "lead") return schedule;
  for (let yearIndex = 0; yearIndex < 2; yearIndex++) {
    const budget = yearBudget(profile, yearIndex);
    if (!(budget > 0)) continue;
    const { from, to } = OPEN_DAYS[yearIndex];
    const gapDays = (to - from) / profile.ordersPerYear;
    const days: number[] = [];
    for (let k = 0; k < profile.ordersPerYear; k++) {
      const jitterDays = Math.max(-0.3, Math.min(0.3, random.normal(0, 0.1))) * gapDays;
      const raw = Math.round(from + (k + profile.orderPhase) * gapDays + jitterDays);
      const day = toWorkingDay(Math.max(from, Math.min(to, raw)), from, to);
      const month = periodMonthOf(day);
      if (month >= profile.startMonth && month <= profile.stopMonth) days.push(day);
    }
    if (days.length === 0) {
      // Active for too short a stretch to hit the rhythm: one order in the middle of the active months.
      const first = Math.max(profile.startMonth, yearIndex * 12);
      const last = Math.min(profile.stopMonth, yearIndex * 12 + 11);
      const month = Math.floor((first + last) / 2);
      const day = epochDayOf(2023 + Math.floor(month / 12), (month % 12) + 1, 15);
      days.push(toWorkingDay(Math.max(from, Math.min(to, day)), from, to));
    }
    days.sort((a, b) => a - b);
    const weights = days.map((day) => {
      const month = periodMonthOf(day);
      return SEASON[month % 12] * monthlyIntensity(profile, month) * random.lognormal(0, ORDER_AMOUNT_LOG_SD);
    });
    const weightSum = weights.reduce((a, b) => a + b, 0);
    days.forEach((day, i) => {
      schedule.epochDay.push(day);
      schedule.amount.push((budget * weights[i]) / weightSum);
    });
  }
  return schedule;
}
