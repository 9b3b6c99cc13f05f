import { drawCustomerProfiles, type CustomerProfile } from "./customer-profiles";
import { SampleRandom } from "./sample-random";
import { scheduleOrders, toWorkingDay } from "./order-schedule";
import { roundCents, utcDate, type SampleCell, type SampleSheet, type SampleWorkbook } from "./sample-types";

/** Seed of the committed `assets/muestra-clientes.xlsx`; change it and the committed file must be regenerated. */
const SPANISH_SAMPLE_SEED = 20230101;

const REGIONS = ["Norte", "Sur", "Este", "Oeste", "Centro"] as const;
/** Two sales reps per region (by region index); a customer's rep is fixed by its index, not drawn at random,
 * so adding the column left every other value of the sample unchanged. */
const REPS = [
  ["Lucía Ortega", "Javier Ruiz"],
  ["Carmen Vidal", "Antonio Molina"],
  ["Marta Soler", "Pablo Serra"],
  ["Elena Castro", "Diego Prieto"],
  ["Sara Navarro", "Raúl Gil"],
] as const;
const SECTORS = [
  "Construcción",
  "Industria",
  "Hostelería",
  "Comercio minorista",
  "Transporte y logística",
  "Agroalimentario",
  "Sanidad",
] as const;
const CHANNELS = ["Directo", "Distribuidor", "Online"] as const;
const CATEGORIES = [
  "Materiales",
  "Herramientas",
  "Recambios",
  "Consumibles",
  "Maquinaria",
  "Servicios técnicos",
] as const;
const NAME_PREFIXES = [
  "Distribuciones",
  "Comercial",
  "Suministros",
  "Talleres",
  "Grupo",
  "Industrias",
  "Hostelería",
  "Ferretería",
  "Construcciones",
  "Transportes",
  "Reformas",
  "Instalaciones",
  "Almacenes",
  "Servicios",
  "Hermanos",
  "Metalúrgica",
];
const NAME_STEMS = [
  "García",
  "López",
  "Martín",
  "Sánchez",
  "Pérez",
  "Gómez",
  "Ruiz",
  "Díaz",
  "Moreno",
  "Muñoz",
  "Álvarez",
  "Romero",
  "Navarro",
  "Torres",
  "Domínguez",
  "Vázquez",
  "Ramos",
  "Gil",
  "Serrano",
  "Blanco",
  "Iberia",
  "del Norte",
  "Levante",
  "Atlántico",
  "Mediterráneo",
  "Castilla",
  "Cantábrico",
  "Ebro",
  "Guadalquivir",
  "Sierra",
];
const NAME_SUFFIXES = ["S.L.", "S.A.", "S.L.U.", "S. Coop.", "S.L."];

/** Column layout of the "Facturas" sheet (0-based). */
const FACTURAS_COLUMNS = ["Cliente", "Razón social", "Fecha", "Factura", "Categoría", "Importe", "Coste"];
/** Column layout of the "Clientes" sheet (0-based). */
const CLIENTES_COLUMNS = [
  "Cliente",
  "Razón social",
  "Región",
  "Sector",
  "Canal",
  "Tamaño",
  "Empleados",
  "Fecha de alta",
  "Coste de adquisición",
  "Comercial",
  "Persona de contacto",
];

/** Contact people, given and family names, combined by the customer's index (no random draw: the rest of the
 * sample stays as it was). */
const CONTACT_GIVEN_NAMES = [
  "Lucía",
  "Javier",
  "Marta",
  "Sergio",
  "Elena",
  "Pablo",
  "Carmen",
  "Andrés",
  "Isabel",
  "Raúl",
  "Nuria",
  "Tomás",
];
const CONTACT_FAMILY_NAMES = [
  "Romero",
  "Navarro",
  "Iglesias",
  "Castro",
  "Ortega",
  "Delgado",
  "Morales",
  "Vidal",
  "Serrano",
  "Molina",
  "Rubio",
  "Herrera",
  "Medina",
];

function contactPerson(index: number): string {
  return `${CONTACT_GIVEN_NAMES[index % CONTACT_GIVEN_NAMES.length]} ${CONTACT_FAMILY_NAMES[(index * 5 + 3) % CONTACT_FAMILY_NAMES.length]}`;
}

/** Formats a number the Spanish way ("1.234,56"), as a careless copy-paste leaves it in a cell. */
function formatSpanishNumber(amount: number): string {
  const negative = amount < 0;
  const [whole, cents] = Math.abs(amount).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped},${cents}`;
}

function companyName(random: SampleRandom, used: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = `${random.pick(NAME_PREFIXES)} ${random.pick(NAME_STEMS)} ${random.pick(NAME_SUFFIXES)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const fallback = `Comercial ${used.size + 1} S.L.`;
  used.add(fallback);
  return fallback;
}

function sizeTier(employees: number): string {
  if (employees < 50) return "Pequeña";
  if (employees < 250) return "Mediana";
  return "Grande";
}

interface InvoiceLine {
  customer: number;
  epochDay: number;
  category: string;
  amount: number;
  cost: number;
}

interface Order {
  customer: number;
  epochDay: number;
  lines: InvoiceLine[];
  isReturn: boolean;
  /** Index (in the sorted order list) of the invoice this one cancels; −1 for a normal invoice. */
  cancels: number;
}

const DAY_MS = 86400000;
const LAST_DAY_2023 = Math.round(Date.UTC(2023, 11, 31) / DAY_MS);
/** Returns and cancellations are dated by mid-December 2024, inside the last orders' dates. */
const LATEST_CREDIT_DAY = Math.round(Date.UTC(2024, 11, 13) / DAY_MS);

/** A working day (Monday–Friday) of the given month, as epoch day. */
function workingDay(random: SampleRandom, year: number, month: number): number {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let day = random.integer(1, daysInMonth);
  let date = utcDate(year, month, day);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) {
    day = day >= daysInMonth - 2 ? day - 2 : day + 1;
    date = utcDate(year, month, day);
  }
  return Math.round(date.getTime() / DAY_MS);
}

/** The customer's scheduled orders, each split into 1–4 invoice lines of its preferred categories. */
function ordersOf(profile: CustomerProfile, preferred: string[], random: SampleRandom): Order[] {
  const schedule = scheduleOrders(profile, random);
  return schedule.epochDay.map((epochDay, o) => {
    const amount = schedule.amount[o];
    const lineCount = Math.min(4, 1 + random.poisson(0.6));
    const weights = Array.from({ length: lineCount }, () => random.between(0.2, 1));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const lines: InvoiceLine[] = weights.map((w) => {
      const lineAmount = roundCents(Math.max(5, (amount * w) / weightSum));
      const lineMargin = profile.marginRate + random.normal(0, 0.03);
      return {
        customer: profile.index,
        epochDay,
        category: random.pick(preferred),
        amount: lineAmount,
        cost: roundCents(lineAmount * (1 - lineMargin)),
      };
    });
    return { customer: profile.index, epochDay, lines, isReturn: false, cancels: -1 };
  });
}

function epochDayDate(epochDay: number): Date {
  return new Date(epochDay * DAY_MS);
}

/**
 * Builds the Spanish B2B sample: "Facturas" (invoice lines 2023-01..2024-12 for 400 customers, with a
 * title row, cancelled invoices "C…", one return, two numbers stored as text, one blank row and a totals
 * row) and "Clientes" (one row per customer with región, sector, canal, tamaño, fecha de alta and, for
 * some, the acquisition cost). Deterministic for a seed. Cost: O(invoice lines), about 11,000.
 */
export function buildSpanishSample(seed: number = SPANISH_SAMPLE_SEED): SampleWorkbook {
  const random = new SampleRandom(seed);
  const customers = 400;
  // The mix of a real B2B portfolio: ~62 % stable, ~10 % clearly growing, ~10 % clearly declining, ~6 %
  // lapsed (silent for the last 4–6 months), a few lost early, ~5 % new during the period, 2 % leads.
  const profiles = drawCustomerProfiles(
    {
      customers,
      leads: 8,
      newCustomers: 20,
      lapsed: 24,
      lost: 6,
      declining: 38,
      growing: 40,
      lossMaking: 12,
      regions: REGIONS.length,
      sectors: SECTORS.length,
      channels: CHANNELS.length,
    },
    random,
  );
  const usedNames = new Set<string>();
  const ids = profiles.map((p) => `C${String(p.index + 1).padStart(4, "0")}`);
  const names = profiles.map(() => companyName(random, usedNames));

  const orders: Order[] = [];
  for (const profile of profiles) {
    const preferredCount = random.integer(2, 4);
    const preferred: string[] = [];
    while (preferred.length < preferredCount) {
      const category = random.pick(CATEGORIES);
      if (!preferred.includes(category)) preferred.push(category);
    }
    orders.push(...ordersOf(profile, preferred, random));
  }

  // One return: goods sent back by a stable customer in 2024, a credit line with negative amount and cost.
  // Its date stays before the end of the data so it does not move the analysis's as-of day.
  const returnCandidates = orders.filter(
    (o) =>
      profiles[o.customer].trajectory === "stable" &&
      !profiles[o.customer].lossMaking &&
      o.epochDay > LAST_DAY_2023 &&
      o.epochDay < LATEST_CREDIT_DAY - 12,
  );
  const returned = returnCandidates[Math.floor(random.next() * returnCandidates.length)];
  const returnedLine = returned.lines[0];
  const returnDay = toWorkingDay(returned.epochDay + 9, returned.epochDay, LATEST_CREDIT_DAY);
  orders.push({
    customer: returned.customer,
    epochDay: returnDay,
    isReturn: true,
    cancels: -1,
    lines: [
      {
        ...returnedLine,
        epochDay: returnDay,
        amount: -roundCents(returnedLine.amount * 0.5),
        cost: -roundCents(returnedLine.cost * 0.5),
      },
    ],
  });

  orders.sort((a, b) => a.epochDay - b.epochDay || a.customer - b.customer);

  // Invoice numbers run per year: 230001…, 240001….
  const invoiceIds: (number | string)[] = [];
  const nextNumber = [230001, 240001];
  for (const order of orders) {
    const yearIndex = epochDayDate(order.epochDay).getUTCFullYear() - 2023;
    invoiceIds.push(nextNumber[yearIndex]++);
  }
  // Five invoices were cancelled a few days later: the ERP lists the cancellation as a copy of the invoice
  // numbered "C" + the original number (amounts as issued); netted, the pair adds up to nothing.
  const cancelled = new Set<number>();
  while (cancelled.size < 5) {
    const i = Math.floor(random.next() * orders.length);
    const order = orders[i];
    if (!order.isReturn && order.epochDay < LATEST_CREDIT_DAY - 10) cancelled.add(i);
  }
  const cancellations: Order[] = [...cancelled].map((i) => {
    const day = toWorkingDay(
      orders[i].epochDay + random.integer(1, 5),
      orders[i].epochDay,
      LATEST_CREDIT_DAY,
    );
    return {
      customer: orders[i].customer,
      epochDay: day,
      isReturn: false,
      cancels: i,
      lines: orders[i].lines.map((line) => ({ ...line, epochDay: day })),
    };
  });
  const listed = orders.map((order, i) => ({ order, invoice: invoiceIds[i] }));
  for (const order of cancellations) listed.push({ order, invoice: `C${invoiceIds[order.cancels]}` });
  // Stable sort: a cancellation lands after the invoices of its day.
  listed.sort((a, b) => a.order.epochDay - b.order.epochDay);

  const facturas: SampleCell[][] = [
    ["Ventas 2023-2024", null, null, null, null, null, null],
    [...FACTURAS_COLUMNS],
  ];
  for (const { order, invoice } of listed) {
    for (const line of order.lines) {
      facturas.push([
        ids[line.customer],
        names[line.customer],
        epochDayDate(line.epochDay),
        invoice,
        line.category,
        line.amount,
        line.cost,
      ]);
    }
  }

  // Two amounts pasted as Spanish text ("1.234,56", "1.234,56 €"): a reader must parse or report them.
  const dataStart = 2;
  const dataEnd = facturas.length; // exclusive
  const textRows: number[] = [];
  for (const fraction of [0.23, 0.71]) {
    let row = dataStart + Math.floor((dataEnd - dataStart) * fraction);
    while (typeof facturas[row][3] === "string" || (facturas[row][5] as number) < 1000) row++;
    textRows.push(row);
  }
  facturas[textRows[0]][5] = formatSpanishNumber(facturas[textRows[0]][5] as number);
  facturas[textRows[1]][5] = `${formatSpanishNumber(facturas[textRows[1]][5] as number)} €`;

  // A blank row left in the middle of the data, and a totals row at the bottom, as exported sheets have.
  const blankAt = dataStart + Math.floor((dataEnd - dataStart) * 0.55);
  facturas.splice(blankAt, 0, [null, null, null, null, null, null, null]);
  let totalAmount = 0;
  let totalCost = 0;
  for (let r = dataStart; r < facturas.length; r++) {
    const amount = facturas[r][5];
    const cost = facturas[r][6];
    // Like Excel's SUM: text cells are ignored.
    if (typeof amount === "number") totalAmount += amount;
    if (typeof cost === "number") totalCost += cost;
  }
  facturas.push(["Total", null, null, null, null, roundCents(totalAmount), roundCents(totalCost)]);

  const clientes: SampleCell[][] = [[...CLIENTES_COLUMNS]];
  const firstOrderDay = new Map<number, number>();
  for (const order of orders) {
    if (!firstOrderDay.has(order.customer)) firstOrderDay.set(order.customer, order.epochDay);
  }
  for (const profile of profiles) {
    const first = firstOrderDay.get(profile.index);
    let signUpDay: number;
    if (profile.trajectory === "lead") signUpDay = workingDay(random, 2024, random.integer(3, 11));
    else if (profile.trajectory === "new") signUpDay = (first ?? 19724) - random.integer(3, 40);
    else
      signUpDay = Math.round(
        utcDate(random.integer(2012, 2022), random.integer(1, 12), 1).getTime() / DAY_MS,
      );
    signUpDay = Math.min(signUpDay, first ?? signUpDay);
    const signUpYear = epochDayDate(signUpDay).getUTCFullYear();
    const acquisitionCost =
      signUpYear >= 2020
        ? roundCents(random.lognormal(Math.log(6500), 0.5) * (profile.channelIndex === 2 ? 0.4 : 1))
        : null;
    clientes.push([
      ids[profile.index],
      names[profile.index],
      REGIONS[profile.regionIndex],
      SECTORS[profile.sectorIndex],
      CHANNELS[profile.channelIndex],
      sizeTier(profile.employees),
      profile.employees,
      epochDayDate(signUpDay),
      acquisitionCost,
      REPS[profile.regionIndex][profile.index % 2],
      contactPerson(profile.index),
    ]);
  }

  const facturasSheet: SampleSheet = {
    name: "Facturas",
    rows: facturas,
    headerRow: 2,
    columnFormats: [null, null, "dd/mm/yyyy", null, null, '#,##0.00 "€"', '#,##0.00 "€"'],
    columnWidths: [10, 34, 12, 11, 20, 14, 14],
  };
  const clientesSheet: SampleSheet = {
    name: "Clientes",
    rows: clientes,
    headerRow: 1,
    columnFormats: [null, null, null, null, null, null, "0", "dd/mm/yyyy", '#,##0.00 "€"', null, null],
    columnWidths: [10, 34, 10, 24, 13, 10, 11, 14, 20, 18, 20],
  };
  return { fileName: "muestra-clientes.xlsx", sheets: [facturasSheet, clientesSheet] };
}
