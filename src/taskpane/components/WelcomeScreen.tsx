/**
 * First run: what the add-in does, in three lines, and two ways in. Skippable: "Use my data" goes straight to
 * the data step. "Try with sample data" inserts the bundled sample through the host and then continues.
 */
import * as React from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  ChartMultiple20Regular,
  Call20Regular,
  DataPie20Regular,
  ShieldCheckmark16Regular,
} from "@fluentui/react-icons";
import { useTexts } from "../i18n/lang-context";
import { formatText } from "../i18n/strings";
import { describeError } from "../pane-error";
import { tr } from "../../core/language";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
  title: { margin: 0, color: tokens.colorNeutralForeground1 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-start" },
  itemIcon: {
    flexShrink: 0,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    width: "32px",
    height: "32px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  privacy: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    color: tokens.colorNeutralForeground3,
  },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

interface WelcomeScreenProps {
  onTrySample: () => Promise<void>;
  onUseMyData: () => void;
}

export function WelcomeScreen({ onTrySample, onUseMyData }: WelcomeScreenProps): React.ReactElement {
  const styles = useStyles();
  const { t, lang } = useTexts();
  const [inserting, setInserting] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);

  const trySample = async () => {
    setInserting(true);
    setFailure(null);
    try {
      await onTrySample();
    } catch (error) {
      const described = describeError(error);
      const detail =
        described.kind === "core"
          ? tr(described.message, lang)
          : described.kind === "unexpected"
            ? described.detail
            : "";
      setFailure(detail);
      setInserting(false);
    }
  };

  const points = [
    { icon: <DataPie20Regular />, text: t.welcomePointMap },
    { icon: <ChartMultiple20Regular />, text: t.welcomePointSegments },
    { icon: <Call20Regular />, text: t.welcomePointCalls },
  ];

  return (
    <section className={styles.root} aria-labelledby="welcome-title">
      <Text as="h2" id="welcome-title" size={500} weight="semibold" className={styles.title}>
        {t.welcomeTitle}
      </Text>
      <Text>{t.welcomeIntro}</Text>
      <ul className={styles.list}>
        {points.map((point) => (
          <li key={point.text} className={styles.item}>
            <span className={styles.itemIcon} aria-hidden="true">
              {point.icon}
            </span>
            <Text>{point.text}</Text>
          </li>
        ))}
      </ul>
      <Text size={200} className={styles.privacy}>
        <ShieldCheckmark16Regular aria-hidden="true" />
        {t.welcomePrivacy}
      </Text>
      {failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{formatText(t.errorSampleFailed, { message: failure })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          size="large"
          onClick={trySample}
          disabled={inserting}
          icon={inserting ? <Spinner size="tiny" /> : undefined}
        >
          {inserting ? t.welcomeInsertingSample : t.welcomeTrySample}
        </Button>
        <Button size="large" onClick={onUseMyData} disabled={inserting}>
          {t.welcomeUseMyData}
        </Button>
      </div>
    </section>
  );
}
