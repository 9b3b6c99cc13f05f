/** Constructors for `Kpi` values, so "unavailable" always carries its reason and never a silent 0. */
import type { Kpi, NumberFormatKind } from "../model";
import type { Localized } from "../types";
import { texts } from "../../i18n/texts";

/** A computed KPI. A non-finite value becomes unavailable with `reasonIfNotFinite` (never NaN in a cell). */
export function kpiValue(
  id: string,
  label: Localized,
  value: number,
  format: NumberFormatKind,
  note?: Localized,
  reasonIfNotFinite?: Localized,
): Kpi {
  if (!Number.isFinite(value)) {
    return kpiUnavailable(
      id,
      label,
      format,
      reasonIfNotFinite ?? texts((t) => t.kpi.kpiBuilders.couldNotBeComputed),
    );
  }
  return note ? { id, label, value, format, note } : { id, label, value, format };
}

/** A KPI that cannot be computed: value null and the reason, in both languages. */
export function kpiUnavailable(
  id: string,
  label: Localized,
  format: NumberFormatKind,
  reason: Localized,
): Kpi {
  return { id, label, value: null, format, unavailableReason: reason };
}
