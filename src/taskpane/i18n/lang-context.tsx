/**
 * The pane's current language, given by `App` and read by every component through `useTexts`, so a switch in
 * the header re-renders everything at once without an i18n library.
 */
import * as React from "react";
import type { Lang } from "../../core/types";
import { methodTexts, roleTexts, strings, type Strings } from "./strings";

const LangContext = React.createContext<Lang>("en");

export const LangProvider = LangContext.Provider;

export interface Texts {
  lang: Lang;
  t: Strings;
  methods: (typeof methodTexts)[Lang];
  roles: (typeof roleTexts)[Lang];
}

/** The dictionaries of the current language. */
export function useTexts(): Texts {
  const lang = React.useContext(LangContext);
  return React.useMemo(
    () => ({ lang, t: strings[lang], methods: methodTexts[lang], roles: roleTexts[lang] }),
    [lang],
  );
}
