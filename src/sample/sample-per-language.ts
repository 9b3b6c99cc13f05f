/** The sample workbook of each language with texts: adding a language adds its sample here (data, no branch). */
import { LANGUAGES, type Lang, type TextLang } from "../core/language";
import { buildEnglishSample } from "./english-sample";
import type { SampleWorkbook } from "./sample-types";
import { buildSpanishSample } from "./spanish-sample";

const SAMPLES: Readonly<Record<TextLang, () => SampleWorkbook>> = {
  en: () => buildEnglishSample(),
  es: () => buildSpanishSample(),
};

/** The sample workbook in a display language; a pseudo-locale gets its base language's sample. */
export function buildSample(lang: Lang): SampleWorkbook {
  return SAMPLES[LANGUAGES[lang].pseudoOf ?? (lang as TextLang)]();
}
