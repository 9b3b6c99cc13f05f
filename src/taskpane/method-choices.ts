/**
 * The method step's choices and their round trip through the per-workbook settings, kept apart from the
 * components so the remembering rules (what is restored, what is dropped) are tested as plain functions.
 */
import type { Method } from "../core/model";
import type { Lang } from "../core/types";
import type { BuildOptions, DetectOptions, PaneSettings } from "./pane-host";
import { AUTO_K_MAX, AUTO_K_MIN } from "../core/segment/clusters";
import { DEFAULT_METHOD, isMethod, METHOD_DESCRIPTORS, methodOf, METHODS } from "../core/segment/methods";
import { isDisplayLang } from "../core/language";

/** The method choices: the method registry's list, its names and descriptions (core/segment/methods.ts). */
export { METHOD_DESCRIPTORS, methodOf, METHODS };

/** Automatic k searches the core's range (2..8, silhouette); a chosen k must be in the same range. */
export const MIN_CLUSTERS = AUTO_K_MIN;
export const MAX_CLUSTERS = AUTO_K_MAX;

export interface MethodChoices {
  method: Method;
  /** Clusters: null = automatic. */
  k: number | null;
  /** undefined = the core's fixed default seed. */
  seed: number | undefined;
  /** Language of the sheets; null = follow the pane. */
  outputLang: Lang | null;
  /** Threshold overrides by id, for `method` only. */
  thresholds: Record<string, number>;
  /** Also write the segment beside the user's table (only into empty cells). Off by default. */
  segmentColumn: boolean;
}

/** Restores choices; anything invalid in the stored settings falls back to the default method (Portfolio map). */
export function choicesFromSettings(settings: PaneSettings | null): MethodChoices {
  const s = settings ?? {};
  const k =
    typeof s.k === "number" && Number.isInteger(s.k) && s.k >= MIN_CLUSTERS && s.k <= MAX_CLUSTERS
      ? s.k
      : null;
  const thresholds: Record<string, number> = {};
  for (const [id, value] of Object.entries(s.thresholds ?? {})) {
    if (typeof value === "number" && Number.isFinite(value)) thresholds[id] = value;
  }
  return {
    method: isMethod(s.method) ? s.method : DEFAULT_METHOD,
    k,
    seed: typeof s.seed === "number" && Number.isInteger(s.seed) ? s.seed : undefined,
    outputLang: isDisplayLang(s.lang) ? s.lang : null,
    thresholds,
    segmentColumn: s.segmentColumn === true,
  };
}

export function settingsFromChoices(choices: MethodChoices, base: PaneSettings): PaneSettings {
  return {
    ...base,
    method: choices.method,
    k: choices.k,
    seed: choices.seed,
    lang: choices.outputLang ?? undefined,
    thresholds: { ...choices.thresholds },
    segmentColumn: choices.segmentColumn,
  };
}

/** The method reads a number of groups (clusters): the pane offers k only then. */
export function choosesK(method: Method): boolean {
  return methodOf(method).optionIds.includes("k");
}

/** Changing method drops the thresholds (their ids belong to the previous method). */
export function withMethod(choices: MethodChoices, method: Method): MethodChoices {
  return method === choices.method ? choices : { ...choices, method, thresholds: {} };
}

export function buildOptionsFrom(choices: MethodChoices, data: DetectOptions, paneLang: Lang): BuildOptions {
  const options: BuildOptions = { method: choices.method, lang: choices.outputLang ?? paneLang };
  if (data.shape) options.shape = data.shape;
  if (data.overrides && Object.keys(data.overrides).length > 0) options.overrides = { ...data.overrides };
  if (choosesK(choices.method) && choices.k !== null) options.k = choices.k;
  if (choices.seed !== undefined) options.seed = choices.seed;
  if (Object.keys(choices.thresholds).length > 0) options.thresholds = { ...choices.thresholds };
  if (choices.segmentColumn) options.segmentColumn = true;
  return options;
}
