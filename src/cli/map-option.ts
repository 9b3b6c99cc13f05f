/**
 * `--map role=Column` (repeatable): the same column-role choice the pane's mapping editor offers
 * (src/taskpane/components/MappingEditor.tsx, roles from `ROLES`), for the CLI. The role is its id
 * (`revenue`) or its name in English or Spanish (`ventas`). `Column` is a header of the
 * table (case and spaces ignored) or a column letter ("C"); `none=Column` leaves a column unmapped. Unknown
 * roles or columns are refused with the list of valid ones (CoreError, exit 1).
 */
import { CoreError } from "../core/errors";
import type { Role } from "../core/model";
import { findTable } from "../core/read/find-table";
import { ROLE_LABELS, ROLES } from "../core/role-labels";
import type { CellValue, Grid } from "../core/types";
import { columnLetters, fillTemplate } from "../core/text";
import { type Lang, seriesIn, TEXT_LANGUAGES, type TextLang, textIn } from "../core/language";
import { texts } from "../i18n/texts";

/** The word that leaves a column unmapped (the editor's "Not used"). */
const UNMAPPED_ROLE = "none";

function headerText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : String(cell);
}

const squash = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/** Splits and checks the role side of each `role=Column`; throws CoreError naming the valid roles. */
export function parseMapValues(values: readonly string[]): { role: Role | null; column: string }[] {
  // The roles as typed after --map (ids, not words): a series to copy from, no conjunction.
  const validRoles = (textLang: TextLang) => seriesIn(textLang, [...ROLES, UNMAPPED_ROLE]);
  return values.map((value) => {
    const eq = value.indexOf("=");
    const roleText = eq > 0 ? value.slice(0, eq).trim() : "";
    const column = eq > 0 ? value.slice(eq + 1).trim() : "";
    if (roleText === "" || column === "") {
      throw new CoreError(
        "bad-map-option",
        texts((t, textLang) => t.cli.mapOption.mapMustBeRole(value, validRoles(textLang))),
        value,
      );
    }
    if (squash(roleText) === UNMAPPED_ROLE) return { role: null, column };
    // The role's id (`revenue`) or its name in either language (`ventas`, `margen %`), as the editor shows.
    const role = ROLES.find(
      (candidate) =>
        candidate.toLowerCase() === squash(roleText) ||
        TEXT_LANGUAGES.some((lang) => squash(ROLE_LABELS[candidate][lang]) === squash(roleText)),
    );
    if (!role) {
      throw new CoreError(
        "unknown-map-role",
        texts((t, textLang) => t.cli.mapOption.mapUnknownRoleValid(roleText, validRoles(textLang))),
        roleText,
      );
    }
    return { role, column };
  });
}

/**
 * The header → role overrides for `readCustomerGrid`/`analyzeGrid` from `--map` values, checked against the
 * headers of the table found in the grid. Throws CoreError naming the headers there are.
 */
export function columnMappingOf(values: readonly string[], grid: Grid): Record<string, Role | null> {
  const wanted = parseMapValues(values);
  const table = findTable(grid);
  const headers: { header: string; letter: string }[] = [];
  for (let c = table.firstColumn; c <= table.lastColumn; c++) {
    headers.push({ header: headerText(grid[table.headerRow]?.[c]), letter: columnLetters(c) });
  }
  const overrides: Record<string, Role | null> = {};
  for (const { role, column } of wanted) {
    const found =
      headers.find((h) => h.header !== "" && squash(h.header) === squash(column)) ??
      headers.find((h) => h.header !== "" && h.letter === column.trim().toUpperCase());
    if (!found) {
      const list = headers.filter((h) => h.header !== "").map((h) => `${h.letter} "${h.header}"`);
      throw new CoreError(
        "unknown-map-column",
        texts((t, textLang) =>
          t.cli.mapOption.mapNoColumnIn(column, table.headerRow + 1, seriesIn(textLang, list)),
        ),
        column,
      );
    }
    overrides[found.header] = role;
  }
  return overrides;
}

/** Roles a "map it by hand" refusal from the core is about, by error code. */
const HAND_MAPPING_HINTS: Record<string, string> = {
  "no-customer-column": "customerId",
  "no-amount-column": "revenue",
  "no-date-column": "date",
};

/**
 * The core's refusal as the CLI prints it: where it says "map it by hand", the command-line way to do it is
 * added (the pane has its mapping editor; the CLI has --map).
 */
export function cliMessageOf(error: CoreError, lang: Lang): string {
  const role = HAND_MAPPING_HINTS[error.code];
  const message = error.messageIn(lang);
  if (!role) return message;
  const hint = textIn(lang, (t) => t.cli.mapOption.onTheCommandLine);
  return `${message} ${fillTemplate(hint, { role })}`;
}
