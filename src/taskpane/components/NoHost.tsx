/** Shown when the pane is opened outside Excel (a plain browser): what to do instead. */
import * as React from "react";
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import { strings } from "../i18n/strings";
import { inLang } from "../../core/language";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export function NoHost({ lang }: { lang: Lang }): React.ReactElement {
  const styles = useStyles();
  const t = inLang(strings, lang);
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang={lang}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.noHostTitle}</MessageBarTitle>
          {t.noHostBody}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
