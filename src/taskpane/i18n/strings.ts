/**
 * Every text the task pane shows, from the language packs (src/i18n/<lang>/pane.ts). A typed dictionary
 * instead of an i18n library: `Strings` is the English shape, every other language must match it key for key
 * (the compiler and a test check it). Placeholders are `{name}` and are filled by `formatText`.
 */
import type { Role } from "../../core/model";
import type { TextLang } from "../../core/types";
import type { BuildStage } from "../pane-host";
import { fillTemplate } from "../../core/text";
import { langFromTag, perTextLanguage, tr } from "../../core/language";
import { asHeading, ROLE_LABELS, ROLES } from "../../core/role-labels";
import { fromPacks, type Texts } from "../../i18n/texts";

/** The dictionary shape: every key of the English pane texts, each a string. */
export type Strings = Texts["pane"];
export type StringKey = keyof Strings;

/** The pane's texts of each language, from the language packs (src/i18n/<lang>/pane.ts). */
export const strings: Record<TextLang, Strings> = fromPacks((t) => t.pane);

/**
 * Column meanings shown in the mapping dropdowns: the core's role names (src/core/role-labels.ts) as headings,
 * so a column has the same name in the pane, the About sheet and the CLI.
 */
export const roleTexts: Record<TextLang, Record<Role, string>> = perTextLanguage((lang) => {
  const table = {} as Record<Role, string>;
  for (const role of ROLES) {
    const name = tr(asHeading(ROLE_LABELS[role]), lang);
    table[role] = role === "protected" ? fillTemplate(strings[lang].roleNotUsed, { role: name }) : name;
  }
  return table;
});

export const stageKeys: Record<BuildStage, StringKey> = {
  reading: "stageReading",
  analyzing: "stageAnalyzing",
  planning: "stagePlanning",
  writing: "stageWriting",
};

/** Fills `{name}` placeholders; unknown placeholders are left visible so a missing value is noticed. */
export const formatText = fillTemplate;

/** Office's display language as one of ours (see `langFromTag`: "es-ES" → "es", "qps-ploc" → "qps"). */
export const langFromDisplayLanguage = langFromTag;
