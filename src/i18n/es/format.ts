import { forms } from "../forms";
import type { Texts } from "../texts";

/** Spanish texts of format: the same keys and placeholders as the English pack (../en/format.ts). */
export const format: Texts["format"] = {
  index: {
    utc: "UTC",
    dayForms: forms("día", "días"),
    monthsWord: "meses",
  },
};
