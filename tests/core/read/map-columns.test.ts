import { headerLanguage, mapColumns, matchHeader } from "../../../src/core/read/map-columns";
import { headerTokens, normalizeText } from "../../../src/core/read/text-normalize";

describe("header normalisation", () => {
  it("removes case, accents and punctuation; keeps % and # as words", () => {
    expect(normalizeText("  Facturación (€) ")).toBe("facturacion");
    expect(normalizeText("Margen %")).toBe("margen pct");
    expect(normalizeText("Nº cliente")).toBe("num cliente");
    expect(normalizeText("CustomerID")).toBe("customer id");
    expect(headerTokens("Fecha de la última compra")).toEqual({
      tokens: ["fecha", "ultima", "compra"],
      year: NaN,
    });
    expect(headerTokens("Ventas 2024 (EUR)")).toEqual({ tokens: ["ventas"], year: 2024 });
  });
});

/** Header sets as real sheets write them, with the roles a person would give. */
const ENGLISH: [string, string][] = [
  ["Customer ID", "customerId"],
  ["Customer Name", "customerName"],
  ["Total Sales", "revenue"],
  ["Gross Profit", "marginAmount"],
  ["GM %", "marginPercent"],
  ["COGS", "cost"],
  ["# Orders", "orders"],
  ["Invoice Date", "date"],
  ["First order date", "firstPurchase"],
  ["Last Order", "lastPurchase"],
  ["Sales LY", "previousRevenue"],
  ["Invoice No.", "invoiceId"],
  ["Product Category", "category"],
  ["Sales Region", "region"],
  ["Country", "country"],
  ["City", "city"],
  ["Industry", "sector"],
  ["Sales Channel", "channel"],
  ["Employees", "size"],
  ["Lead Status", "leadStatus"],
  ["Acquisition cost", "acquisitionSpend"],
  ["Online share", "onlineShare"],
  ["Cost to serve", "costToServe"],
  ["Referrals", "referrals"],
  ["NPS", "nps"],
  ["Share of wallet", "shareOfWallet"],
  ["Qty", "quantity"],
  ["Unit Price", "unitPrice"],
  ["Email", "contact"],
  ["Date of birth", "protected"],
  ["Gender", "protected"],
];
const SPANISH: [string, string][] = [
  ["Código de cliente", "customerId"],
  ["Razón social", "customerName"],
  ["Facturación", "revenue"],
  ["Margen bruto", "marginAmount"],
  ["% Margen", "marginPercent"],
  ["Coste total", "cost"],
  ["Nº pedidos", "orders"],
  ["Fecha factura", "date"],
  ["Fecha primera compra", "firstPurchase"],
  ["Última compra", "lastPurchase"],
  ["Ventas año anterior", "previousRevenue"],
  ["Nº factura", "invoiceId"],
  ["Familia", "category"],
  ["Zona", "region"],
  ["País", "country"],
  ["Población", "city"],
  ["Sector", "sector"],
  ["Canal de venta", "channel"],
  ["Nº empleados", "size"],
  ["Estado", "leadStatus"],
  ["Coste de captación", "acquisitionSpend"],
  ["% pedidos online", "onlineShare"],
  ["Coste de servir", "costToServe"],
  ["Referidos", "referrals"],
  ["Cuota de cliente", "shareOfWallet"],
  ["Unidades", "quantity"],
  ["Precio unitario", "unitPrice"],
  ["Correo electrónico", "contact"],
  ["Edad", "protected"],
  ["SEXO", "protected"],
  ["Importes", "revenue"],
];

/** How to reach the customer, in the wordings a sales team uses (one role, many headers). */
const CONTACT_HEADERS = [
  "E-mail",
  "Phone",
  "Phone number",
  "Mobile",
  "Tel",
  "Contact person",
  "Contact",
  "Correo",
  "Teléfono",
  "Tfno.",
  "Móvil",
  "Persona de contacto",
  "Contacto",
  "Email cliente",
  "Teléfono de contacto",
];

describe("matchHeader", () => {
  it.each(CONTACT_HEADERS)("contact header %s → contact", (header) => {
    expect(matchHeader(header)?.role).toBe("contact");
  });
  it.each(ENGLISH)("English %s → %s", (header, role) => {
    expect(matchHeader(header)?.role).toBe(role);
  });
  it.each(SPANISH)("Spanish %s → %s", (header, role) => {
    expect(matchHeader(header)?.role).toBe(role);
  });
  it("gives 1 to a whole-header synonym and less to a partial or generic one", () => {
    expect(matchHeader("Ventas")!.confidence).toBe(1);
    expect(matchHeader("Ventas netas acumuladas")!.confidence).toBeLessThan(1);
    expect(matchHeader("Cliente")!.confidence).toBeLessThan(1);
    expect(matchHeader("Zzz")).toBeNull();
  });
  it("detects the language of a header set", () => {
    expect(headerLanguage(SPANISH.map(([h]) => h))).toBe("es");
    expect(headerLanguage(ENGLISH.map(([h]) => h))).toBe("en");
  });
});

describe("mapColumns", () => {
  it("maps whole header sets with one column per role", () => {
    const mapping = mapColumns(ENGLISH.filter(([, role]) => role !== "protected").map(([h]) => h));
    const roles = mapping.map((m) => m.role);
    expect(new Set(roles).size).toBe(roles.length);
    expect(mapping.every((m) => m.reason.en.length > 0 && m.reason.es.length > 0)).toBe(true);
  });
  it("keeps the more confident column when two claim one role", () => {
    const mapping = mapColumns(["Cliente", "Importe", "Importe total"]);
    expect(mapping.map((m) => m.role)).toEqual(["customerId", "revenue", null]);
    expect(mapping[2].reason.en).toContain('"Importe"');
  });
});
