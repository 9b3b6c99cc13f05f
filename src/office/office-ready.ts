/** Waits for Office.js and says whether the page runs inside Excel, with Office's display language. */

/** `{ displayLanguage }` inside Excel ("es-ES"...), null outside it (a plain browser, the test harness). */
export async function excelHost(): Promise<{ displayLanguage: string } | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office) return null;
  const info = await office.onReady();
  if (info.host !== office.HostType.Excel) return null;
  return { displayLanguage: office.context.displayLanguage ?? "en-US" };
}

/**
 * Office's display language ("es-ES"), or undefined when Office or its context is absent (Jest, Node, the
 * custom-functions runtime before Office is ready). Never throws.
 */
export function officeDisplayLanguage(): string | undefined {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
    return office?.context?.displayLanguage;
  } catch {
    return undefined;
  }
}
