/**
 * The one set of names people read for column roles and dimensions, written to sit inside a sentence
 * ("the revenue column"); `asHeading` capitalises them for headings. Every module that names a role or a
 * dimension uses these, so a column has one name everywhere.
 */
import type { DimensionField, Role } from "./model";
import type { Localized } from "./types";
import { localize } from "./language";
import { capitalize } from "./text";
import { texts } from "../i18n/texts";

export const ROLE_LABELS: Record<Role, Localized> = {
  customerId: texts((t) => t.core.roleLabels.customerId),
  customerName: texts((t) => t.core.roleLabels.customerName),
  revenue: texts((t) => t.core.roleLabels.revenue),
  quantity: texts((t) => t.core.roleLabels.quantity),
  unitPrice: texts((t) => t.core.roleLabels.unitPrice),
  marginAmount: texts((t) => t.core.roleLabels.marginAmount),
  marginPercent: texts((t) => t.core.roleLabels.marginPercent),
  cost: texts((t) => t.core.roleLabels.cost),
  orders: texts((t) => t.core.roleLabels.orders),
  date: texts((t) => t.core.roleLabels.date),
  firstPurchase: texts((t) => t.core.roleLabels.firstPurchase),
  lastPurchase: texts((t) => t.core.roleLabels.lastPurchase),
  previousRevenue: texts((t) => t.core.roleLabels.previousRevenue),
  invoiceId: texts((t) => t.core.roleLabels.invoiceId),
  lineNumber: texts((t) => t.core.roleLabels.lineNumber),
  category: texts((t) => t.core.roleLabels.category),
  region: texts((t) => t.core.roleLabels.region),
  country: texts((t) => t.core.roleLabels.country),
  city: texts((t) => t.core.roleLabels.city),
  sector: texts((t) => t.core.roleLabels.sector),
  channel: texts((t) => t.core.roleLabels.channel),
  size: texts((t) => t.core.roleLabels.size),
  owner: texts((t) => t.core.roleLabels.owner),
  contact: texts((t) => t.core.roleLabels.contact),
  leadStatus: texts((t) => t.core.roleLabels.leadStatus),
  acquisitionSpend: texts((t) => t.core.roleLabels.acquisitionSpend),
  onlineShare: texts((t) => t.core.roleLabels.onlineShare),
  costToServe: texts((t) => t.core.roleLabels.costToServe),
  referrals: texts((t) => t.core.roleLabels.referrals),
  nps: texts((t) => t.core.roleLabels.nps),
  shareOfWallet: texts((t) => t.core.roleLabels.shareOfWallet),
  protected: texts((t) => t.core.roleLabels.protected),
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
  return localize((lang) => capitalize(label[lang]));
}
