/**
 * The web page: the pane's header and working screen (data step, method, build with progress and Cancel,
 * results) around a file instead of the open workbook. Owns the page language (the browser's, switchable),
 * the files (data and an optional earlier map), the choices for the visit, and the last built map (download
 * and preview). The working screen starts afresh whenever the file, the sheet or the earlier map changes.
 */
import * as React from "react";
import { FluentProvider, makeStyles, Spinner, Text, tokens, webLightTheme } from "@fluentui/react-components";
import { CoreError } from "../../core/errors";
import { buildSample } from "../../sample";
import type { Lang } from "../../core/types";
import { Header } from "../../taskpane/components/Header";
import { LangProvider, TextOverridesProvider } from "../../taskpane/i18n/lang-context";
import { formatText, langFromDisplayLanguage } from "../../taskpane/i18n/strings";
import { describeError, type PaneError } from "../../taskpane/pane-error";
import type { PaneSettings } from "../../taskpane/pane-host";
import { createFilePaneHost, type BuiltMap } from "../file-pane-host";
import { loadFiles, sampleData, type LoadedData, type PreviousMap } from "../load-files";
import { paneTextOverrides, webStrings } from "../web-strings";
import { DownloadPanel } from "./DownloadPanel";
import { FilePanel } from "./FilePanel";
import { inLang, localize } from "../../core/language";

const MainScreen = React.lazy(
  () => import(/* webpackChunkName: "pane-main" */ "../../taskpane/components/MainScreen"),
);

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  page: {
    flexGrow: 1,
    display: "flex",
    justifyContent: "center",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
  card: {
    width: "100%",
    maxWidth: "880px",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
    overflow: "clip",
    alignSelf: "flex-start",
  },
  working: { display: "flex", flexDirection: "column", minWidth: 0 },
  loading: { padding: tokens.spacingVerticalXXL },
  footer: {
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
  },
});

type ShownError = Exclude<PaneError, { kind: "cancelled" }>;

interface WebAppProps {
  /** The browser's language ("es-ES"). */
  displayLanguage: string;
}

export function WebApp({ displayLanguage }: WebAppProps): React.ReactElement {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(() => langFromDisplayLanguage(displayLanguage));
  const [data, setData] = React.useState<LoadedData | null>(null);
  const [previous, setPrevious] = React.useState<PreviousMap | null>(null);
  const [reading, setReading] = React.useState<string | null>(null);
  const [fileError, setFileError] = React.useState<ShownError | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [settings, setSettings] = React.useState<PaneSettings>({});
  const [built, setBuilt] = React.useState<BuiltMap | null>(null);
  const [previewSheet, setPreviewSheet] = React.useState<string | null>(null);
  const w = inLang(webStrings, lang);

  // The host reads the inputs when it runs, not when it was made.
  const inputs = React.useRef({ data, previous });
  inputs.current = { data, previous };

  const loadSample = React.useCallback((sampleLang: Lang) => {
    const sample = buildSample(sampleLang);
    const loaded = sampleData(sample, inLang(webStrings, sampleLang).sampleName);
    inputs.current = { ...inputs.current, data: loaded };
    setData(loaded);
    setBuilt(null);
    setFileError(null);
    setNotice(null);
  }, []);

  const host = React.useMemo(
    () =>
      createFilePaneHost({
        displayLanguage,
        inputs: () => inputs.current,
        onBuilt: (map) => {
          if (map.dataId !== inputs.current.data?.id) return;
          setBuilt(map);
          setPreviewSheet(map.plan.sheets.find((sheet) => !sheet.hidden)?.name ?? null);
        },
        onShowSheet: setPreviewSheet,
        loadSample,
      }),
    [displayLanguage, loadSample],
  );

  React.useEffect(() => {
    document.documentElement.lang = lang;
    document.title = w.pageTitle;
  }, [lang, w.pageTitle]);

  // A file dropped anywhere but the drop zone must not make the browser leave the page to open it.
  React.useEffect(() => {
    const keep = (event: DragEvent) => event.preventDefault();
    window.addEventListener("dragover", keep);
    window.addEventListener("drop", keep);
    return () => {
      window.removeEventListener("dragover", keep);
      window.removeEventListener("drop", keep);
    };
  }, []);

  /** A file's problem is about the file, not a column: its `where` (the file name) is already in the message. */
  const showFileError = (error: unknown) => {
    const described = describeError(error);
    if (described.kind === "core") setFileError({ ...described, where: undefined });
    else if (described.kind === "unexpected") setFileError(described);
  };

  const openFiles = async (files: File[]) => {
    setReading(files[0].name);
    setFileError(null);
    setNotice(null);
    try {
      const dropped = await loadFiles(files);
      if (dropped.previous) setPrevious(dropped.previous);
      if (dropped.data) {
        setData(dropped.data);
        setBuilt(null);
      } else if (dropped.previous) {
        const name = dropped.previous.fileName;
        setNotice(formatText(inLang(webStrings, lang).previousOnly, { name }));
      }
    } catch (error) {
      showFileError(error);
    } finally {
      setReading(null);
    }
  };

  const openPrevious = async (file: File) => {
    setFileError(null);
    try {
      const dropped = await loadFiles([file]);
      if (!dropped.previous) {
        const text = (l: Lang) => formatText(inLang(webStrings, l).previousNotOurs, { name: file.name });
        throw new CoreError("web/not-a-map", localize(text), file.name);
      }
      setPrevious(dropped.previous);
      setBuilt(null);
    } catch (error) {
      showFileError(error);
    }
  };

  const loading = <Spinner className={styles.loading} label={w.pageTitle} />;

  return (
    // Layout on an inner element: Fluent copies the provider's classes onto its portals (dropdown lists), and
    // a full-height background there would cover the page whenever a list opens.
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LangProvider value={lang}>
        <TextOverridesProvider value={paneTextOverrides}>
          <div className={styles.root}>
            <Header lang={lang} onLangChange={setLang} />
            <main className={styles.page}>
              <div className={styles.card}>
                <FilePanel
                  lang={lang}
                  data={data}
                  previous={previous}
                  reading={reading}
                  error={fileError}
                  notice={notice}
                  disabled={false}
                  onFiles={(files) => void openFiles(files)}
                  onPreviousFile={(file) => void openPrevious(file)}
                  onRemovePrevious={() => {
                    setPrevious(null);
                    setBuilt(null);
                  }}
                  onSheet={(name) => {
                    if (data) setData({ ...data, sheetName: name });
                    setBuilt(null);
                  }}
                  onSample={() => loadSample(lang)}
                  onDismissError={() => setFileError(null)}
                />
                {data && (
                  <div className={styles.working}>
                    <React.Suspense fallback={loading}>
                      <MainScreen
                        key={`${data.id}:${data.sheetName}:${previous?.id ?? 0}`}
                        host={host}
                        settings={settings}
                        onSettingsChange={setSettings}
                        offersSegmentColumn={false}
                        resultsExtra={() =>
                          built && (
                            <DownloadPanel
                              built={built}
                              lang={lang}
                              previewSheet={previewSheet}
                              onPreview={setPreviewSheet}
                            />
                          )
                        }
                      />
                    </React.Suspense>
                  </div>
                )}
              </div>
            </main>
            <Text as="p" size={200} className={styles.footer}>
              {w.footer}
            </Text>
          </div>
        </TextOverridesProvider>
      </LangProvider>
    </FluentProvider>
  );
}
