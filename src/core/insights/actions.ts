/**
 * The suggested actions of the call list, from the KBOX seed's action list (fidelización, optimizar
 * rentabilidad, desarrollar el cliente, re-engagement) plus "maintain", "review" and "reprice" (loss-making
 * customers: their own situation, see `segment/action-rules.ts`).
 */
import type { ActionId } from "../model";
import type { Localized } from "../types";

export const ACTIONS: Record<ActionId, Localized> = {
  loyalty: {
    en: "Loyalty: design a specific plan to keep this profitable business",
    es: "Fidelización: diseñar una estrategia específica para conservar este negocio rentable",
  },
  optimise: {
    en: "Optimise profitability: review commercial conditions and cost to serve",
    es: "Optimizar rentabilidad: revisar condiciones comerciales y coste de servicio",
  },
  develop: {
    en: "Develop: targeted campaign for cross-selling and purchase frequency",
    es: "Desarrollar el cliente: campaña específica de venta cruzada y frecuencia de compra",
  },
  reengage: {
    en: "Re-engage: personalised campaign before the customer is lost",
    es: "Reactivación: campaña personalizada antes de perder al cliente",
  },
  maintain: { en: "Maintain: serve at low cost", es: "Mantener: atender con bajo coste" },
  review: { en: "Review: look into the cause", es: "Revisar: analizar la causa" },
  reprice: {
    en: "Reprice, renegotiate or stop: every sale loses money; review prices, discounts and cost to serve, or stop serving",
    es: "Revisar precios, renegociar o dejar de servir: cada venta pierde dinero; revise precios, descuentos y coste de servicio, o deje de servir",
  },
};
