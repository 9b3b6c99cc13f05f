import { forms } from "../forms";

/** English texts of format. The Spanish pack (../es/format.ts) has the same keys and placeholders. */
export const format = {
  index: {
    utc: "UTC",
    dayForms: forms("day", "days"),
    monthsWord: "months",
  },
};
