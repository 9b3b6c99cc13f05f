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
  customerId: texts((t) => t.core.roleLabels.roleLabelsCustomerId),
  customerName: texts((t) => t.core.roleLabels.roleLabelsCustomerName),
  revenue: texts((t) => t.core.roleLabels.roleLabelsRevenue),
  quantity: texts((t) => t.core.roleLabels.roleLabelsQuantity),
  unitPrice: texts((t) => t.core.roleLabels.roleLabelsUnitPrice),
  marginAmount: texts((t) => t.core.roleLabels.roleLabelsMarginAmount),
  marginPercent: texts((t) => t.core.roleLabels.roleLabelsMarginPercent),
  cost: texts((t) => t.core.roleLabels.roleLabelsCost),
  orders: texts((t) => t.core.roleLabels.roleLabelsOrders),
  date: texts((t) => t.core.roleLabels.roleLabelsDate),
  firstPurchase: texts((t) => t.core.roleLabels.roleLabelsFirstPurchase),
  lastPurchase: texts((t) => t.core.roleLabels.roleLabelsLastPurchase),
  previousRevenue: texts((t) => t.core.roleLabels.roleLabelsPreviousRevenue),
  invoiceId: texts((t) => t.core.roleLabels.roleLabelsInvoiceId),
  lineNumber: texts((t) => t.core.roleLabels.roleLabelsLineNumber),
  category: texts((t) => t.core.roleLabels.roleLabelsCategory),
  region: texts((t) => t.core.roleLabels.roleLabelsRegion),
  country: texts((t) => t.core.roleLabels.roleLabelsCountry),
  city: texts((t) => t.core.roleLabels.roleLabelsCity),
  sector: texts((t) => t.core.roleLabels.roleLabelsSector),
  channel: texts((t) => t.core.roleLabels.roleLabelsChannel),
  size: texts((t) => t.core.roleLabels.roleLabelsSize),
  owner: texts((t) => t.core.roleLabels.roleLabelsOwner),
  contact: texts((t) => t.core.roleLabels.roleLabelsContact),
  leadStatus: texts((t) => t.core.roleLabels.roleLabelsLeadStatus),
  acquisitionSpend: texts((t) => t.core.roleLabels.roleLabelsAcquisitionSpend),
  onlineShare: texts((t) => t.core.roleLabels.roleLabelsOnlineShare),
  costToServe: texts((t) => t.core.roleLabels.roleLabelsCostToServe),
  referrals: texts((t) => t.core.roleLabels.roleLabelsReferrals),
  nps: texts((t) => t.core.roleLabels.roleLabelsNps),
  shareOfWallet: texts((t) => t.core.roleLabels.roleLabelsShareOfWallet),
  protected: texts((t) => t.core.roleLabels.roleLabelsProtected),
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
