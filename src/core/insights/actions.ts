/**
 * The suggested actions of the call list, from the KBOX seed's action list (fidelización, optimizar
 * rentabilidad, desarrollar el cliente, re-engagement) plus "maintain", "review" and "reprice" (loss-making
 * customers: their own situation, see `segment/action-rules.ts`).
 *
 * One wording per action: each is the portfolio map's sentence for the same action (`segment.portfolioMap`), so
 * a customer's row in the call list and the map's segment never recommend the same thing in two ways.
 */
import type { ActionId } from "../model";
import type { Localized } from "../types";
import { texts } from "../../i18n/texts";

export const ACTIONS: Record<ActionId, Localized> = {
  loyalty: texts((t) => t.segment.portfolioMap.strategicVipAction),
  optimise: texts((t) => t.segment.portfolioMap.highVolumeLowMarginAction),
  develop: texts((t) => t.segment.portfolioMap.lowVolumeHighMarginAction),
  reengage: texts((t) => t.segment.portfolioMap.reEngagementPersonalisedRetentionCampaigns),
  maintain: texts((t) => t.segment.portfolioMap.maintainServeAtLow),
  review: texts((t) => t.insights.actions.actionsReview),
  reprice: texts((t) => t.segment.portfolioMap.repriceRenegotiateOrStop),
};

/**
 * Loyalty where the data has no margin: the map's "High value" wording, which does not call the business
 * profitable (nothing in the data says it is) and asks for the margin that would tell.
 */
export const LOYALTY_MARGIN_UNKNOWN: Localized = texts((t) => t.segment.portfolioMap.loyaltyKeepThisBusiness);
