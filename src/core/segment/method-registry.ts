/**
 * The method registry: one descriptor per segmentation method (its id, names, aliases, colors, threshold and
 * option ids, and its `segment()` function) in one list that every surface reads — the CLI's --method and
 * help, the pane's method choices and names, CMAP.SEGMENT's method argument, the sheets' method labels and
 * the history sheet — and that `segmentCustomers` dispatches through.
 *
 * Adding a method = one file (its descriptor, next to its rules) + one line in `BUILT_IN_METHODS`
 * (`methods.ts`). `registerMethod` is the one entry point, used by the built-ins themselves; a test (or a
 * future plug-in) registers a method the same way without editing source. The registry is module state on
 * purpose: every surface already imports the core's modules, so a parameter threaded through the CLI, the
 * pane, the worksheet functions and the plan would touch every call site for no gain in what it can express.
 *
 * Surfaces import `methods.ts` (which registers the built-ins), never this file, so the list is never empty.
 * Registration is per JavaScript context: the pane's analysis worker imports `methods.ts` on its own, so a
 * method registered at run time on the UI thread is not known there; a real method goes in BUILT_IN_METHODS.
 */
import { CoreError } from "../errors";
import type { CurrencyCode } from "../format";
import type { CustomerData } from "../model";
import type { Lang, Localized } from "../types";
import type { SegmentationDraft } from "./segmentation-builder";
import { listIn, TEXT_LANGUAGES, tr } from "../language";
import { texts } from "../../i18n/texts";

/** What `segmentCustomers` hands a method's `segment()`; each method reads the options its descriptor names. */
interface MethodRunOptions {
  /** Threshold overrides by id, already checked against the descriptor's `thresholdIds`. */
  thresholds?: Record<string, number>;
  /** Build the per-customer reasons (false: one shared empty reason per customer, see `noReasons`). */
  explain: boolean;
  /** The data's currency: money in the reasons reads "€33,068" / "33.068 €"; none (absent or null): the bare number. */
  currency?: CurrencyCode | null;
  /** Seed of any randomness (fixed by default, stored in the settings). */
  seed: number;
  /** A fixed number of groups; only for methods whose `optionIds` has "k". */
  k?: number;
  /** Ask to use protected attributes; only for methods whose `optionIds` has "includeProtected". */
  includeProtected?: boolean;
}

/** How the call list sees a segment: customers to keep (valuable) or customers slipping away. */
export type SegmentStanding = "valuable" | "slipping";

/** Options beyond thresholds that a method may read; the pane and the CLI offer only those it names. */
type MethodOptionId = "k" | "seed" | "includeProtected";

export interface MethodDescriptor<Id extends string = string> {
  /** Stable id: the CLI's --method value, the value stored in settings and in the history sheet. */
  readonly id: Id;
  /** Full name: the sheets (map, About), the CLI's summary. */
  readonly label: Localized;
  /**
   * The full name of one result when it depends on the data (a portfolio map without margins is value × trend,
   * not value × margin); read through `methodLabelOf`. Absent: `label`.
   */
  readonly labelOf?: (settings: Readonly<Record<string, number | string | boolean>>) => Localized;
  /** Short name: the pane's choice, the segment column's header ("Segment (RFM)"). */
  readonly name: Localized;
  /** One line under the name in the pane. */
  readonly description: Localized;
  /**
   * How a formula names it, per language ("cartera" in Spanish): CMAP.SEGMENT's help and its error message
   * list these; accepted like the aliases. English is the id.
   */
  readonly argument: Localized;
  /** Other names accepted for it (English and Spanish), as typed: case, accents, spaces and hyphens ignored. */
  readonly aliases: readonly string[];
  /**
   * Fixed color per segment id, for the segments the method can produce (empty when its segments are only
   * known from the data, like clusters, which take colors by rank).
   */
  readonly segmentColors: Readonly<Record<string, string>>;
  /**
   * Its valuable and slipping segments by id (others are neither): customers moving from a valuable segment
   * or into a slipping one head the call list (insights/segment-moves.ts).
   */
  readonly segmentStanding: Readonly<Record<string, SegmentStanding>>;
  /** Threshold ids it reads; an override with another id is an error (a typo never passes silently). */
  readonly thresholdIds: readonly string[];
  /** Options beyond thresholds it reads. */
  readonly optionIds: readonly MethodOptionId[];
  /**
   * True when a segment id means the same group in every run (so mobility between maps is meaningful); false
   * when ids are only numbered per run (clusters).
   */
  readonly stableSegmentIds: boolean;
  /** Assigns every customer one segment. Throws CoreError when the data cannot support the method. */
  segment(data: CustomerData, options: MethodRunOptions): SegmentationDraft;
}

const descriptors: MethodDescriptor[] = [];
const ids: string[] = [];

/**
 * Every registered method, in the order the surfaces show them (the first is the default). A read-only view
 * of the registry itself, so it includes methods registered after import.
 */
export const METHOD_DESCRIPTORS: readonly MethodDescriptor[] = descriptors;

/** Method ids in the same order (a read-only view of the registry, like METHOD_DESCRIPTORS). */
export const METHOD_IDS: readonly string[] = ids;

/** Lowercase, accents removed, spaces/underscores/hyphens/dots removed: how typed method names are compared. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_\-.]+/g, "");
}

/**
 * Adds a method to the registry. Throws when its id, or any of its names, already names another method
 * (then "grupos" could mean two methods).
 */
export function registerMethod(method: MethodDescriptor): void {
  const taken = new Set(descriptors.flatMap(namesOf));
  const clash = namesOf(method).find((name) => taken.has(name));
  if (clash !== undefined || !/^[a-z][a-z0-9-]*$/.test(method.id)) {
    throw new CoreError(
      "method-registration",
      clash !== undefined
        ? texts((t) => t.segment.methodRegistry.methodNameTaken(method.id, clash))
        : texts((t) => t.segment.methodRegistry.invalidMethodId(method.id)),
      "method",
    );
  }
  descriptors.push(method);
  ids.push(method.id);
}

/** The id, argument names and aliases of a method, normalized: the names CMAP.SEGMENT accepts. */
function namesOf(method: MethodDescriptor): string[] {
  // The argument's name in every language with texts is accepted, whatever the display language.
  const names = [method.id, ...TEXT_LANGUAGES.map((lang) => tr(method.argument, lang)), ...method.aliases];
  return [...new Set(names.map(normalizeName))];
}

/** The method with this id, or undefined. */
function findMethod(id: string): MethodDescriptor | undefined {
  return descriptors.find((method) => method.id === id);
}

/** The method with this id; throws a CoreError naming the known ids otherwise. */
export function methodOf(id: string): MethodDescriptor {
  const method = findMethod(id);
  if (method) return method;
  throw new CoreError(
    "unknown-method",
    texts((t, textLang) =>
      t.segment.methodRegistry.unknownSegmentationMethodUse(id, listIn(textLang, ids, "or")),
    ),
    "method",
  );
}

/**
 * The full name of a result of method `id` with these settings (the Segmentation's `settings`): what the map
 * and About sheets and the CLI's summary call it, so a map without margins never claims "value × margin".
 */
export function methodLabelOf(
  id: string,
  settings: Readonly<Record<string, number | string | boolean>>,
): Localized {
  const method = methodOf(id);
  return method.labelOf?.(settings) ?? method.label;
}

/** The method an id or alias names (any case, accents, spaces or hyphens), or undefined. */
export function methodNamed(text: string): MethodDescriptor | undefined {
  const key = normalizeName(text);
  return descriptors.find((method) => namesOf(method).includes(key));
}

/** The registered methods' formula names in `lang`, in order (CMAP.SEGMENT's help and messages). */
export function argumentNames(lang: Lang): string[] {
  return descriptors.map((method) => tr(method.argument, lang));
}
