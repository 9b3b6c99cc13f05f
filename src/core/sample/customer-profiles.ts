import type { SampleRandom } from "./mulberry32";

/**
 * How a sample customer behaves over the two sample years (2023, 2024). The mix is what real B2B
 * portfolios show and what the analysis must find: most customers stable, some growing or declining
 * sharply, some lost during the period, some new in the second year, a few leads that never bought.
 */
export type Trajectory = "stable" | "growing" | "declining" | "lost" | "new" | "lead";

/** Hidden truth behind one generated customer; the sheets only show its consequences. */
export interface CustomerProfile {
  index: number;
  trajectory: Trajectory;
  /** Typical yearly revenue around the start of the period (right-skewed, lognormal). */
  baseRevenuePerYear: number;
  /** Gross margin as a fraction of revenue; negative for loss-making customers. */
  marginRate: number;
  lossMaking: boolean;
  /** Year-over-year growth factor minus one (e.g. −0.6 = revenue falls to 40 %). */
  growthPerYear: number;
  ordersPerYear: number;
  /** 0-based month of the 24-month period (0 = 2023-01) when a new customer starts buying. */
  startMonth: number;
  /** 0-based month after which a lost customer buys nothing. */
  stopMonth: number;
  regionIndex: number;
  sectorIndex: number;
  channelIndex: number;
  employees: number;
}

export interface ProfileMix {
  customers: number;
  leads: number;
  newCustomers: number;
  lost: number;
  declining: number;
  growing: number;
  lossMaking: number;
  regions: number;
  sectors: number;
  channels: number;
}

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
  assign(mix.lost, "lost");
  assign(mix.declining, "declining");
  assign(mix.growing, "growing");

  const profiles: CustomerProfile[] = [];
  for (let index = 0; index < mix.customers; index++) {
    const trajectory = trajectories[index];
    const employees = Math.max(2, Math.round(random.lognormal(Math.log(35), 1.1)));
    const sizeFactor = Math.pow(employees / 35, 0.35);
    const baseRevenuePerYear = random.lognormal(Math.log(11000), 1.05) * sizeFactor;
    const relativeSize = Math.log10(baseRevenuePerYear / 11000);
    const marginRate = Math.min(0.55, Math.max(0.06, random.normal(0.3, 0.07) - 0.06 * relativeSize));
    const ordersPerYear = Math.min(
      48,
      Math.max(1, Math.round(2 + 7 * Math.pow(baseRevenuePerYear / 11000, 0.35) * random.lognormal(0, 0.35))),
    );
    let growthPerYear = random.normal(0, 0.08);
    if (trajectory === "growing") growthPerYear = random.between(0.45, 1.3);
    if (trajectory === "declining") growthPerYear = -random.between(0.4, 0.75);
    profiles.push({
      index,
      trajectory,
      baseRevenuePerYear,
      marginRate,
      lossMaking: false,
      growthPerYear,
      ordersPerYear,
      startMonth: trajectory === "new" ? random.integer(12, 20) : 0,
      stopMonth: trajectory === "lost" ? random.integer(6, 18) : 23,
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
 * Relative buying intensity of a profile in month `month` (0..23): growth compounds smoothly around the
 * middle of the period, so 2024 / 2023 revenue ≈ 1 + growthPerYear; lost customers stop, new ones start.
 */
export function monthlyIntensity(profile: CustomerProfile, month: number): number {
  if (profile.trajectory === "lead") return 0;
  if (month < profile.startMonth || month > profile.stopMonth) return 0;
  return Math.pow(1 + profile.growthPerYear, (month - 11.5) / 12);
}
