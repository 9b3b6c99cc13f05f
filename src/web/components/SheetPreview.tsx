/**
 * A preview of one sheet of the built workbook, drawn from the same plan the file was written from: values
 * with their number formats read the way Excel shows them (percent, dates, thousands), fonts, fills (the
 * colored map), column widths. Bounded to the top-left corner: the customer list can have 10^5 rows.
 */
import * as React from "react";
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SheetPlan } from "../../core/plan/workbook-plan";
import type { CellValue, Lang } from "../../core/types";
import { formatText } from "../../taskpane/i18n/strings";
import { EXCEL_SERIAL_OF_EPOCH } from "../../core/excel-serial";
import { columnLetters } from "../../core/text";
import { formatDate, formatNumber, formatPercent } from "../../core/format";

const PREVIEW_ROWS = 60;
const PREVIEW_COLUMNS = 14;
/** Pixels per character of column width (Calibri 11 ≈ 7 px). */
const PX_PER_CHAR = 7;
/** Wider columns are cut (their text ends in "…"), so the preview shows several columns side by side. */
const MAX_PREVIEW_WIDTH_CHARS = 36;

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "520px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "12px",
    lineHeight: "16px",
  },
  cell: {
    border: "1px solid #e6e6e6",
    padding: "2px 4px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
  },
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
  /** Text runs on over empty neighbours, as in Excel. */
  spill: { overflow: "visible", textOverflow: "clip", position: "relative", zIndex: 0 },
  heading: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "center",
    border: "1px solid #d6d6d6",
    padding: "1px 4px",
  },
  rowHeading: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    border: "1px solid #d6d6d6",
    padding: "1px 4px",
    width: "28px",
  },
  note: { color: tokens.colorNeutralForeground3, marginTop: tokens.spacingVerticalXS, display: "block" },
});

interface PreviewCell {
  text: string;
  numeric: boolean;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  color?: string;
  fill?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
}

/** A cell value as Excel would show it under `format`. */
function previewText(value: CellValue, format: string | null | undefined, lang: Lang): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const f = format ?? "General";
  if (f.includes("%")) return formatPercent(value, lang, 1);
  if (/[dy]{2}/i.test(f) && !/0/.test(f)) return formatDate(Math.floor(value - EXCEL_SERIAL_OF_EPOCH), lang);
  if (/0\.0/.test(f)) return formatNumber(value, lang, 2);
  return formatNumber(value, lang, 0);
}

/** The cells of the sheet's top-left corner, with the blocks' styles and then the fill groups on top. */
function cellsOf(sheet: SheetPlan, lang: Lang, rows: number, columns: number): (PreviewCell | undefined)[][] {
  const cells: (PreviewCell | undefined)[][] = Array.from({ length: rows }, () => new Array(columns));
  for (const block of sheet.blocks) {
    for (let r = 0; r < block.values.length && block.row + r < rows; r++) {
      const values = block.values[r];
      for (let c = 0; c < values.length && block.column + c < columns; c++) {
        const value = values[c];
        cells[block.row + r][block.column + c] = {
          text: previewText(value, block.columnFormats?.[c], lang),
          numeric: typeof value === "number",
          bold: block.bold,
          italic: block.italic,
          fontSize: block.fontSize,
          color: block.fontColor,
          fill: block.fill,
          align: block.align,
          wrap: block.wrap,
        };
      }
    }
  }
  for (const group of sheet.fills) {
    for (const rect of group.rects) {
      for (let r = rect.row; r < Math.min(rows, rect.row + rect.rows); r++) {
        for (let c = rect.column; c < Math.min(columns, rect.column + rect.columns); c++) {
          const cell = cells[r][c] ?? { text: "", numeric: false };
          cells[r][c] = {
            ...cell,
            fill: group.fill,
            color: group.fontColor,
            bold: cell.bold || group.bold,
          };
        }
      }
    }
  }
  return cells;
}

interface SheetPreviewProps {
  sheet: SheetPlan;
  lang: Lang;
  moreText: string;
}

export function SheetPreview({ sheet, lang, moreText }: SheetPreviewProps): React.ReactElement {
  const styles = useStyles();
  let usedRows = 0;
  let usedColumns = 0;
  for (const block of sheet.blocks) {
    usedRows = Math.max(usedRows, block.row + block.values.length);
    usedColumns = Math.max(usedColumns, block.column + (block.values[0]?.length ?? 0));
  }
  for (const group of sheet.fills)
    for (const rect of group.rects) {
      usedRows = Math.max(usedRows, rect.row + rect.rows);
      usedColumns = Math.max(usedColumns, rect.column + rect.columns);
    }
  // The map's chart data sits right of the print area: the preview shows what the printout shows.
  if (sheet.printArea) usedColumns = Math.min(usedColumns, sheet.printArea.column + sheet.printArea.columns);
  const rows = Math.min(PREVIEW_ROWS, usedRows);
  const columns = Math.min(PREVIEW_COLUMNS, usedColumns);
  const cells = React.useMemo(() => cellsOf(sheet, lang, rows, columns), [sheet, lang, rows, columns]);
  const widths = new Map(sheet.columnWidths.map(({ column, width }) => [column, width]));
  const columnIndexes = Array.from({ length: columns }, (_, c) => c);
  const pixels = columnIndexes.map((c) =>
    Math.round(Math.min(MAX_PREVIEW_WIDTH_CHARS, widths.get(c) ?? 9) * PX_PER_CHAR + 8),
  );
  // A fixed table width makes the browser keep the sheet's column widths instead of growing to the text.
  const tableWidth = 36 + pixels.reduce((sum, width) => sum + width, 0);
  const isEmpty = (cell: PreviewCell | undefined) => !cell || (cell.text === "" && !cell.fill);
  const classOf = (row: (PreviewCell | undefined)[], c: number) => {
    const cell = row[c];
    if (cell?.wrap) return `${styles.cell} ${styles.wrap}`;
    if (cell && cell.text !== "" && !cell.numeric && !cell.fill && c + 1 < columns && isEmpty(row[c + 1]))
      return `${styles.cell} ${styles.spill}`;
    return styles.cell;
  };

  return (
    <div>
      <div className={styles.scroller} role="region" aria-label={sheet.name} tabIndex={0}>
        <table className={styles.table} style={{ width: `${tableWidth}px` }} data-sheet={sheet.name}>
          <colgroup>
            <col style={{ width: "36px" }} />
            {columnIndexes.map((c) => (
              <col key={c} style={{ width: `${pixels[c]}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.heading} aria-hidden="true" />
              {columnIndexes.map((c) => (
                <th key={c} className={styles.heading} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cells.map((row, r) => (
              <tr key={r}>
                <th className={styles.rowHeading} scope="row">
                  {r + 1}
                </th>
                {columnIndexes.map((c) => {
                  const cell = row[c];
                  return (
                    <td
                      key={c}
                      className={classOf(row, c)}
                      style={
                        cell
                          ? {
                              backgroundColor: cell.fill,
                              color: cell.color,
                              fontWeight: cell.bold ? 700 : undefined,
                              fontStyle: cell.italic ? "italic" : undefined,
                              fontSize: cell.fontSize ? `${Math.round(cell.fontSize * 1.1)}px` : undefined,
                              textAlign: cell.align ?? (cell.numeric ? "right" : "left"),
                            }
                          : undefined
                      }
                      title={cell?.text && cell.text.length > 12 ? cell.text : undefined}
                    >
                      {cell?.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(usedRows > rows || usedColumns > columns) && (
        <Text size={200} className={styles.note}>
          {formatText(moreText, { rows, columns })}
        </Text>
      )}
    </div>
  );
}
