/**
 * Checks the column mapping the user is editing before anything is built, so the problem is shown on the
 * Field of the column concerned instead of as a failure after a long run. The core validates again (it is
 * the authority); this only catches what can be said from the mapping alone.
 */
import type { ColumnMapping, DataShape, Role } from "../core/model";

/** Roles several columns may share; every other role belongs to one column at most. */
const SHAREABLE_ROLES: ReadonlySet<Role> = new Set<Role>(["protected"]);

export interface MappingProblems {
  /** Column index → the header of the earlier column that already has its role. */
  duplicates: Map<number, { role: Role; firstHeader: string }>;
  /** Required roles no column has. "revenue" stands for "revenue, or quantity and unit price". */
  missing: Role[];
}

/** The role each column ends up with: the user's override when there is one, else the detected role. */
export function effectiveRoles(
  mapping: readonly ColumnMapping[],
  overrides: Readonly<Record<string, Role | null>>,
): (Role | null)[] {
  return mapping.map((column) =>
    Object.prototype.hasOwnProperty.call(overrides, column.header) ? overrides[column.header] : column.role,
  );
}

/** Cost: O(columns). */
export function validateMapping(
  mapping: readonly ColumnMapping[],
  roles: readonly (Role | null)[],
  shape: DataShape,
): MappingProblems {
  const duplicates = new Map<number, { role: Role; firstHeader: string }>();
  const firstByRole = new Map<Role, string>();
  roles.forEach((role, index) => {
    if (role === null || SHAREABLE_ROLES.has(role)) return;
    const first = firstByRole.get(role);
    if (first === undefined) firstByRole.set(role, mapping[index].header);
    else duplicates.set(mapping[index].column, { role, firstHeader: first });
  });
  const has = (role: Role) => firstByRole.has(role);
  const missing: Role[] = [];
  if (!has("customerId") && !has("customerName")) missing.push("customerId");
  if (!has("revenue") && !(has("quantity") && has("unitPrice"))) missing.push("revenue");
  if (shape === "transactions" && !has("date")) missing.push("date");
  return { duplicates, missing };
}

/** Confidence bands shown beside each mapping (the numbers come from the core's header matcher). */
export function confidenceBand(confidence: number, role: Role | null): "high" | "medium" | "low" | "none" {
  if (role === null || confidence <= 0) return "none";
  if (confidence >= 0.9) return "high";
  if (confidence >= 0.6) return "medium";
  return "low";
}
