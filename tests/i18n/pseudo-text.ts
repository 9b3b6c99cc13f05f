/**
 * Finds hard-coded text in output rendered in the pseudo-locale "qps": every text read through `tr`/`inLang`
 * comes out wrapped in ⟦…⟧, so whatever letters remain outside the wrappers were written into the code instead
 * of read from a Localized (or come from the user's data, which is allowed).
 */
import type { CellValue, Grid } from "../../src/core/types";
import { PSEUDO_CLOSE, PSEUDO_OPEN } from "../../src/core/language";

const WRAPPED = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, "g");
/** Runs of letters (any script): what a reader would read as words. */
const WORD = /\p{L}+/gu;

const MAX_RUN = 8;

/**
 * Runs of consecutive words (up to 8) of the user's data — customer names, regions, headers, sheet and file
 * names — lower-cased and joined by one space. A text may quote the data ("Industrias Ruiz S.L.", "Región"),
 * but only as the data has it: a Spanish sample does not excuse a hard-coded "de los clientes".
 */
export function dataWordsOf(grids: readonly Grid[], extra: readonly string[] = []): Set<string> {
  const runs = new Set<string>();
  const add = (text: string) => {
    const words = text.toLowerCase().match(WORD) ?? [];
    for (let start = 0; start < words.length; start++)
      for (let end = start + 1; end <= Math.min(words.length, start + MAX_RUN); end++)
        runs.add(words.slice(start, end).join(" "));
  };
  for (const grid of grids)
    for (const row of grid) for (const cell of row) if (typeof cell === "string") add(cell);
  extra.forEach(add);
  return runs;
}

/** `text` with every pseudo-localized part removed (innermost first, so nested wrappers go too). */
export function withoutWrapped(text: string): string {
  let rest = text;
  for (;;) {
    const next = rest.replace(WRAPPED, " ");
    if (next === rest) return rest;
    rest = next;
  }
}

/**
 * The words of `text` that are neither pseudo-localized nor the data's own: hard-coded text. Numbers, symbols
 * and the compact-money units after a digit ("€1.2M") are not words a translator would have to change.
 */
export function hardCodedWords(text: string, data: ReadonlySet<string>): string[] {
  const rest = withoutWrapped(text).replace(/\d[\d.,]*[MBk]\b/g, " ");
  const found: string[] = [];
  // Pieces between punctuation: each must be a run of the data's words, in the data's order.
  for (const piece of rest.split(/[:;,()"'«»“”·→–—|/\\[\]=+<>]|\d+|\s-\s/)) {
    const words = piece.toLowerCase().match(WORD) ?? [];
    if (words.length === 0) continue;
    const known = words.length <= MAX_RUN ? data.has(words.join(" ")) : false;
    if (!known) found.push(piece.trim());
  }
  return found;
}

/** The texts a reader sees inside a cell value: the value itself, or a formula's string literals. */
export function cellTexts(value: CellValue | undefined): string[] {
  if (typeof value !== "string" || value === "") return [];
  if (!value.startsWith("=")) return [value];
  return [...value.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]).filter((literal) => literal !== "");
}

/** The literal texts an Excel number format shows around the number (`#,##0" customers"` → " customers"). */
export function formatTexts(code: string | null | undefined): string[] {
  if (!code) return [];
  return [...code.matchAll(/"([^"]*)"/g)].map((m) => m[1]).filter((literal) => /\p{L}/u.test(literal));
}
