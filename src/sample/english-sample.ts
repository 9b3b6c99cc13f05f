import { drawCustomerProfiles } from "./customer-profiles";
import { SampleRandom } from "./sample-random";
import { scheduleOrders } from "./order-schedule";
import { roundCents, utcDate, type SampleCell, type SampleSheet, type SampleWorkbook } from "./sample-types";

/** Seed of the committed `assets/sample-customers.xlsx`. */
const ENGLISH_SAMPLE_SEED = 20240101;

const REGIONS = ["North", "South", "East", "West", "Central"] as const;
/** Two sales reps per region; a customer's rep is fixed by its index (no random draw, so the other values
 * of the sample are unchanged by the column). */
const REPS = [
  ["Emma Hughes", "Liam Carter"],
  ["Olivia Brooks", "Noah Turner"],
  ["Ava Collins", "Ethan Price"],
  ["Mia Foster", "Lucas Reed"],
  ["Grace Bennett", "Owen Hayes"],
] as const;
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

const CUSTOMERS_COLUMNS = [
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
  "Sales rep",
  "Email",
];

/** The purchasing mailbox of a customer, from its name (no random draw: the rest of the sample stays as it was). */
function purchasingEmail(name: string): string {
  const domain = name
    .toLowerCase()
    .replace(/\b(ltd|inc|llc|co|group)\b\.?/g, "")
    .replace(/[^a-z0-9]+/g, "")
    .slice(0, 24);
  return `purchasing@${domain}.com`;
}

/** Formats a number the US way with a currency sign ("$ 1,234.56"), as a pasted value stays text. */
function formatDollarText(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${amount < 0 ? "-" : ""}$ ${grouped}.${cents}`;
}

const DAY_MS = 86400000;
const END_OF_2023 = Math.round(Date.UTC(2023, 11, 31) / DAY_MS);

function epochDayDate(epochDay: number): Date {
  return new Date(epochDay * DAY_MS);
}

/**
 * Builds the English customer-level sample: one "Customers" sheet, ~300 rows, with revenue (2024), gross
 * margin and margin %, orders, first/last purchase, previous-year revenue (2023), region, sector, channel.
 * Same realism as the Spanish one (the same profiles and order rhythm, summed per year): lognormal revenue,
 * mostly stable customers, a minority growing or declining, lapsed, lost and new customers, loss-makers,
 * two revenues stored as text ("$ 1,234.56"), a blank row and a totals row. Cost: O(customers + orders).
 */
export function buildEnglishSample(seed: number = ENGLISH_SAMPLE_SEED): SampleWorkbook {
  const random = new SampleRandom(seed);
  const customers = 300;
  const profiles = drawCustomerProfiles(
    {
      customers,
      leads: 0,
      newCustomers: 16,
      lapsed: 18,
      lost: 8,
      declining: 28,
      growing: 30,
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

    // The customer's orders, as in the Spanish invoice lines, summed per calendar year: 2024 is the
    // "Revenue" year, 2023 the previous one. Orders counts the 2024 orders.
    const schedule = scheduleOrders(profile, random);
    let revenueSum = 0;
    let previousSum = 0;
    let orders = 0;
    for (let o = 0; o < schedule.epochDay.length; o++) {
      if (schedule.epochDay[o] > END_OF_2023) {
        revenueSum += schedule.amount[o];
        orders++;
      } else previousSum += schedule.amount[o];
    }
    const revenue = roundCents(revenueSum);
    const previousRevenue = roundCents(previousSum);
    const grossMargin = roundCents(revenue * (profile.marginRate + random.normal(0, 0.015)));
    const marginPercent = revenue > 0 ? Math.round((grossMargin / revenue) * 10000) / 10000 : null;

    const firstOrderDay = schedule.epochDay[0];
    const lastPurchaseDay = schedule.epochDay[schedule.epochDay.length - 1];
    const firstPurchaseDay =
      profile.trajectory === "new"
        ? firstOrderDay
        : Math.round(
            utcDate(random.integer(2014, 2022), random.integer(1, 12), random.integer(1, 28)).getTime() /
              DAY_MS,
          );

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
      REPS[profile.regionIndex][profile.index % 2],
      purchasingEmail(name),
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
      null,
      null,
    ],
    columnWidths: [10, 32, 14, 14, 10, 8, 14, 14, 22, 10, 20, 12, 16, 30],
  };
  return { fileName: "sample-customers.xlsx", sheets: [sheet] };
}
