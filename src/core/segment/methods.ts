/**
 * The segmentation methods, in one list that every surface reads: the CLI's --method, the pane's method
 * choices, CMAP.SEGMENT's method argument (with the aliases below) and the history sheet. Adding a method
 * starts here (and in `Method`, model.ts, and the dispatch in segment-customers.ts).
 */
import type { Method } from "../model";

export interface MethodDescriptor {
  id: Method;
  /** Other names accepted for it (English and Spanish), as typed: case, accents, spaces and hyphens ignored. */
  aliases: readonly string[];
}

export const METHOD_DESCRIPTORS: readonly MethodDescriptor[] = [
  { id: "portfolio", aliases: ["portfolio map", "map", "kbox", "cartera", "mapa", "mapa de cartera"] },
  { id: "rfm", aliases: [] },
  { id: "clusters", aliases: ["cluster", "clustering", "k-means", "grupos", "grupo", "clústeres"] },
  { id: "lifecycle", aliases: ["lifecycle ladder", "ladder", "ciclo de vida", "ciclo", "escalera"] },
  { id: "abc", aliases: ["pareto"] },
];

/** Method ids in the order the surfaces show them; the first is the default. */
export const METHODS: readonly Method[] = METHOD_DESCRIPTORS.map((method) => method.id);

export function isMethod(value: unknown): value is Method {
  return typeof value === "string" && (METHODS as readonly string[]).includes(value);
}
