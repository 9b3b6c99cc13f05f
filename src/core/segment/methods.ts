/**
 * The built-in segmentation methods, registered in the method registry (method-registry.ts) in the order the
 * surfaces show them; the first is the default. Every surface imports the registry through this file, so the
 * built-ins are registered before anything reads the list.
 *
 * Adding a method: its descriptor in its own file (next to its rules, like abc.ts) + one line below.
 */
import type { Method } from "../model";
import { abcMethod } from "./abc";
import { clustersMethod } from "./clusters";
import { lifecycleMethod } from "./lifecycle";
import { METHOD_IDS, registerMethod } from "./method-registry";
import { portfolioMethod } from "./portfolio-map";
import { rfmMethod } from "./rfm";

export const BUILT_IN_METHODS = [
  portfolioMethod,
  rfmMethod,
  clustersMethod,
  lifecycleMethod,
  abcMethod,
] as const;

/** The built-in ids as a type: `Method` (model.ts) is this union, so it grows with the list above. */
export type BuiltInMethodId = (typeof BUILT_IN_METHODS)[number]["id"];

for (const method of BUILT_IN_METHODS) registerMethod(method);

export {
  argumentNames,
  METHOD_DESCRIPTORS,
  methodLabelOf,
  methodNamed,
  methodOf,
  normalizeName,
  registerMethod,
  type MethodDescriptor,
  type SegmentStanding,
} from "./method-registry";

/** Method ids in the order the surfaces show them (the registry's live list); the first is the default. */
export const METHODS = METHOD_IDS as readonly Method[];

/** The default method: the first in the list (the portfolio map). */
export const DEFAULT_METHOD: Method = BUILT_IN_METHODS[0].id;

/**
 * True for the id of a registered method. A method registered at run time (a test, a plug-in) passes too: the
 * `Method` union lists the built-ins for the compiler, the registry decides at run time.
 */
export function isMethod(value: unknown): value is Method {
  return typeof value === "string" && METHOD_IDS.includes(value);
}
