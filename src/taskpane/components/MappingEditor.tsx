/**
 * One editable dropdown per source column: what the column means, with the matcher's confidence beside the
 * header. Problems (two columns with the same meaning, a build error about this column) are shown on the
 * Field of the column concerned, so a screen reader announces them with the control.
 */
import * as React from "react";
import { Badge, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { ColumnMapping, Role } from "../../core/model";
import { useTexts } from "../i18n/lang-context";
import { formatText } from "../i18n/strings";
import { confidenceBand, type MappingProblems } from "../mapping-validation";
import { ROLES } from "../../core/role-labels";
import { tr } from "../../core/language";

/** Option value for "Not used" (roles are identifiers, so this cannot collide). */
const UNMAPPED = "-";

/** Roles in the order a commercial director thinks of them (the core's one list). */
export const ROLE_ORDER: readonly Role[] = ROLES;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Header above, confidence badge under it, both left-aligned: a long header never pushes the badge into a
  // ragged second line of its own.
  label: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "2px" },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  header: { overflowWrap: "anywhere" },
  dropdown: { minWidth: "0", width: "100%" },
});

interface MappingEditorProps {
  mapping: readonly ColumnMapping[];
  roles: readonly (Role | null)[];
  problems: MappingProblems;
  /** A build error that names one column (by header). */
  columnError?: { header: string; message: string } | null;
  disabled?: boolean;
  onRoleChange: (header: string, role: Role | null) => void;
}

export function MappingEditor(props: MappingEditorProps): React.ReactElement {
  const { mapping, roles, problems, columnError, disabled, onRoleChange } = props;
  const styles = useStyles();
  const { t, lang, roles: roleNames } = useTexts();
  const bandText = {
    high: t.mappingConfidenceHigh,
    medium: t.mappingConfidenceMedium,
    low: t.mappingConfidenceLow,
    none: t.mappingConfidenceNone,
  };
  const bandColor = { high: "success", medium: "brand", low: "warning", none: "informative" } as const;

  return (
    <div className={styles.list}>
      {mapping.map((column, index) => {
        const role = roles[index];
        const overridden = role !== column.role;
        const band = overridden ? null : confidenceBand(column.confidence, role);
        const duplicate = problems.duplicates.get(column.column);
        const buildProblem =
          columnError && columnError.header === column.header ? columnError.message : undefined;
        const message = duplicate
          ? formatText(t.mappingDuplicate, { role: roleNames[duplicate.role], header: duplicate.firstHeader })
          : buildProblem;
        return (
          <Field
            key={`${column.column}:${column.header}`}
            orientation="horizontal"
            size="small"
            label={{
              className: styles.label,
              children: (
                <>
                  <span className={styles.header}>{column.header || `#${column.column + 1}`}</span>
                  {band && (
                    <Badge
                      className={styles.badge}
                      size="small"
                      appearance="tint"
                      color={bandColor[band]}
                      title={tr(column.reason, lang)}
                    >
                      {bandText[band]}
                    </Badge>
                  )}
                </>
              ),
            }}
            validationState={message ? "error" : "none"}
            validationMessage={message}
          >
            <Dropdown
              clearButton={{ "aria-label": t.clearSelection }}
              size="small"
              className={styles.dropdown}
              disabled={disabled}
              value={role ? roleNames[role] : t.mappingUnmapped}
              selectedOptions={[role ?? UNMAPPED]}
              onOptionSelect={(_, data) => {
                const next =
                  data.optionValue === UNMAPPED || !data.optionValue ? null : (data.optionValue as Role);
                if (next !== role) onRoleChange(column.header, next);
              }}
            >
              <Option value={UNMAPPED}>{t.mappingUnmapped}</Option>
              {ROLE_ORDER.map((option) => (
                <Option key={option} value={option}>
                  {roleNames[option]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
