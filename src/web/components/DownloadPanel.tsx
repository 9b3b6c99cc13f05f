/**
 * Under the results banner: "Download the customer map (.xlsx)" (the file written in this browser by the
 * command line's writer), the mobility note when an earlier map was compared, and a preview of each sheet.
 */
import * as React from "react";
import { Button, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, ArrowSwap16Regular } from "@fluentui/react-icons";
import type { Lang } from "../../core/types";
import { formatText } from "../../taskpane/i18n/strings";
import type { BuiltMap } from "../file-pane-host";
import { formatBytes } from "../load-files";
import { webStrings } from "../web-strings";
import { SheetPreview } from "./SheetPreview";
import { inLang } from "../../core/language";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  download: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    alignItems: "flex-start",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  mobility: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    color: tokens.colorNeutralForeground2,
  },
  previewTitle: { margin: 0 },
});

interface DownloadPanelProps {
  built: BuiltMap;
  lang: Lang;
  previewSheet: string | null;
  onPreview: (name: string) => void;
}

export function DownloadPanel({ built, lang, previewSheet, onPreview }: DownloadPanelProps) {
  const styles = useStyles();
  const w = inLang(webStrings, lang);
  const url = React.useMemo(
    () => URL.createObjectURL(new Blob([built.workbook as Uint8Array<ArrayBuffer>], { type: XLSX_MIME })),
    [built],
  );
  React.useEffect(() => () => URL.revokeObjectURL(url), [url]);
  const visible = built.plan.sheets.filter((sheet) => !sheet.hidden);
  const shown = visible.find((sheet) => sheet.name === previewSheet) ?? visible[0];

  const download = () => {
    const link = document.createElement("a");
    link.href = url;
    link.download = built.fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  };

  return (
    <section className={styles.root} aria-label={w.downloadTitle}>
      <div className={styles.download}>
        <Button appearance="primary" size="large" icon={<ArrowDownload20Regular />} onClick={download}>
          {w.downloadButton}
        </Button>
        <Text size={200} className={styles.hint}>
          {formatText(w.downloadHint, {
            name: built.fileName,
            size: formatBytes(built.workbook.length, lang),
          })}
        </Text>
      </div>
      {built.previous && (
        <Text size={300} className={styles.mobility} role="note">
          <ArrowSwap16Regular aria-hidden="true" />
          {formatText(w.mobilityNote, { name: built.previous.fileName })}
        </Text>
      )}
      {shown && (
        <>
          <Text as="h3" weight="semibold" className={styles.previewTitle}>
            {formatText(w.previewTitle, { sheet: shown.name })}
          </Text>
          <TabList
            size="small"
            selectedValue={shown.name}
            onTabSelect={(_, data) => onPreview(String(data.value))}
          >
            {visible.map((sheet) => (
              <Tab key={sheet.name} value={sheet.name}>
                {sheet.name}
              </Tab>
            ))}
          </TabList>
          <SheetPreview sheet={shown} lang={lang} moreText={w.previewMore} />
        </>
      )}
    </section>
  );
}
