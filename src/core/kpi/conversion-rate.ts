/**
 * Conversion rate = closed / leads (the seed's "tasa de conversión"). Leads are the rows with a lead status;
 * a lead is closed when it bought (revenue > 0) or its status says won/converted ("won", "ganado",
 * "convertido", "cliente", "closed"/"cerrado" unless also "lost"/"perdido").
 */
import type { CustomerData } from "../model";
import type { Localized } from "../types";
import { texts } from "../../i18n/texts";

export interface ConversionResult {
  leads: number;
  closed: number;
  /** closed / leads; null when there is no lead data. */
  rate: number | null;
  unavailableReason?: Localized;
}

const WON = /\b(won|win|closed|converted|customer|client|ganad[oa]|cerrad[oa]|convertid[oa]|cliente)\b/;
const LOST = /\b(lost|perdid[oa]|descartad[oa]|rejected|rechazad[oa])\b/;

/** True when a lead status text means the lead became a customer. O(length of the text). */
function isClosedStatus(status: string): boolean {
  const text = status
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  return WON.test(text) && !LOST.test(text);
}

/** True when a lead status text says the lead was lost or rejected. O(length of the text). */
export function isLostStatus(status: string): boolean {
  return LOST.test(
    status
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase(),
  );
}

/** Counts leads and closed leads. O(customers). */
export function conversionRate(data: CustomerData): ConversionResult {
  let leads = 0;
  let closed = 0;
  for (let i = 0; i < data.count; i++) {
    const status = data.leadStatus[i]?.trim() ?? "";
    if (status === "") continue;
    leads++;
    if (data.revenue[i] > 0 || isClosedStatus(status)) closed++;
  }
  if (leads === 0) {
    return {
      leads,
      closed,
      rate: null,
      unavailableReason: texts((t) => t.kpi.conversionRate.unavailableReason),
    };
  }
  return { leads, closed, rate: closed / leads };
}
