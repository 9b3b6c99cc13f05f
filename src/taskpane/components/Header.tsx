/** The pane's header: product name and the language switch (overrides Office's display language). */
import * as React from "react";
import { makeStyles, mergeClasses, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { DataPie24Filled } from "@fluentui/react-icons";
import type { Lang } from "../../core/types";
import { useTexts } from "../i18n/lang-context";
import { DISPLAY_LANGUAGES, LANGUAGES } from "../../core/language";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { color: tokens.colorBrandForeground1, flexShrink: 0, display: "flex" },
  titles: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1, lineHeight: 1.1 },
  name: { margin: 0, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
  tagline: { color: tokens.colorNeutralForeground3 },
  languages: { display: "flex", gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  languageButton: {
    minWidth: "36px",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
});

interface HeaderProps {
  lang: Lang;
  onLangChange: (lang: Lang) => void;
}

export function Header({ lang, onLangChange }: HeaderProps): React.ReactElement {
  const styles = useStyles();
  const { t } = useTexts();
  // Each language by its code and its own name (as its reader would look for it), whatever the pane's language.
  const languages = DISPLAY_LANGUAGES.map((id) => ({
    lang: id,
    short: id.toUpperCase(),
    name: LANGUAGES[id].name,
  }));
  return (
    <header className={styles.header}>
      <span className={styles.logo} aria-hidden="true">
        <DataPie24Filled />
      </span>
      <div className={styles.titles}>
        <Text as="h1" weight="semibold" size={400} className={styles.name}>
          {t.productName}
        </Text>
        <Text size={200} className={mergeClasses(styles.name, styles.tagline)}>
          {t.productTagline}
        </Text>
      </div>
      <div role="group" aria-label={t.languageLabel} className={styles.languages}>
        {languages.map((item) => (
          <ToggleButton
            key={item.lang}
            size="small"
            appearance={item.lang === lang ? "primary" : "subtle"}
            checked={item.lang === lang}
            className={styles.languageButton}
            aria-label={item.name}
            lang={item.lang}
            onClick={() => onLangChange(item.lang)}
          >
            {item.short}
          </ToggleButton>
        ))}
      </div>
    </header>
  );
}
