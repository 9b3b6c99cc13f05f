/**
 * The `method` and `options` arguments of SEGMENT / SEGMENTREASON, in English or Spanish.
 * - method: a registered method's id, formula name or alias (core/segment/methods.ts: cartera, grupos, ciclo
 *   de vida, pareto...; case and accents ignored); blank = the default method (portfolio).
 * - options: "key=value; key=value" (";" or a line break between pairs, "=" or ":" inside; a decimal comma
 *   is fine: "aCumulativeShare=0,7"), or a two-column range of keys and values. Keys: k, seed|semilla,
 *   minSegmentSize|tamaño_mínimo, and any threshold id of the method (e.g. aCumulativeShare), which the core
 *   validates. Percent texts are fractions ("70%" = 0.7).
 */
import type { Method } from "../core/model";
import { argumentNames, DEFAULT_METHOD, methodNamed, normalizeName } from "../core/segment/methods";
import { parseNumberText, separatorEvidence } from "../core/read/parse-number";
import { listIn, localize, type Localized } from "../core/language";
import { asGrid } from "./cells";
import { say, sayAll } from "./function-texts";

interface SegmentCallOptions {
  seed?: number;
  k?: number;
  minSegmentSize?: number;
  thresholds: Record<string, number>;
}

/** Lowercase, accents removed, spaces/underscores/hyphens removed (the registry's rule for method names too). */
export const normalizeKey = normalizeName;

/** The method named by `text` (blank → the default), from the method registry, or a message naming the methods. */
export function parseMethod(text: string): Method | Localized {
  if (text.trim() === "") return DEFAULT_METHOD;
  const method = methodNamed(text);
  if (method) return method.id as Method;
  return localize((lang) =>
    say("unknownMethod", lang, { text, methods: listIn(lang, argumentNames(lang), "or") }),
  );
}

const KEY_ALIASES: Record<string, "seed" | "k" | "minSegmentSize"> = {
  seed: "seed",
  semilla: "seed",
  k: "k",
  clusters: "k",
  grupos: "k",
  minsegmentsize: "minSegmentSize",
  tamanominimo: "minSegmentSize",
  minimo: "minSegmentSize",
};

function parseValue(text: string): number {
  const evidence = separatorEvidence(text);
  return parseNumberText(text, evidence === "," ? "," : ".");
}

/** Parses the options argument (see the module doc) or returns a message naming the bad pair. */
export function parseSegmentOptions(input: unknown): SegmentCallOptions | Localized {
  const pairs: [string, unknown][] = [];
  const grid = asGrid(input);
  const isText = grid.length === 1 && grid[0].length === 1;
  if (isText) {
    const cell = grid[0][0];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) {
      return { thresholds: {} };
    }
    for (const part of String(cell).split(/[;\n|]+/)) {
      if (part.trim() === "") continue;
      const match = /^\s*([^=:]+?)\s*[=:]\s*(.+?)\s*$/.exec(part);
      if (!match) {
        return sayAll("optionNotKeyValue", { option: part.trim() });
      }
      pairs.push([match[1], match[2]]);
    }
  } else {
    for (const row of grid) {
      const key = row[0];
      if (key === null || key === undefined || String(key).trim() === "") continue;
      pairs.push([String(key), row[1]]);
    }
  }
  const result: SegmentCallOptions = { thresholds: {} };
  for (const [rawKey, rawValue] of pairs) {
    const value = typeof rawValue === "number" ? rawValue : parseValue(String(rawValue ?? ""));
    if (!Number.isFinite(value)) {
      return sayAll("optionNotNumber", { key: rawKey.trim(), value: String(rawValue) });
    }
    const alias = KEY_ALIASES[normalizeKey(rawKey)];
    if (alias) result[alias] = value;
    else result.thresholds[rawKey.trim()] = value;
  }
  return result;
}
