/**
 * The pane's current language, given by `App` and read by every component through `useTexts`, so a switch in
 * the header re-renders everything at once without an i18n library.
 */
import * as React from "react";
import type { Lang } from "../../core/types";
import { roleTexts, strings, type Strings } from "./strings";
import { inLang, type TextLang } from "../../core/language";

const LangContext = React.createContext<Lang>("en");

export const LangProvider = LangContext.Provider;

/** Texts another surface says differently (the web page has a file, not a workbook), per language. */
export type TextOverrides = Record<TextLang, Partial<Strings>>;

const OverridesContext = React.createContext<TextOverrides | null>(null);

/** Replaces some of the pane's texts for everything below it; the pane itself never sets it. */
export const TextOverridesProvider = OverridesContext.Provider;

interface Texts {
  lang: Lang;
  t: Strings;
  roles: (typeof roleTexts)[TextLang];
}

/** The dictionaries of the current language. */
export function useTexts(): Texts {
  const lang = React.useContext(LangContext);
  const overrides = React.useContext(OverridesContext);
  return React.useMemo(() => {
    const replaced = overrides ? inLang(overrides, lang) : undefined;
    const t = replaced ? { ...inLang(strings, lang), ...replaced } : inLang(strings, lang);
    return { lang, t, roles: inLang(roleTexts, lang) };
  }, [lang, overrides]);
}
