/** The data-quality report shown before anything is written: rows used, rows skipped and why, conventions. */
import * as React from "react";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Info16Regular, Warning16Filled } from "@fluentui/react-icons";
import type { ReadReport } from "../../core/model";
import { useTexts } from "../i18n/lang-context";
import { formatText } from "../i18n/strings";
import { formatCount, formatNumber, pluralWord } from "../../core/format";
import { NOUNS } from "../../core/glossary";
import { seriesIn, tr } from "../../core/language";
import { capitalize } from "../../core/text";

/** Skip reasons that are not data problems: an empty line, a totals or subtotals row. */
const HARMLESS_SKIPS = new Set(["blank", "totals-row"]);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  icon: { flexShrink: 0, marginTop: "2px" },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  notes: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function QualitySummary({ report }: { report: ReadReport }): React.ReactElement {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const n = (value: number) => formatNumber(value, lang);
  // Blank lines and totals rows are not data: skipping them is information, not a warning.
  const harmless = report.skipped.every((s) => s.rows === 0 || HARMLESS_SKIPS.has(s.reason));
  const notes = [
    ...report.conventions.map((c) => tr(c.message, lang)),
    ...report.warnings.map((w) => tr(w.message, lang)),
  ];
  return (
    <div className={styles.root}>
      <div className={styles.line}>
        {report.rowsSkipped === 0 ? (
          <CheckmarkCircle16Filled className={mergeClasses(styles.icon, styles.ok)} aria-hidden="true" />
        ) : harmless ? (
          <Info16Regular
            className={mergeClasses(styles.icon, styles.info)}
            aria-hidden="true"
            data-testid="quality-info"
          />
        ) : (
          <Warning16Filled className={mergeClasses(styles.icon, styles.warn)} aria-hidden="true" />
        )}
        <Text weight="semibold">
          {report.rowsSkipped === 0
            ? formatText(t.qualityAllUsed, { read: n(report.rowsRead) })
            : formatText(t.qualityUsed, { used: n(report.rowsUsed), read: n(report.rowsRead) })}
        </Text>
      </div>
      {report.skipped.filter((s) => s.rows > 0).length > 0 && (
        <ul className={styles.list} aria-label={t.qualityTitle}>
          {report.skipped
            .filter((s) => s.rows > 0)
            .map((skip) => (
              <li key={skip.reason}>
                <Text size={200}>
                  {formatText(t.qualitySkipped, {
                    rows: formatCount(skip.rows, NOUNS.row, lang),
                    reason: capitalize(tr(skip.label, lang)),
                  })}
                  {skip.examples.length > 0 && (
                    <span className={styles.muted}>
                      {" "}
                      ({pluralWord(Math.min(5, skip.examples.length), NOUNS.row, lang)}{" "}
                      {seriesIn(lang, skip.examples.slice(0, 5))})
                    </span>
                  )}
                </Text>
              </li>
            ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul className={styles.notes} aria-label={t.qualityWarnings}>
          {notes.map((note, index) => (
            <li key={index} className={styles.line}>
              <Info16Regular className={mergeClasses(styles.icon, styles.info)} aria-hidden="true" />
              <Text size={200} className={styles.muted}>
                {note}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
