/**
 * The suggested actions of the call list, from the KBOX seed's action list (fidelización, optimizar
 * rentabilidad, desarrollar el cliente, re-engagement) plus "maintain", "review" and "reprice" (loss-making
 * customers: their own situation, see `segment/action-rules.ts`).
 */
import type { ActionId } from "../model";
import type { Localized } from "../types";
import { texts } from "../../i18n/texts";

export const ACTIONS: Record<ActionId, Localized> = {
  loyalty: texts((t) => t.insights.actions.actionsLoyalty),
  optimise: texts((t) => t.insights.actions.actionsOptimise),
  develop: texts((t) => t.insights.actions.actionsDevelop),
  reengage: texts((t) => t.insights.actions.actionsReengage),
  maintain: texts((t) => t.insights.actions.actionsMaintain),
  review: texts((t) => t.insights.actions.actionsReview),
  reprice: texts((t) => t.insights.actions.actionsReprice),
};
