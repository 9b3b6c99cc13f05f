/**
 * Headings that several sheets share, so the same figure has the same name on the map, the Segments sheet,
 * the Customers table and the About sheet.
 */
export const COLUMN_LABELS = {
  segment: { en: "Segment", es: "Segmento" },
  customers: { en: "Customers", es: "Clientes" },
  revenue: { en: "Revenue", es: "Ventas" },
  revenueShare: { en: "Share of revenue", es: "% de las ventas" },
  margin: { en: "Margin", es: "Margen" },
  marginPercent: { en: "Margin %", es: "Margen %" },
  averageTicket: { en: "Average ticket", es: "Ticket medio" },
  action: { en: "Recommended action", es: "Acción recomendada" },
} as const;
