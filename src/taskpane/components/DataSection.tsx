/**
 * The data step: where the customer data was found, its shape and size, the editable column mapping and the
 * data-quality summary — all before anything is written.
 */
import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowSync16Regular, Table16Regular } from "@fluentui/react-icons";
import type { DataShape, Role } from "../../core/model";
import { formatNumber } from "../../core/format";
import { useTexts } from "../i18n/lang-context";
import { formatText, type StringKey } from "../i18n/strings";
import type { MappingProblems } from "../mapping-validation";
import type { DataSource, DetectedData } from "../pane-host";
import type { PaneError } from "../pane-error";
import { MappingEditor } from "./MappingEditor";
import { QualitySummary } from "./QualitySummary";
import { Section } from "./Section";
import { listIn, tr } from "../../core/language";

const sourceKeys: Record<DataSource, StringKey> = {
  table: "dataFoundTable",
  region: "dataFoundRegion",
  "largest-block": "dataFoundLargest",
};

const useStyles = makeStyles({
  found: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  foundIcon: { flexShrink: 0, marginTop: "2px", color: tokens.colorBrandForeground1 },
  foundText: { display: "flex", flexDirection: "column", minWidth: 0 },
  address: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  statLabel: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  statValue: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0` },
  hint: { color: tokens.colorNeutralForeground3, marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
  emptyActions: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

interface DataSectionProps {
  detected: DetectedData | null;
  detecting: boolean;
  detectError: Exclude<PaneError, { kind: "cancelled" }> | null;
  shape: DataShape;
  roles: readonly (Role | null)[];
  problems: MappingProblems;
  columnError: { header: string; message: string } | null;
  disabled: boolean;
  onShapeChange: (shape: DataShape) => void;
  onRoleChange: (header: string, role: Role | null) => void;
  onRefresh: () => void;
  onInsertSample: () => void;
}

export function DataSection(props: DataSectionProps): React.ReactElement {
  const { detected, detecting, detectError, shape, disabled } = props;
  const styles = useStyles();
  const { t, lang, roles: roleNames } = useTexts();
  const n = (value: number) => formatNumber(value, lang);

  const refresh = (
    <Button
      size="small"
      appearance="subtle"
      icon={detecting ? <Spinner size="extra-tiny" /> : <ArrowSync16Regular />}
      onClick={props.onRefresh}
      disabled={disabled || detecting}
    >
      {t.dataRefresh}
    </Button>
  );

  return (
    <Section title={t.dataSectionTitle} action={refresh} busy={detecting}>
      {!detected && detecting && <Spinner size="small" label={t.dataDetecting} labelPosition="after" />}
      {!detected && !detecting && detectError && (
        <MessageBar intent={detectError.kind === "core" ? "warning" : "error"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.dataNoneTitle}</MessageBarTitle>
            {detectError.kind === "core"
              ? tr(detectError.message, lang)
              : formatText(t.errorUnexpected, { message: detectError.detail })}{" "}
            {t.dataNoneHint}
            <div className={styles.emptyActions}>
              <Button size="small" onClick={props.onInsertSample} disabled={disabled}>
                {t.dataTrySample}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {detected && (
        <>
          <div className={styles.found}>
            <Table16Regular className={styles.foundIcon} aria-hidden="true" />
            <div className={styles.foundText}>
              <Text weight="semibold">
                {formatText(t[sourceKeys[detected.source]], { sheet: detected.sheetName })}
              </Text>
              <Text size={200} className={styles.address}>
                {detected.address}
              </Text>
              {detected.joinedSheets && detected.joinedSheets.length > 0 && (
                <Text size={200}>
                  {formatText(t.dataJoinedFrom, { sheets: listIn(lang, detected.joinedSheets) })}
                </Text>
              )}
              {detected.unreadSheets && detected.unreadSheets.names.length > 0 && (
                <Text size={200} className={styles.address}>
                  {formatText(t.dataUnreadSheets, {
                    cells: n(detected.unreadSheets.maxCells),
                    sheets: listIn(lang, detected.unreadSheets.names),
                  })}
                </Text>
              )}
            </div>
          </div>
          <dl className={styles.stats}>
            {[
              { label: t.dataRows, value: detected.rows },
              { label: t.dataColumns, value: detected.columns },
              { label: t.dataCustomers, value: detected.customers },
            ].map((stat) => (
              <div key={stat.label} className={styles.stat}>
                <dt className={styles.statLabel}>{stat.label}</dt>
                <dd className={styles.statValue}>{n(stat.value)}</dd>
              </div>
            ))}
          </dl>
          <Field label={t.dataShapeLabel} size="small" hint={tr(detected.kindReason, lang)}>
            <Dropdown
              clearButton={{ "aria-label": t.clearSelection }}
              size="small"
              disabled={disabled}
              value={shape === "customers" ? t.dataShapeCustomers : t.dataShapeTransactions}
              selectedOptions={[shape]}
              onOptionSelect={(_, data) => {
                if (data.optionValue && data.optionValue !== shape)
                  props.onShapeChange(data.optionValue as DataShape);
              }}
            >
              <Option value="customers">{t.dataShapeCustomers}</Option>
              <Option value="transactions">{t.dataShapeTransactions}</Option>
            </Dropdown>
          </Field>

          <Text as="h3" weight="semibold" className={styles.subheading}>
            {t.mappingTitle}
          </Text>
          <Text size={200} className={styles.hint}>
            {t.mappingHint}
          </Text>
          {props.problems.missing.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {props.problems.missing.map((role) => (
                  <div key={role}>
                    {role === "revenue"
                      ? t.mappingMissingRevenue
                      : formatText(t.mappingMissingRole, { role: roleNames[role] })}
                  </div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}
          <MappingEditor
            mapping={detected.mapping}
            roles={props.roles}
            problems={props.problems}
            columnError={props.columnError}
            disabled={disabled}
            onRoleChange={props.onRoleChange}
          />

          <Text as="h3" weight="semibold" className={styles.subheading}>
            {t.qualityTitle}
          </Text>
          <QualitySummary report={detected.report} />
        </>
      )}
    </Section>
  );
}
