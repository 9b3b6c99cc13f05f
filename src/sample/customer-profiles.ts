import type { SampleRandom } from "./sample-random";

/**
 * How a sample customer behaves over the two sample years (2023, 2024). The mix is what real B2B
 * portfolios show and what the analysis must find: most customers stable (a few % up or down), a minority
 * clearly growing or declining, a few lapsed (silent for the last 4–6 months), a few lost early in the
 * period, some new during the period and a few leads that never bought.
 */
type Trajectory = "stable" | "growing" | "declining" | "lapsed" | "lost" | "new" | "lead";

/** Hidden truth behind one generated customer; the sheets only show its consequences. */
export interface CustomerProfile {
  index: number;
  trajectory: Trajectory;
  /** Yearly spend in 2023 at full activity (right-skewed, lognormal: a fifth of the customers make ~75 %). */
  baseRevenuePerYear: number;
  /** Gross margin as a fraction of revenue; negative for loss-making customers. */
  marginRate: number;
  lossMaking: boolean;
  /** 2024 spend / 2023 spend − 1 at full activity (e.g. −0.4 = revenue falls to 60 %). */
  growthPerYear: number;
  /** Orders per active year: scales with size (big accounts monthly or more, small ones a few a year). */
  ordersPerYear: number;
  /** Where in its own rhythm the customer orders, as a fraction of the gap between orders (0..1). */
  orderPhase: number;
  /** 0-based month of the 24-month period (0 = 2023-01) when a new customer starts buying. */
  startMonth: number;
  /** 0-based month after which a lapsed or lost customer buys nothing. */
  stopMonth: number;
  regionIndex: number;
  sectorIndex: number;
  channelIndex: number;
  employees: number;
}

/** How many customers of each kind to draw; the rest are stable. */
interface ProfileMix {
  customers: number;
  leads: number;
  newCustomers: number;
  /** Stop buying mid-2024: silent for the last 4–6 months of the period. */
  lapsed: number;
  /** Stop buying early (during 2023 or at the turn of the year). */
  lost: number;
  declining: number;
  growing: number;
  lossMaking: number;
  regions: number;
  sectors: number;
  channels: number;
}

/** Median 2023 yearly spend of a customer, in currency units. */
const MEDIAN_REVENUE_PER_YEAR = 9000;
/** Log-spread of yearly spend; with the employee factor it gives a top-20 % share of about 0.75. */
const REVENUE_LOG_SD = 1.4;

/** Fisher–Yates shuffle of 0..n−1, driven by the seeded generator. */
function shuffledIndices(count: number, random: SampleRandom): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const tmp = order[i];
    order[i] = order[j];
    order[j] = tmp;
  }
  return order;
}

/** Year-over-year change of the customer's spend at full activity, by trajectory. */
function drawGrowth(trajectory: Trajectory, random: SampleRandom): number {
  switch (trajectory) {
    case "growing":
      return random.between(0.22, 0.9);
    case "declining":
      return -random.between(0.22, 0.6);
    case "new":
      return random.normal(0.05, 0.06);
    default:
      // Stable (and lapsed/lost before they stop): a few % either way, rarely beyond ±15 %.
      return random.normal(0.02, 0.07);
  }
}

/**
 * Draws the customer profiles. Revenue is lognormal (a few customers make most of the revenue), bigger
 * customers order more often and get thinner margins (the "high volume, low margin" corner of the map).
 * Cost: O(customers).
 */
export function drawCustomerProfiles(mix: ProfileMix, random: SampleRandom): CustomerProfile[] {
  const trajectories: Trajectory[] = new Array<Trajectory>(mix.customers).fill("stable");
  const order = shuffledIndices(mix.customers, random);
  let cursor = 0;
  const assign = (count: number, trajectory: Trajectory): void => {
    for (let i = 0; i < count; i++) trajectories[order[cursor++]] = trajectory;
  };
  assign(mix.leads, "lead");
  assign(mix.newCustomers, "new");
  assign(mix.lapsed, "lapsed");
  assign(mix.lost, "lost");
  assign(mix.declining, "declining");
  assign(mix.growing, "growing");

  const profiles: CustomerProfile[] = [];
  for (let index = 0; index < mix.customers; index++) {
    const trajectory = trajectories[index];
    const employees = Math.max(2, Math.round(random.lognormal(Math.log(35), 1.1)));
    const sizeFactor = Math.pow(employees / 35, 0.3);
    const baseRevenuePerYear =
      random.lognormal(Math.log(MEDIAN_REVENUE_PER_YEAR), REVENUE_LOG_SD) * sizeFactor;
    const relativeSize = Math.log10(baseRevenuePerYear / MEDIAN_REVENUE_PER_YEAR);
    // Margins spread widely among small accounts; the biggest ones negotiate thinner margins.
    const marginRate = Math.min(0.55, Math.max(0.06, random.normal(0.27, 0.08) - 0.025 * relativeSize));
    // ~6 orders a year at the median, monthly around 4× the median, weekly for the very largest.
    const ordersPerYear = Math.min(
      48,
      Math.max(
        3,
        Math.round(
          6 * Math.pow(baseRevenuePerYear / MEDIAN_REVENUE_PER_YEAR, 0.6) * random.lognormal(0, 0.2),
        ),
      ),
    );
    profiles.push({
      index,
      trajectory,
      baseRevenuePerYear,
      marginRate,
      lossMaking: false,
      growthPerYear: drawGrowth(trajectory, random),
      ordersPerYear,
      orderPhase: random.next(),
      startMonth: trajectory === "new" ? random.integer(6, 20) : 0,
      stopMonth:
        trajectory === "lapsed" ? random.integer(16, 18) : trajectory === "lost" ? random.integer(4, 12) : 23,
      regionIndex: random.weighted(
        Array.from({ length: mix.regions }, (_, i) => i),
        Array.from({ length: mix.regions }, (_, i) => 1 + ((i * 7) % 5) * 0.3),
      ),
      sectorIndex: random.integer(0, mix.sectors - 1),
      channelIndex: random.weighted(
        Array.from({ length: mix.channels }, (_, i) => i),
        Array.from({ length: mix.channels }, (_, i) => (i === 0 ? 3 : 2 - i * 0.4)),
      ),
      employees,
    });
  }
  // Loss-makers among the buying customers: cost above revenue is valid data the map must show.
  const buyers = shuffledIndices(mix.customers, random).filter((i) => profiles[i].trajectory !== "lead");
  for (let i = 0; i < mix.lossMaking; i++) {
    const profile = profiles[buyers[i]];
    profile.lossMaking = true;
    profile.marginRate = -random.between(0.03, 0.22);
  }
  return profiles;
}

/**
 * Relative buying intensity of a profile in month `month` (0..23): the year-over-year change compounds
 * smoothly (so growth is visible inside each year too); 0 outside the customer's active months.
 */
export function monthlyIntensity(profile: CustomerProfile, month: number): number {
  if (profile.trajectory === "lead") return 0;
  if (month < profile.startMonth || month > profile.stopMonth) return 0;
  return Math.pow(1 + profile.growthPerYear, (month - 11.5) / 12);
}
