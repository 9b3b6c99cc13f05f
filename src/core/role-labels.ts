/**
 * The one set of names people read for column roles and dimensions, written to sit inside a sentence
 * ("the revenue column"); `asHeading` capitalises them for headings. Every module that names a role or a
 * dimension uses these, so a column has one name everywhere.
 */
import type { DimensionField, Role } from "./model";
import type { Localized } from "./types";
import { capitalize } from "./text";

export const ROLE_LABELS: Record<Role, Localized> = {
  customerId: { en: "customer ID", es: "ID de cliente" },
  customerName: { en: "customer name", es: "nombre de cliente" },
  revenue: { en: "revenue", es: "ventas" },
  quantity: { en: "quantity", es: "cantidad" },
  unitPrice: { en: "unit price", es: "precio unitario" },
  marginAmount: { en: "margin amount", es: "margen (importe)" },
  marginPercent: { en: "margin %", es: "margen %" },
  cost: { en: "cost", es: "coste" },
  orders: { en: "orders", es: "pedidos" },
  date: { en: "date", es: "fecha" },
  firstPurchase: { en: "first purchase", es: "primera compra" },
  lastPurchase: { en: "last purchase", es: "última compra" },
  previousRevenue: { en: "previous-period revenue", es: "ventas del periodo anterior" },
  invoiceId: { en: "invoice id", es: "número de factura" },
  lineNumber: { en: "invoice line number", es: "número de línea de factura" },
  category: { en: "product / category", es: "producto / categoría" },
  region: { en: "region", es: "región" },
  country: { en: "country", es: "país" },
  city: { en: "city", es: "ciudad" },
  sector: { en: "sector", es: "sector" },
  channel: { en: "channel", es: "canal" },
  size: { en: "size", es: "tamaño" },
  owner: { en: "sales rep", es: "comercial" },
  contact: { en: "contact", es: "contacto" },
  leadStatus: { en: "lead status", es: "estado del lead" },
  acquisitionSpend: { en: "acquisition spend", es: "gasto de captación" },
  onlineShare: { en: "online share", es: "cuota online" },
  costToServe: { en: "cost to serve", es: "coste de servir" },
  referrals: { en: "referrals", es: "referidos" },
  nps: { en: "NPS", es: "NPS" },
  shareOfWallet: { en: "share of wallet", es: "cuota de cliente" },
  protected: { en: "protected attribute", es: "atributo protegido" },
};

/** Every role, in the order a commercial director thinks of them: who, how much, when, where. */
export const ROLES: readonly Role[] = Object.keys(ROLE_LABELS) as Role[];

/** Dimension names (a subset of the roles), in sentence form. */
export const DIMENSION_LABELS: Record<DimensionField, Localized> = {
  region: ROLE_LABELS.region,
  country: ROLE_LABELS.country,
  city: ROLE_LABELS.city,
  sector: ROLE_LABELS.sector,
  channel: ROLE_LABELS.channel,
  size: ROLE_LABELS.size,
  owner: ROLE_LABELS.owner,
};

/** The dimensions a segmentation can be crossed with, in display order. */
export const DIMENSIONS: readonly DimensionField[] = Object.keys(DIMENSION_LABELS) as DimensionField[];

/** "region" → "Region", "margen %" → "Margen %": the label as a heading, in both languages. */
export function asHeading(label: Localized): Localized {
  return { en: capitalize(label.en), es: capitalize(label.es) };
}
