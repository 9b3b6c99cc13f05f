/**
 * Activates a sheet by name or id (the pane's links to the sheets it created). Two syncs.
 *
 * @throws ExcelHostError "excel/sheet-missing" when the sheet no longer exists, "excel/sheet-hidden" when it
 * is hidden (the add-in's history sheet).
 */
import { ExcelHostError } from "./excel-errors";

export async function activateSheet(context: Excel.RequestContext, nameOrId: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(nameOrId);
  sheet.load("name,visibility");
  await context.sync();
  if (sheet.isNullObject) {
    throw new ExcelHostError(
      "excel/sheet-missing",
      {
        en: `Sheet "${nameOrId}" no longer exists. Build the customer map again to recreate it.`,
        es: `La hoja "${nameOrId}" ya no existe. Vuelva a crear el mapa de clientes para recuperarla.`,
      },
      { where: nameOrId },
    );
  }
  if (sheet.visibility !== "Visible") {
    throw new ExcelHostError(
      "excel/sheet-hidden",
      {
        en: `Sheet "${sheet.name}" is hidden: right-click a sheet tab › Unhide to see it.`,
        es: `La hoja "${sheet.name}" está oculta: haga clic derecho en una pestaña › Mostrar para verla.`,
      },
      { where: sheet.name },
    );
  }
  sheet.activate();
  await context.sync();
}
