/** A titled block of the pane (Data, Method...), with an optional action at the right of the title. */
import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  titleRow: { display: "flex", alignItems: "center", justifyContent: "space-between", minHeight: "24px" },
  title: { margin: 0, color: tokens.colorNeutralForeground1 },
});

interface SectionProps {
  title: string;
  action?: React.ReactNode;
  busy?: boolean;
  children: React.ReactNode;
}

export function Section({ title, action, busy, children }: SectionProps): React.ReactElement {
  const styles = useStyles();
  const id = React.useId();
  return (
    <section className={styles.root} aria-labelledby={id} aria-busy={busy || undefined}>
      <div className={styles.titleRow}>
        <Text as="h2" id={id} size={400} weight="semibold" className={styles.title}>
          {title}
        </Text>
        {action}
      </div>
      {children}
    </section>
  );
}
