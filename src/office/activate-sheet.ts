/**
 * Activates a sheet by name or id (the pane's links to the sheets it created). Two syncs.
 *
 * @throws ExcelHostError "excel/sheet-missing" when the sheet no longer exists, "excel/sheet-hidden" when it
 * is hidden (the add-in's history sheet).
 */
import { ExcelHostError } from "./excel-errors";
import { texts } from "../i18n/texts";

export async function activateSheet(context: Excel.RequestContext, nameOrId: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(nameOrId);
  sheet.load("name,visibility");
  await context.sync();
  if (sheet.isNullObject) {
    throw new ExcelHostError(
      "excel/sheet-missing",
      texts((t) => t.office.activateSheet.sheetNoLongerExists(nameOrId)),
      { where: nameOrId },
    );
  }
  if (sheet.visibility !== "Visible") {
    throw new ExcelHostError(
      "excel/sheet-hidden",
      texts((t) => t.office.activateSheet.sheetIsHiddenRight(sheet.name)),
      { where: sheet.name },
    );
  }
  sheet.activate();
  await context.sync();
}
