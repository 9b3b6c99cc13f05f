/** A failed build or read, said in the user's language: what is wrong, where, and that nothing was written. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useTexts } from "../i18n/lang-context";
import { formatText } from "../i18n/strings";
import type { PaneError } from "../pane-error";
import { tr } from "../../core/language";

interface ErrorBarProps {
  error: Exclude<PaneError, { kind: "cancelled" }>;
  title?: string;
  /** Whether to add "The workbook was not changed." (true for build failures). */
  workbookUnchanged?: boolean;
  onDismiss?: () => void;
}

export function ErrorBar({
  error,
  title,
  workbookUnchanged = true,
  onDismiss,
}: ErrorBarProps): React.ReactElement {
  const { t, lang } = useTexts();
  const message =
    error.kind === "core"
      ? tr(error.message, lang)
      : formatText(t.errorUnexpected, { message: error.detail });
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t.errorTitle}</MessageBarTitle>
        {error.kind === "core" && error.where
          ? `${formatText(t.errorInColumn, { column: error.where })}: `
          : ""}
        {message}
        {workbookUnchanged ? ` ${t.errorWorkbookUnchanged}` : ""}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              aria-label={t.errorDismiss}
              icon={<DismissRegular />}
              onClick={onDismiss}
            />
          }
        />
      )}
    </MessageBar>
  );
}
