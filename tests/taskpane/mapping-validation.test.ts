import { confidenceBand, effectiveRoles, validateMapping } from "../../src/taskpane/mapping-validation";
import { column } from "./fake-pane-host";

const mapping = [
  column(0, "Cliente", "customerId", 1),
  column(1, "Ventas", "revenue", 1),
  column(2, "Edad", "protected", 1),
  column(3, "Sexo", "protected", 1),
  column(4, "Notas", null, 0),
];

describe("effectiveRoles", () => {
  test("an override wins, including an explicit null; other columns keep the detected role", () => {
    expect(effectiveRoles(mapping, { Ventas: null, Notas: "channel" })).toEqual([
      "customerId",
      null,
      "protected",
      "protected",
      "channel",
    ]);
  });
});

describe("validateMapping", () => {
  test("the detected mapping is valid; protected may repeat", () => {
    const problems = validateMapping(mapping, effectiveRoles(mapping, {}), "customers");
    expect(problems.duplicates.size).toBe(0);
    expect(problems.missing).toEqual([]);
  });

  test("a second column with the same role is flagged on that column, naming the first", () => {
    const roles = effectiveRoles(mapping, { Notas: "customerId" });
    const problems = validateMapping(mapping, roles, "customers");
    expect([...problems.duplicates.entries()]).toEqual([[4, { role: "customerId", firstHeader: "Cliente" }]]);
  });

  test("revenue may come from quantity × unit price", () => {
    const m = [
      column(0, "Id", "customerId", 1),
      column(1, "Qty", "quantity", 1),
      column(2, "Price", "unitPrice", 1),
    ];
    expect(validateMapping(m, effectiveRoles(m, {}), "customers").missing).toEqual([]);
    expect(validateMapping(m, effectiveRoles(m, { Price: null }), "customers").missing).toEqual(["revenue"]);
  });

  test("a customer name stands in for a missing id; transactions need a date", () => {
    const m = [column(0, "Nombre", "customerName", 1), column(1, "Importe", "revenue", 1)];
    expect(validateMapping(m, effectiveRoles(m, {}), "customers").missing).toEqual([]);
    expect(validateMapping(m, effectiveRoles(m, {}), "transactions").missing).toEqual(["date"]);
    expect(validateMapping(m, effectiveRoles(m, { Nombre: null }), "customers").missing).toEqual([
      "customerId",
    ]);
  });
});

describe("confidenceBand", () => {
  test.each([
    [1, "revenue", "high"],
    [0.9, "revenue", "high"],
    [0.89, "revenue", "medium"],
    [0.6, "revenue", "medium"],
    [0.59, "revenue", "low"],
    [0, "revenue", "none"],
    [1, null, "none"],
  ] as const)("%s for %s → %s", (confidence, role, band) =>
    expect(confidenceBand(confidence, role)).toBe(band),
  );
});
