/**
 * The messages between the pane and its analysis worker. The pane posts one `AnalysisRequest`; the worker
 * answers with any number of progress messages, then exactly one of: the outcome, a CoreError (code, English
 * and Spanish message, so the pane rebuilds it and stays bilingual), or a crash (anything else), after which
 * the pane runs the analysis on its own thread instead.
 */
import type { Localized } from "../core/types";
import type { PaneOutcome } from "./summarize-for-pane";
import type { BuildProgress } from "./pane-host";

export type AnalysisWorkerMessage =
  | { type: "progress"; progress: BuildProgress }
  | { type: "result"; outcome: PaneOutcome }
  | { type: "error"; error: { code: string; localized: Localized; where?: string } }
  | { type: "crash"; message: string };
