/**
 * Our sheets never take a name like "Clientes (2)" when the user has one with our name: the alternate that
 * reads as the map's own ("Clientes del mapa"), a letter only when that is taken too.
 */
import { alternateSheetName, SHEET_NAMES } from "../../src/core/plan/sheet-names";
import type { SheetKey } from "../../src/core/plan/workbook-plan";
import { freeSheetName } from "../../src/office/sheet-names";

test("a clash with the user's sheet takes the alternate name in the plan's language, then a letter", () => {
  const taken = new Set(["clientes", "datos"]);
  expect(freeSheetName("Clientes", taken, [alternateSheetName("customers", "Clientes") ?? ""])).toBe(
    "Clientes del mapa",
  );
  // The next map beside both: the alternate is taken, a letter follows it.
  expect(freeSheetName("Clientes", taken, ["Clientes del mapa"])).toBe("Clientes (b)");
  expect(freeSheetName("Datos", new Set(["x"]), ["Otro"])).toBe("Datos");
  expect(alternateSheetName("customers", "Customers")).toBe("Map customers");
  expect(alternateSheetName("customers", "Mis clientes")).toBeUndefined();
});

test("every alternate name is a valid, distinct Excel sheet name with no number or letter in brackets", () => {
  const keys = Object.keys(SHEET_NAMES) as SheetKey[];
  for (const lang of ["en", "es"] as const) {
    const names = keys.map((key) => alternateSheetName(key, SHEET_NAMES[key][lang]) ?? "");
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]|\(\d+\)|\([a-z]\)/);
    }
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    const planned = new Set(keys.map((key) => SHEET_NAMES[key][lang].toLowerCase()));
    for (const name of names) expect(planned.has(name.toLowerCase())).toBe(false);
  }
});
