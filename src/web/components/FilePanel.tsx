/**
 * The page's first step: drop or choose the data file (an earlier customer map may come along, for mobility),
 * or try the sample; once a file is read, its name, the sheet analysed (the largest table by default, any
 * other on request) and the optional earlier map.
 */
import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  mergeClasses,
  Option,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowUpload24Regular,
  ArrowSwap16Regular,
  Dismiss16Regular,
  DocumentTable20Regular,
  ShieldCheckmark16Regular,
} from "@fluentui/react-icons";
import type { Lang } from "../../core/types";
import { ErrorBar } from "../../taskpane/components/ErrorBar";
import { formatText } from "../../taskpane/i18n/strings";
import type { PaneError } from "../../taskpane/pane-error";
import { formatBytes, MAX_FILE_BYTES, type LoadedData, type PreviousMap } from "../load-files";
import { webStrings } from "../web-strings";
import { strings } from "../../taskpane/i18n/strings";
import { inLang } from "../../core/language";

/** What the data input accepts (the command line's extensions). */
const DATA_ACCEPT = ".xlsx,.xlsm,.csv,.txt";

const useStyles = makeStyles({
  intro: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalL}`,
  },
  title: { margin: 0 },
  privacy: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    color: tokens.colorNeutralForeground3,
  },
  privacyIcon: { flexShrink: 0, marginTop: "2px", color: tokens.colorPaletteGreenForeground1 },
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  zoneActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  zoneIcon: { color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  sample: { alignSelf: "center" },
  loaded: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  fileRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  fileIcon: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  fileName: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  previous: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  previousRow: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  hidden: { display: "none" },
  busy: { padding: `${tokens.spacingVerticalM} 0` },
});

interface FilePanelProps {
  lang: Lang;
  data: LoadedData | null;
  previous: PreviousMap | null;
  /** File name being read, or null. */
  reading: string | null;
  error: Exclude<PaneError, { kind: "cancelled" }> | null;
  notice: string | null;
  disabled: boolean;
  onFiles: (files: File[]) => void;
  onPreviousFile: (file: File) => void;
  onRemovePrevious: () => void;
  onSheet: (name: string) => void;
  onSample: () => void;
  onDismissError: () => void;
}

export function FilePanel(props: FilePanelProps): React.ReactElement {
  const { lang, data, previous, reading, error, disabled } = props;
  const styles = useStyles();
  const w = inLang(webStrings, lang);
  const dataInput = React.useRef<HTMLInputElement>(null);
  const previousInput = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);

  const inputs = (
    <>
      <input
        ref={dataInput}
        id="cmap-data-file"
        data-testid="data-file"
        className={styles.hidden}
        type="file"
        accept={DATA_ACCEPT}
        multiple
        aria-label={w.chooseFile}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
      <input
        ref={previousInput}
        id="cmap-previous-file"
        data-testid="previous-file"
        className={styles.hidden}
        type="file"
        accept=".xlsx"
        aria-label={w.previousChoose}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) props.onPreviousFile(file);
        }}
      />
    </>
  );
  const errorBar = error && (
    <ErrorBar
      error={error}
      title={w.fileProblemTitle}
      workbookUnchanged={false}
      onDismiss={props.onDismissError}
    />
  );
  const noticeBar = props.notice && (
    <Text size={300} className={styles.privacy} role="status">
      <ArrowSwap16Regular aria-hidden="true" className={styles.privacyIcon} />
      {props.notice}
    </Text>
  );

  if (!data) {
    return (
      <section className={styles.intro} aria-labelledby="cmap-intro-title">
        {inputs}
        <Text as="h2" id="cmap-intro-title" size={600} weight="semibold" className={styles.title}>
          {w.introTitle}
        </Text>
        <Text size={400}>{w.introBody}</Text>
        <Text size={300} className={styles.privacy}>
          <ShieldCheckmark16Regular aria-hidden="true" className={styles.privacyIcon} />
          {w.privacy}
        </Text>
        {errorBar}
        {noticeBar}
        <div
          className={mergeClasses(styles.zone, over && styles.zoneActive)}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(event) => {
            event.preventDefault();
            setOver(false);
            const files = Array.from(event.dataTransfer.files);
            if (files.length > 0 && !disabled) props.onFiles(files);
          }}
        >
          {reading ? (
            <Spinner className={styles.busy} label={formatText(w.readingFile, { name: reading })} />
          ) : (
            <>
              <ArrowUpload24Regular className={styles.zoneIcon} aria-hidden="true" />
              <Text size={500} weight="semibold">
                {w.dropTitle}
              </Text>
              <Text className={styles.muted}>{w.dropOr}</Text>
              <Button appearance="primary" size="large" onClick={() => dataInput.current?.click()}>
                {w.chooseFile}
              </Button>
              <Text size={200} className={styles.muted}>
                {formatText(w.dropHint, { limit: formatBytes(MAX_FILE_BYTES, lang) })}
              </Text>
            </>
          )}
        </div>
        <Button className={styles.sample} appearance="subtle" onClick={props.onSample} disabled={!!reading}>
          {w.trySample}
        </Button>
      </section>
    );
  }

  const sheetLabel = (name: string) =>
    data.book.sheetNames.length > 1 && name === data.book.defaultSheet().name
      ? formatText(w.sheetLargest, { sheet: name })
      : name;

  return (
    <section className={styles.loaded} aria-label={w.fileLabel}>
      {inputs}
      {errorBar}
      <div className={styles.fileRow}>
        <DocumentTable20Regular className={styles.fileIcon} aria-hidden="true" />
        <Text weight="semibold" className={styles.fileName}>
          {data.fileName}
          {data.bytes > 0 && (
            <Text size={200} className={styles.muted}>
              {" "}
              · {formatBytes(data.bytes, lang)}
            </Text>
          )}
        </Text>
        <Button
          size="small"
          onClick={() => dataInput.current?.click()}
          disabled={disabled || !!reading}
          icon={reading ? <Spinner size="extra-tiny" /> : undefined}
        >
          {w.changeFile}
        </Button>
      </div>
      {data.book.sheetNames.length > 1 && (
        <Field label={w.sheetLabel} size="small">
          <Dropdown
            clearButton={{ "aria-label": inLang(strings, lang).clearSelection }}
            size="small"
            disabled={disabled}
            value={sheetLabel(data.sheetName)}
            selectedOptions={[data.sheetName]}
            onOptionSelect={(_, option) => {
              if (option.optionValue && option.optionValue !== data.sheetName)
                props.onSheet(option.optionValue);
            }}
          >
            {data.book.sheetNames.map((name) => (
              <Option key={name} value={name} text={sheetLabel(name)}>
                {sheetLabel(name)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div className={styles.previous}>
        <Text weight="semibold" size={300}>
          {w.previousTitle}
        </Text>
        {previous ? (
          <div className={styles.previousRow}>
            <ArrowSwap16Regular aria-hidden="true" />
            <Text size={300} className={styles.fileName}>
              {formatText(w.previousLoaded, { name: previous.fileName, runs: previous.runs.length })}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              icon={<Dismiss16Regular />}
              onClick={props.onRemovePrevious}
              disabled={disabled}
            >
              {w.previousRemove}
            </Button>
          </div>
        ) : (
          <>
            <Text size={200} className={styles.muted}>
              {w.previousHint}
            </Text>
            <div>
              <Button size="small" onClick={() => previousInput.current?.click()} disabled={disabled}>
                {w.previousChoose}
              </Button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
