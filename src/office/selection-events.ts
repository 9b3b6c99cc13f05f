/** Office's selection-changed event (fires on sheet changes too), or a no-op outside Office. */
export function subscribeToOfficeSelection(callback: () => void): () => void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const document = office?.context?.document;
  if (!office || !document || typeof document.addHandlerAsync !== "function") return () => undefined;
  const handler = () => callback();
  document.addHandlerAsync(office.EventType.DocumentSelectionChanged, handler);
  return () => document.removeHandlerAsync(office.EventType.DocumentSelectionChanged, { handler });
}
