/**
 * A PaneHost whose heavy part (the core pipeline, the renderer, the samples) is loaded on first use, so the
 * task pane's initial JavaScript holds only React, Fluent and the first screen. Settings and selection events
 * are served directly: the first screen needs them before anything else.
 */
import type { ExcelRunner } from "../office/excel-run";
import type { PaneHost } from "./pane-host";
import { loadPaneSettings, savePaneSettings } from "./pane-settings-store";
import { subscribeToOfficeSelection } from "../office/selection-events";

interface LazyPaneHostOptions {
  run: ExcelRunner;
  displayLanguage: string;
  subscribeSelection?: (callback: () => void) => () => void;
}

export function createLazyPaneHost(options: LazyPaneHostOptions): PaneHost {
  const subscribe = options.subscribeSelection ?? subscribeToOfficeSelection;
  let loading: Promise<PaneHost> | null = null;
  const real = (): Promise<PaneHost> =>
    (loading ??= import(/* webpackChunkName: "pane-engine" */ "./office-pane-host").then((module) =>
      module.createOfficePaneHost({ ...options, subscribeSelection: subscribe }),
    ));
  return {
    displayLanguage: options.displayLanguage,
    detectData: async (detect) => (await real()).detectData(detect),
    build: async (build, onProgress, signal) => (await real()).build(build, onProgress, signal),
    activateSheet: async (name) => (await real()).activateSheet(name),
    insertSampleData: async (lang) => (await real()).insertSampleData(lang),
    loadSettings: () => loadPaneSettings(options.run),
    saveSettings: (settings) => savePaneSettings(options.run, settings),
    onSelectionChanged: (callback) => subscribe(callback),
  };
}
