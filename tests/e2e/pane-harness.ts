/**
 * Browser-side harness of the pane's end-to-end test, bundled with esbuild and injected before the page loads:
 * an in-memory Excel (the test double) behind `window.__CMAP_EXCEL_DOUBLE__`, which the pane's entry uses
 * when Office reports no host. The test reads the workbook back through `window.__CMAP_INSPECT__`.
 */
import { createExcelDouble, type ExcelDoubleInspector } from "../fixtures/excel-double";

interface HarnessWindow {
  __CMAP_E2E_LANG__?: string;
  __CMAP_EXCEL_DOUBLE__?: unknown;
  __CMAP_INSPECT__?: ExcelDoubleInspector;
  __CMAP_SELECT__?: (sheet: string, address: string) => void;
}

const harness = window as unknown as HarnessWindow;
const excel = createExcelDouble({
  sheets: [{ name: harness.__CMAP_E2E_LANG__?.startsWith("es") ? "Hoja1" : "Sheet1" }],
});
const listeners = new Set<() => void>();

harness.__CMAP_EXCEL_DOUBLE__ = {
  run: excel.run,
  displayLanguage: harness.__CMAP_E2E_LANG__ ?? "en-US",
  subscribeSelection(callback: () => void) {
    listeners.add(callback);
    return () => listeners.delete(callback);
  },
};
harness.__CMAP_INSPECT__ = excel.inspect;
/** Moves the selection like a user would, and fires the selection event. */
harness.__CMAP_SELECT__ = (sheet: string, address: string) => {
  excel.inspect.setSelection(sheet, address);
  listeners.forEach((listener) => listener());
};
