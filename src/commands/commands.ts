/*
 * Ribbon commands. The only button (Home › Customer Map) opens the task pane, which the manifest declares
 * as a ShowTaskpane action, so no function is registered here. The file exists so the shared runtime page
 * has a commands entry when a command with an ExecuteFunction action is added.
 */
Office.onReady(() => {
  // Nothing to register: see the note above.
});
