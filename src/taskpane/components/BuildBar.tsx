/**
 * The one primary action, pinned to the bottom of the pane. While building it becomes a progress bar with the
 * stage in words (announced politely to screen readers) and Cancel, offered at every stage: the renderer
 * writes into temporary sheets and removes them on Cancel, so the workbook is left as it was.
 */
import * as React from "react";
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import { useTexts } from "../i18n/lang-context";
import { stageKeys } from "../i18n/strings";
import type { BuildProgress } from "../pane-host";

const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
    marginTop: "auto",
  },
  running: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  progressField: { flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

interface BuildBarProps {
  /** null when idle. */
  progress: BuildProgress | null;
  blockedReason: string | null;
  disabled: boolean;
  notice: string | null;
  onBuild: () => void;
  onCancel: () => void;
}

export function BuildBar({ progress, blockedReason, disabled, notice, onBuild, onCancel }: BuildBarProps) {
  const styles = useStyles();
  const { t } = useTexts();
  const stageText = progress ? t[stageKeys[progress.stage]] : "";
  return (
    <div className={styles.bar}>
      {progress ? (
        <div className={styles.running}>
          <Field className={styles.progressField} validationMessage={stageText} validationState="none">
            <ProgressBar value={Math.max(0.02, Math.min(1, progress.fraction))} thickness="large" />
          </Field>
          <Button onClick={onCancel}>{t.buildCancel}</Button>
        </div>
      ) : (
        <>
          {notice && (
            <Text size={200} className={styles.hint} role="status">
              {notice}
            </Text>
          )}
          {blockedReason && (
            <Text size={200} className={styles.hint}>
              {blockedReason}
            </Text>
          )}
          <Button
            appearance="primary"
            size="large"
            onClick={onBuild}
            disabled={disabled || blockedReason !== null}
          >
            {t.buildButton}
          </Button>
        </>
      )}
      <div aria-live="polite" className={styles.visuallyHidden}>
        {stageText}
      </div>
    </div>
  );
}
