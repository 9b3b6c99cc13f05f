/**
 * A toy segmentation method for the registry tests: customers whose name starts with A–M, and the rest. It is
 * everything a method needs — one descriptor in one file — and `registerMethod(alphabeticalMethod)` is the one
 * line that puts it on every surface (a built-in's line is in BUILT_IN_METHODS, src/core/segment/methods.ts).
 */
import type { MethodDescriptor } from "../../src/core/segment/methods";
import { noReasons, type SegmentDefinition } from "../../src/core/segment/segmentation-builder";
import type { Localized } from "../../src/core/types";

const colors: Record<string, string> = { "a-m": "#0072B2", "n-z": "#E69F00" };

const SEGMENTS: SegmentDefinition[] = [
  {
    id: "a-m",
    name: { en: "Names A–M", es: "Nombres A–M" },
    action: { en: "Call in the morning.", es: "Llamar por la mañana." },
    color: colors["a-m"],
  },
  {
    id: "n-z",
    name: { en: "Names N–Z", es: "Nombres N–Z" },
    action: { en: "Call in the afternoon.", es: "Llamar por la tarde." },
    color: colors["n-z"],
  },
];

/** The first letter of the name (the id when there is no name), without accents, uppercase. */
export function initialOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .charAt(0)
    .toUpperCase();
}

export const alphabeticalMethod: MethodDescriptor<"alphabetical"> = {
  id: "alphabetical",
  label: { en: "Alphabetical (A–M, N–Z)", es: "Alfabético (A–M, N–Z)" },
  name: { en: "Alphabetical", es: "Alfabético" },
  description: { en: "Two halves by the name's first letter.", es: "Dos mitades por la inicial del nombre." },
  argument: { en: "alphabetical", es: "alfabetico" },
  aliases: ["a-z", "abecedario"],
  segmentColors: colors,
  segmentStanding: {},
  thresholdIds: [],
  optionIds: [],
  stableSegmentIds: true,
  segment(data, options) {
    const assignment = new Int32Array(data.count);
    const reasons: Localized[] = options.explain ? [] : noReasons(data.count);
    for (let i = 0; i < data.count; i++) {
      const initial = initialOf(data.names[i] || data.ids[i]);
      assignment[i] = initial !== "" && initial < "N" ? 0 : 1;
      if (options.explain)
        reasons.push({ en: `Name starts with ${initial}.`, es: `El nombre empieza por ${initial}.` });
    }
    return {
      definitions: SEGMENTS,
      assignment,
      reasons,
      thresholds: [],
      settings: {},
      notes: [],
      extraColumns: [],
    };
  },
};
