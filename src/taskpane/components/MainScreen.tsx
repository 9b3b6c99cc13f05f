/**
 * The working screen: data step, method step and the Build bar; after a build, the results view. Owns the
 * conversation with the host: detection (again on sheet or selection change), the mapping the user edits,
 * building with progress and Cancel, errors. Lazy-loaded by App (default export).
 */
import * as React from "react";
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { DataShape, Role } from "../../core/model";
import { useTexts } from "../i18n/lang-context";
import {
  buildOptionsFrom,
  choicesFromSettings,
  settingsFromChoices,
  type MethodChoices,
} from "../method-choices";
import { effectiveRoles, validateMapping } from "../mapping-validation";
import type {
  BuildProgress,
  BuildResult,
  DetectedData,
  PaneHost,
  PaneSettings,
  ResultThreshold,
} from "../pane-host";
import { describeError, type PaneError } from "../pane-error";
import { BuildBar } from "./BuildBar";
import { DataSection } from "./DataSection";
import { ErrorBar } from "./ErrorBar";
import { tr } from "../../core/language";

const MethodSection = React.lazy(() => import(/* webpackChunkName: "pane-method" */ "./MethodSection"));
const ResultsView = React.lazy(() => import(/* webpackChunkName: "pane-results" */ "./ResultsView"));

/** Selection events come in bursts (click-drag, sheet switch): wait for a pause before reading again. */
const SELECTION_DEBOUNCE_MS = 400;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  error: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  fallback: { padding: tokens.spacingVerticalL },
});

type ShownError = Exclude<PaneError, { kind: "cancelled" }>;

interface MainScreenProps {
  host: PaneHost;
  settings: PaneSettings;
  onSettingsChange: (settings: PaneSettings) => void;
  /** Shown in the results view under the banner (the web page's download and preview); none in the pane. */
  resultsExtra?: (result: BuildResult) => React.ReactNode;
  /** Offer the segment column beside the user's table (the pane); the web page has no table to write beside. */
  offersSegmentColumn?: boolean;
}

export default function MainScreen({
  host,
  settings,
  onSettingsChange,
  resultsExtra,
  offersSegmentColumn = true,
}: MainScreenProps) {
  const styles = useStyles();
  const { t, lang } = useTexts();

  const [detected, setDetected] = React.useState<DetectedData | null>(null);
  const [detecting, setDetecting] = React.useState(true);
  const [detectError, setDetectError] = React.useState<ShownError | null>(null);
  const [shapeOverride, setShapeOverride] = React.useState<DataShape | undefined>(undefined);
  const [overrides, setOverrides] = React.useState<Record<string, Role | null>>({});
  const [choices, setChoices] = React.useState<MethodChoices>(() => choicesFromSettings(settings));
  const [knownThresholds, setKnownThresholds] = React.useState<{
    method: string;
    list: ResultThreshold[];
  } | null>(null);
  const [progress, setProgress] = React.useState<BuildProgress | null>(null);
  const [buildError, setBuildError] = React.useState<ShownError | null>(null);
  const [cancelled, setCancelled] = React.useState(false);
  const [result, setResult] = React.useState<BuildResult | null>(null);
  const [view, setView] = React.useState<"setup" | "results">("setup");

  const controllerRef = React.useRef<AbortController | null>(null);
  const detectSeq = React.useRef(0);
  // Latest values for the selection handler, which is subscribed once.
  const latest = React.useRef({ detected, shapeOverride, overrides, view, building: false });
  latest.current = { detected, shapeOverride, overrides, view, building: progress !== null };

  const detect = React.useCallback(
    async (
      shape: DataShape | undefined,
      roleOverrides: Record<string, Role | null>,
      fromSelection = false,
    ) => {
      const seq = ++detectSeq.current;
      setDetecting(true);
      try {
        let found = await host.detectData({ shape, overrides: roleOverrides });
        if (seq !== detectSeq.current) return;
        const previous = latest.current.detected;
        const customized = shape !== undefined || Object.keys(roleOverrides).length > 0;
        if (fromSelection && customized && previous && previous.sheetName !== found.sheetName) {
          // Another sheet is another dataset: the user's corrections were about the previous one.
          setShapeOverride(undefined);
          setOverrides({});
          found = await host.detectData({});
          if (seq !== detectSeq.current) return;
        }
        setDetected(found);
        setDetectError(null);
      } catch (error) {
        if (seq !== detectSeq.current) return;
        const described = describeError(error);
        setDetected(null);
        setDetectError(described.kind === "cancelled" ? null : described);
      } finally {
        if (seq === detectSeq.current) setDetecting(false);
      }
    },
    [host],
  );

  React.useEffect(() => {
    void detect(undefined, {});
  }, [detect]);

  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onSelectionChanged(() => {
      if (latest.current.building || latest.current.view !== "setup") return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        const now = latest.current;
        if (!now.building && now.view === "setup") void detect(now.shapeOverride, now.overrides, true);
      }, SELECTION_DEBOUNCE_MS);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    };
  }, [host, detect]);

  const shape: DataShape = shapeOverride ?? detected?.kind ?? "customers";
  const roles = React.useMemo(
    () => (detected ? effectiveRoles(detected.mapping, overrides) : []),
    [detected, overrides],
  );
  const problems = React.useMemo(
    () => validateMapping(detected?.mapping ?? [], roles, shape),
    [detected, roles, shape],
  );
  const mappingBlocked = detected !== null && (problems.duplicates.size > 0 || problems.missing.length > 0);
  const building = progress !== null;

  const changeRole = (header: string, role: Role | null) => {
    const next = { ...overrides, [header]: role };
    setOverrides(next);
    setBuildError(null);
    void detect(shapeOverride, next);
  };
  const changeShape = (next: DataShape) => {
    setShapeOverride(next);
    setBuildError(null);
    void detect(next, overrides);
  };
  const insertSample = async () => {
    setDetecting(true);
    try {
      await host.insertSampleData(lang);
    } catch (error) {
      const described = describeError(error);
      if (described.kind !== "cancelled") setDetectError(described);
    }
    setShapeOverride(undefined);
    setOverrides({});
    await detect(undefined, {});
  };

  const build = async () => {
    if (building || !detected || mappingBlocked) return;
    const controller = new AbortController();
    controllerRef.current = controller;
    setBuildError(null);
    setCancelled(false);
    setProgress({ stage: "reading", fraction: 0 });
    onSettingsChange(settingsFromChoices(choices, settings));
    try {
      const built = await host.build(
        buildOptionsFrom(choices, { shape: shapeOverride, overrides }, lang),
        (next) => {
          if (!controller.signal.aborted) setProgress(next);
        },
        controller.signal,
      );
      setResult(built);
      setKnownThresholds({ method: built.method, list: built.thresholds });
      setView("results");
    } catch (error) {
      const described = describeError(error);
      if (described.kind === "cancelled") setCancelled(true);
      else setBuildError(described);
    } finally {
      controllerRef.current = null;
      setProgress(null);
    }
  };

  const columnError =
    buildError?.kind === "core" &&
    buildError.where &&
    detected?.mapping.some((m) => m.header === buildError.where)
      ? { header: buildError.where, message: tr(buildError.message, lang) }
      : null;

  const fallback = <Spinner className={styles.fallback} size="small" label={t.loading} />;

  if (view === "results" && result) {
    return (
      <div className={styles.root}>
        <React.Suspense fallback={fallback}>
          <ResultsView
            result={result}
            onOpenSheet={(name) => host.activateSheet(name)}
            onBack={() => {
              setView("setup");
              void detect(shapeOverride, overrides);
            }}
          >
            {resultsExtra?.(result)}
          </ResultsView>
        </React.Suspense>
      </div>
    );
  }

  return (
    <div className={styles.root}>
      {buildError && (
        <div className={styles.error}>
          <ErrorBar error={buildError} onDismiss={() => setBuildError(null)} />
        </div>
      )}
      <DataSection
        detected={detected}
        detecting={detecting}
        detectError={detectError}
        shape={shape}
        roles={roles}
        problems={problems}
        columnError={columnError}
        disabled={building}
        onShapeChange={changeShape}
        onRoleChange={changeRole}
        onRefresh={() => void detect(shapeOverride, overrides)}
        onInsertSample={() => void insertSample()}
      />
      <React.Suspense fallback={fallback}>
        <MethodSection
          choices={choices}
          knownThresholds={knownThresholds?.method === choices.method ? knownThresholds.list : []}
          disabled={building}
          onChange={setChoices}
          offersSegmentColumn={offersSegmentColumn}
        />
      </React.Suspense>
      <BuildBar
        progress={progress}
        blockedReason={mappingBlocked ? t.buildBlocked : null}
        disabled={!detected || detecting}
        notice={cancelled ? t.buildCancelled : null}
        onBuild={() => void build()}
        onCancel={() => controllerRef.current?.abort()}
      />
    </div>
  );
}
