/**
 * The web page's own texts and the pane texts it says differently (the page works on a file and a download,
 * not on the open workbook), from the language packs (src/i18n/<lang>/web-page.ts). Same rules as the pane's
 * dictionary: `WebStrings` is the English shape and every other language must match it key for key.
 */
import type { TextLang } from "../core/types";
import type { TextOverrides } from "../taskpane/i18n/lang-context";
import { fromPacks, type Texts } from "../i18n/texts";

/** The page's texts. */
type WebStrings = Texts["webPage"];

/** The page's texts of each language, from the language packs (src/i18n/<lang>/web-page.ts). */
export const webStrings: Record<TextLang, WebStrings> = fromPacks((t) => t.webPage);

/** Pane texts that speak of the workbook or Excel, as the page says them. */
export const paneTextOverrides: TextOverrides = fromPacks((t) => t.webPane);
