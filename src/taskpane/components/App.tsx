/**
 * The task pane. Receives everything it does to the workbook through `host` (see pane-host.ts), like the
 * Office template's TextInsertion receives its action as a prop. Decides the first screen (value screen for a
 * workbook never used with the add-in), owns the pane language, and lazy-loads the working screens so the
 * first paint needs only this file, the header and the welcome screen.
 */
import * as React from "react";
import { FluentProvider, makeStyles, Spinner, tokens, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../core/types";
import { LangProvider } from "../i18n/lang-context";
import { langFromDisplayLanguage, strings } from "../i18n/strings";
import type { PaneHost, PaneSettings } from "../pane-host";
import { Header } from "./Header";
import { WelcomeScreen } from "./WelcomeScreen";
import { inLang } from "../../core/language";

const MainScreen = React.lazy(() => import(/* webpackChunkName: "pane-main" */ "./MainScreen"));

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
  loading: { padding: tokens.spacingVerticalXXL },
});

interface AppProps {
  host: PaneHost;
}

type Screen = "loading" | "welcome" | "main";

export function App({ host }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(() => langFromDisplayLanguage(host.displayLanguage));
  const [screen, setScreen] = React.useState<Screen>("loading");
  const [settings, setSettings] = React.useState<PaneSettings>({});

  React.useEffect(() => {
    let live = true;
    host
      .loadSettings()
      .then((saved) => {
        if (!live) return;
        if (saved?.paneLang) setLang(saved.paneLang);
        setSettings(saved ?? {});
        setScreen(saved ? "main" : "welcome");
      })
      .catch(() => live && setScreen("welcome"));
    return () => {
      live = false;
    };
  }, [host]);

  const saveSettings = React.useCallback(
    (next: PaneSettings) => {
      setSettings(next);
      // Remembering choices is a convenience: a failure to save must not block the pane.
      host.saveSettings(next).catch(() => undefined);
    },
    [host],
  );

  const changeLang = (next: Lang) => {
    setLang(next);
    if (screen === "main") saveSettings({ ...settings, paneLang: next });
  };

  const loading = <Spinner className={styles.loading} label={inLang(strings, lang).loading} />;

  return (
    // Layout on an inner element: Fluent copies the provider's classes onto its portals (dropdown lists), and
    // the pane's full-height background there covered the pane whenever a list opened.
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LangProvider value={lang}>
        <div className={styles.root}>
          <Header lang={lang} onLangChange={changeLang} />
          <main className={styles.body}>
            {screen === "loading" && loading}
            {screen === "welcome" && (
              <WelcomeScreen
                onTrySample={async () => {
                  await host.insertSampleData(lang);
                  setScreen("main");
                }}
                onUseMyData={() => setScreen("main")}
              />
            )}
            {screen === "main" && (
              <React.Suspense fallback={loading}>
                <MainScreen host={host} settings={settings} onSettingsChange={saveSettings} />
              </React.Suspense>
            )}
          </main>
        </div>
      </LangProvider>
    </FluentProvider>
  );
}
