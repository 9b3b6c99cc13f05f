/**
 * Entry of the task pane ("taskpane" chunk). Waits for Office, then renders the pane against Excel — or, in
 * the browser test harness, against the injected Excel test double (`window.__CMAP_EXCEL_DOUBLE__`), or shows
 * "Open this add-in in Excel" when there is neither.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeRunner, type ExcelRunner } from "../office/excel-run";
import { excelHost } from "../office/office-ready";
import { App } from "./components/App";
import { NoHost } from "./components/NoHost";
import { langFromDisplayLanguage } from "./i18n/strings";
import { createLazyPaneHost } from "./lazy-pane-host";

/** What the end-to-end harness injects before the page loads (see tests/e2e). */
interface InjectedExcel {
  run: ExcelRunner;
  displayLanguage?: string;
  /** Lets the harness fire "selection changed" after it moves the selection. */
  subscribeSelection?: (callback: () => void) => () => void;
}

declare global {
  interface Window {
    __CMAP_EXCEL_DOUBLE__?: InjectedExcel;
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const excel = await excelHost();
  const injected = window.__CMAP_EXCEL_DOUBLE__;

  if (excel) {
    const host = createLazyPaneHost({ run: officeRunner, displayLanguage: excel.displayLanguage });
    root.render(<App host={host} />);
  } else if (injected) {
    const host = createLazyPaneHost({
      run: injected.run,
      displayLanguage: injected.displayLanguage ?? navigator.language,
      subscribeSelection: injected.subscribeSelection,
    });
    root.render(<App host={host} />);
  } else {
    root.render(<NoHost lang={langFromDisplayLanguage(navigator.language)} />);
  }
}

void start();
