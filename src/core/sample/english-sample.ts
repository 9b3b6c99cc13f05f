import { drawCustomerProfiles, monthlyIntensity } from "./customer-profiles";
import { SampleRandom } from "./mulberry32";
import { roundCents, utcDate, type SampleCell, type SampleSheet, type SampleWorkbook } from "./sample-types";

/** Seed of the committed `assets/sample-customers.xlsx`. */
export const ENGLISH_SAMPLE_SEED = 20240101;

const REGIONS = ["North", "South", "East", "West", "Central"] as const;
const SECTORS = [
  "Construction",
  "Manufacturing",
  "Hospitality",
  "Retail",
  "Logistics",
  "Food & Agriculture",
] as const;
const CHANNELS = ["Direct", "Distributor", "Online"] as const;
const NAME_FIRST = [
  "Northwind",
  "Blue River",
  "Summit",
  "Oakridge",
  "Harbor",
  "Redwood",
  "Silverline",
  "Granite",
  "Prairie",
  "Lakeside",
  "Ironbridge",
  "Evergreen",
  "Pioneer",
  "Crescent",
  "Bright Path",
  "Maple",
  "Cobalt",
  "Sterling",
  "Westfield",
  "Atlas",
];
const NAME_SECOND = [
  "Supplies",
  "Builders",
  "Foods",
  "Logistics",
  "Hospitality",
  "Tools",
  "Industries",
  "Trading",
  "Retail",
  "Engineering",
  "Distribution",
  "Services",
];
const NAME_SUFFIXES = ["Ltd", "Inc.", "LLC", "Co.", "Group"];

export const CUSTOMERS_COLUMNS = [
  "Customer ID",
  "Customer name",
  "Revenue",
  "Gross margin",
  "Margin %",
  "Orders",
  "First purchase",
  "Last purchase",
  "Revenue previous year",
  "Region",
  "Sector",
  "Channel",
];

/** Formats a number the US way with a currency sign ("$ 1,234.56"), as a pasted value stays text. */
export function formatDollarText(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${amount < 0 ? "-" : ""}$ ${grouped}.${cents}`;
}

const DAY_MS = 86400000;
const END_OF_2024 = Math.round(Date.UTC(2024, 11, 31) / DAY_MS);

function epochDayDate(epochDay: number): Date {
  return new Date(epochDay * DAY_MS);
}

/** Last calendar day of 0-based month `month` of the period (0 = 2023-01), as epoch day. */
function monthEnd(month: number): number {
  return Math.round(Date.UTC(2023 + Math.floor(month / 12), (month % 12) + 1, 0) / DAY_MS);
}

/**
 * Builds the English customer-level sample: one "Customers" sheet, ~300 rows, with revenue (2024), gross
 * margin and margin %, orders, first/last purchase, previous-year revenue (2023), region, sector, channel.
 * Same realism as the Spanish one: lognormal revenue, loss-makers, growers, decliners, lost and new
 * customers, two revenues stored as text ("$ 1,234.56"), a blank row and a totals row. Cost: O(customers).
 */
export function buildEnglishSample(seed: number = ENGLISH_SAMPLE_SEED): SampleWorkbook {
  const random = new SampleRandom(seed);
  const customers = 300;
  const profiles = drawCustomerProfiles(
    {
      customers,
      leads: 0,
      newCustomers: 22,
      lost: 18,
      declining: 36,
      growing: 36,
      lossMaking: 9,
      regions: REGIONS.length,
      sectors: SECTORS.length,
      channels: CHANNELS.length,
    },
    random,
  );
  const used = new Set<string>();
  const rows: SampleCell[][] = [[...CUSTOMERS_COLUMNS]];
  for (const profile of profiles) {
    let name = "";
    for (let attempt = 0; attempt < 50 && (name === "" || used.has(name)); attempt++) {
      name = `${random.pick(NAME_FIRST)} ${random.pick(NAME_SECOND)} ${random.pick(NAME_SUFFIXES)}`;
    }
    if (used.has(name)) name = `Customer ${profile.index + 1} Ltd`;
    used.add(name);

    // Revenue per year = base × mean monthly intensity over that year's active months, with noise.
    let intensity2023 = 0;
    let intensity2024 = 0;
    let lastActiveMonth = -1;
    let firstActiveMonth = -1;
    for (let month = 0; month < 24; month++) {
      const intensity = monthlyIntensity(profile, month);
      if (intensity > 0) {
        if (firstActiveMonth < 0) firstActiveMonth = month;
        lastActiveMonth = month;
      }
      if (month < 12) intensity2023 += intensity / 12;
      else intensity2024 += intensity / 12;
    }
    const revenue = roundCents(profile.baseRevenuePerYear * intensity2024 * random.lognormal(0, 0.12));
    const previousRevenue = roundCents(
      profile.baseRevenuePerYear * intensity2023 * random.lognormal(0, 0.12),
    );
    const orders = revenue > 0 ? Math.max(1, random.poisson(profile.ordersPerYear * intensity2024)) : 0;
    const grossMargin = roundCents(revenue * (profile.marginRate + random.normal(0, 0.015)));
    const marginPercent = revenue > 0 ? Math.round((grossMargin / revenue) * 10000) / 10000 : null;

    const firstPurchaseDay =
      profile.trajectory === "new"
        ? monthEnd(firstActiveMonth) - random.integer(0, 27)
        : Math.round(
            utcDate(random.integer(2014, 2022), random.integer(1, 12), random.integer(1, 28)).getTime() /
              DAY_MS,
          );
    // Active customers bought recently, at their own rhythm; lost ones last bought when they stopped.
    const lastPurchaseDay =
      lastActiveMonth === 23
        ? END_OF_2024 -
          Math.min(120, Math.floor(random.next() * (365 / Math.max(1, profile.ordersPerYear)) * 1.5))
        : monthEnd(lastActiveMonth) - random.integer(0, 27);

    rows.push([
      `CU-${1001 + profile.index}`,
      name,
      revenue,
      grossMargin,
      marginPercent,
      orders,
      epochDayDate(firstPurchaseDay),
      epochDayDate(Math.max(firstPurchaseDay, lastPurchaseDay)),
      previousRevenue,
      REGIONS[profile.regionIndex],
      SECTORS[profile.sectorIndex],
      CHANNELS[profile.channelIndex],
    ]);
  }

  // Two revenues pasted as text with a currency sign; picked among customers above 1,000.
  for (const fraction of [0.31, 0.84]) {
    let row = 1 + Math.floor(customers * fraction);
    while ((rows[row][2] as number) < 1000) row++;
    rows[row][2] = formatDollarText(rows[row][2] as number);
  }
  rows.splice(1 + Math.floor(customers * 0.6), 0, new Array<SampleCell>(CUSTOMERS_COLUMNS.length).fill(null));

  let totalRevenue = 0;
  let totalMargin = 0;
  let totalOrders = 0;
  let totalPrevious = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (typeof row[2] === "number") totalRevenue += row[2];
    if (typeof row[3] === "number") totalMargin += row[3];
    if (typeof row[5] === "number") totalOrders += row[5];
    if (typeof row[8] === "number") totalPrevious += row[8];
  }
  rows.push([
    "Total",
    null,
    roundCents(totalRevenue),
    roundCents(totalMargin),
    Math.round((totalMargin / totalRevenue) * 10000) / 10000,
    totalOrders,
    null,
    null,
    roundCents(totalPrevious),
    null,
    null,
    null,
  ]);

  const sheet: SampleSheet = {
    name: "Customers",
    rows,
    headerRow: 1,
    columnFormats: [
      null,
      null,
      '"$"#,##0.00',
      '"$"#,##0.00',
      "0.0%",
      "0",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      '"$"#,##0.00',
      null,
      null,
      null,
    ],
    columnWidths: [10, 32, 14, 14, 10, 8, 14, 14, 22, 10, 20, 12],
  };
  return { fileName: "sample-customers.xlsx", sheets: [sheet] };
}
