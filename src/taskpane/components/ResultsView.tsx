/**
 * After a successful build: segments with their colors, counts and shares; headline KPIs; each created sheet
 * as a link that activates it (and where the segment column went, or why it was not written); the top of the
 * call list. Lazy-loaded: the first screen never needs it.
 */
import * as React from "react";
import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowLeft16Regular,
  CheckmarkCircle20Filled,
  DocumentTable16Regular,
  Warning16Regular,
} from "@fluentui/react-icons";
import { formatCompactMoney, formatNumber, formatPercent, formatValue, MISSING } from "../../core/format";
import type { Kpi } from "../../core/model";
import { useTexts } from "../i18n/lang-context";
import { formatText } from "../i18n/strings";
import type { BuildResult } from "../pane-host";
import { describeError, type PaneError } from "../pane-error";
import { ErrorBar } from "./ErrorBar";
import { Section } from "./Section";
import { tr } from "../../core/language";
import { withoutSubject } from "../../core/text";

const useStyles = makeStyles({
  banner: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  bannerIcon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  bannerText: { display: "flex", flexDirection: "column", gap: "2px" },
  bannerTitle: { margin: 0 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  segment: {
    display: "grid",
    gridTemplateColumns: "12px minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  swatch: {
    width: "12px",
    height: "12px",
    borderRadius: tokens.borderRadiusSmall,
    alignSelf: "center",
    boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStrokeAlpha}`,
  },
  segmentName: { overflowWrap: "anywhere" },
  numbers: { textAlign: "right", whiteSpace: "nowrap" },
  shareTrack: {
    gridColumn: "2 / 4",
    height: "4px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: "hidden",
  },
  shareFill: { height: "100%" },
  detail: { gridColumn: "2 / 4", color: tokens.colorNeutralForeground3 },
  small: {
    display: "inline-flex",
    alignItems: "center",
    gap: "4px",
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  kpis: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  kpi: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  kpiLabel: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  kpiValue: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  sheetLink: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  insight: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  footer: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
});

interface ResultsViewProps {
  result: BuildResult;
  onOpenSheet: (name: string) => Promise<void>;
  onBack: () => void;
  /** How many call-list lines to show. */
  insightsShown?: number;
  /** Shown right under the banner (the web page's download and map preview). */
  children?: React.ReactNode;
}

export default function ResultsView({
  result,
  onOpenSheet,
  onBack,
  insightsShown = 5,
  children,
}: ResultsViewProps) {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const [openError, setOpenError] = React.useState<Exclude<PaneError, { kind: "cancelled" }> | null>(null);
  const integer = (value: number) => formatNumber(value, lang);
  const context = { lang, currency: result.currency ?? null };
  const share = (value: number) => formatPercent(value, lang, 0);
  // KPI cards are narrow: money is shortened ("17,2 M €"); a missing value says so in words.
  const kpiText = (value: number | null, kind: Kpi["format"]) => {
    const text = kind === "money" ? formatCompactMoney(value, context) : formatValue(value, kind, context);
    return text === MISSING ? t.resultsUnavailable : text;
  };

  const openSheet = async (name: string) => {
    setOpenError(null);
    try {
      await onOpenSheet(name);
    } catch (error) {
      const described = describeError(error);
      if (described.kind !== "cancelled") setOpenError(described);
    }
  };

  return (
    <div>
      <div className={styles.banner} role="status">
        <CheckmarkCircle20Filled className={styles.bannerIcon} aria-hidden="true" />
        <div className={styles.bannerText}>
          <Text as="h2" weight="semibold" size={400} className={styles.bannerTitle}>
            {t.resultsTitle}
          </Text>
          <Text size={200}>
            {formatText(t.resultsSummary, {
              customers: integer(result.customers),
              segments: result.segments.length,
            })}
          </Text>
        </div>
      </div>
      {children}

      {/* The customers to call lead: what a director acts on first. */}
      <Section title={t.resultsCallList}>
        {result.insights.length === 0 ? (
          <Text className={styles.muted}>{t.resultsNoInsights}</Text>
        ) : (
          <ol className={styles.list}>
            {result.insights.slice(0, insightsShown).map((insight, index) => (
              <li key={index} className={styles.insight}>
                <Text weight="semibold">
                  {tr(insight.subject, lang)}
                  {Number.isFinite(insight.moneyAtStake) && insight.moneyAtStake > 0 && (
                    <span className={styles.muted}>
                      {" "}
                      · {formatCompactMoney(insight.moneyAtStake, context)}
                    </span>
                  )}
                </Text>
                {(insight.owner || insight.contact) && (
                  <Text size={200} className={styles.muted}>
                    {[
                      insight.owner && formatText(t.resultsCallOwner, { owner: insight.owner }),
                      insight.contact && formatText(t.resultsCallContact, { contact: insight.contact }),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </Text>
                )}
                <Text size={200}>{withoutSubject(tr(insight.title, lang), [tr(insight.subject, lang)])}</Text>
                <Text size={200} className={styles.muted}>
                  {tr(insight.figure, lang)}
                </Text>
                <Text size={200}>→ {tr(insight.action, lang)}</Text>
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section title={t.resultsSegments}>
        <ul className={styles.list}>
          {result.segments.map((segment) => (
            <li key={segment.id} className={styles.segment}>
              <span className={styles.swatch} style={{ backgroundColor: segment.color }} aria-hidden="true" />
              <Text weight="semibold" className={styles.segmentName}>
                {tr(segment.name, lang)}
              </Text>
              <Text className={styles.numbers}>
                {integer(segment.customers)} · {share(segment.share)}
              </Text>
              <span className={styles.shareTrack} aria-hidden="true">
                <span
                  className={styles.shareFill}
                  style={{
                    display: "block",
                    width: `${Math.round(segment.revenueShare * 100)}%`,
                    backgroundColor: segment.color,
                  }}
                />
              </span>
              <Text size={200} className={styles.detail}>
                {formatText(t.resultsRevenueShare, { share: share(segment.revenueShare) })} —{" "}
                {tr(segment.action, lang)}
                {segment.tooSmall && (
                  <>
                    <br />
                    <span className={styles.small}>
                      <Warning16Regular aria-hidden="true" />
                      {t.resultsTooSmall}
                    </span>
                  </>
                )}
              </Text>
            </li>
          ))}
        </ul>
      </Section>

      {result.kpis.length > 0 && (
        <Section title={t.resultsKpis}>
          <dl className={styles.kpis}>
            {result.kpis.map((kpi) => (
              <div
                key={kpi.id}
                className={styles.kpi}
                title={kpi.value === null ? tr(kpi.unavailableReason, lang) : tr(kpi.note, lang)}
              >
                <dt className={styles.kpiLabel}>{tr(kpi.label, lang)}</dt>
                <dd className={styles.kpiValue}>{kpiText(kpi.value, kpi.format)}</dd>
              </div>
            ))}
          </dl>
        </Section>
      )}

      <Section title={t.resultsSheets}>
        {result.segmentColumnWarning && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.resultsSegmentColumnNotWritten}</MessageBarTitle>
              {tr(result.segmentColumnWarning, lang)}
            </MessageBarBody>
          </MessageBar>
        )}
        {openError && (
          <ErrorBar
            error={openError}
            title={t.errorTitle}
            workbookUnchanged={false}
            onDismiss={() => setOpenError(null)}
          />
        )}
        <ul className={styles.list}>
          {result.sheets.map((sheet) => (
            <li key={sheet.key}>
              <Link
                as="button"
                className={styles.sheetLink}
                onClick={() => void openSheet(sheet.name)}
                title={formatText(t.resultsOpenSheet, { name: sheet.name })}
              >
                <DocumentTable16Regular aria-hidden="true" />
                {sheet.name}
              </Link>
            </li>
          ))}
        </ul>
        {result.segmentColumnAddress && (
          <Text size={200} className={styles.muted}>
            {formatText(t.resultsSegmentColumnWritten, { address: result.segmentColumnAddress })}
          </Text>
        )}
      </Section>

      <div className={styles.footer}>
        <Button icon={<ArrowLeft16Regular />} onClick={onBack}>
          {t.resultsBuildAgain}
        </Button>
      </div>
    </div>
  );
}
