/** Test helpers: materialise a sheet plan's blocks into cells, the way a renderer would write them. */
import type { CellValue } from "../../../src/core/types";
import type { CellRect, SheetPlan, WorkbookPlan } from "../../../src/core/plan/workbook-plan";

export interface Materialised {
  value(row: number, column: number): CellValue | undefined;
  format(row: number, column: number): string | null | undefined;
  /** Column of values from a rect (one column wide). */
  columnValues(rect: CellRect): (CellValue | undefined)[];
  /** Every written cell as a grid (rows × columns of the used range), undefined for unwritten cells. */
  grid(): (CellValue | undefined)[][];
  cellsWritten: number;
}

export function materialise(sheet: SheetPlan): Materialised {
  const values = new Map<string, CellValue>();
  const formats = new Map<string, string | null>();
  let maxRow = -1;
  let maxColumn = -1;
  let cellsWritten = 0;
  for (const block of sheet.blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = `${block.row + r},${block.column + c}`;
        values.set(key, value);
        formats.set(key, block.columnFormats?.[c] ?? null);
        maxRow = Math.max(maxRow, block.row + r);
        maxColumn = Math.max(maxColumn, block.column + c);
        cellsWritten++;
      }),
    );
  }
  return {
    value: (row, column) => values.get(`${row},${column}`),
    format: (row, column) => formats.get(`${row},${column}`),
    columnValues: (rect) =>
      Array.from({ length: rect.rows }, (_, r) => values.get(`${rect.row + r},${rect.column}`)),
    grid: () =>
      Array.from({ length: maxRow + 1 }, (_, r) =>
        Array.from({ length: maxColumn + 1 }, (_, c) => values.get(`${r},${c}`)),
      ),
    cellsWritten,
  };
}

export function sheetOf(plan: WorkbookPlan, key: SheetPlan["key"]): SheetPlan {
  const sheet = plan.sheets.find((candidate) => candidate.key === key);
  if (!sheet) throw new Error(`no sheet ${key}`);
  return sheet;
}

/** All cells covered by a sheet's fill groups, as "row,column" → fill color. Throws on a cell filled twice with different colors. */
export function filledCells(sheet: SheetPlan): Map<string, string> {
  const cells = new Map<string, string>();
  for (const group of sheet.fills) {
    for (const rect of group.rects) {
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.columns; c++) cells.set(`${rect.row + r},${rect.column + c}`, group.fill);
      }
    }
  }
  return cells;
}

/** Checks the structural invariants every renderer relies on; returns a list of problems (empty = fine). */
export function planProblems(plan: WorkbookPlan): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    if (sheet.name.length > 31 || /[[\]:*?/\\]/.test(sheet.name))
      problems.push(`bad sheet name ${sheet.name}`);
    if (names.has(sheet.name.toLowerCase())) problems.push(`duplicate sheet ${sheet.name}`);
    names.add(sheet.name.toLowerCase());
    sheet.blocks.forEach((block, b) => {
      const width = block.values[0]?.length ?? 0;
      if (block.values.length === 0 || width === 0) problems.push(`${sheet.key} block ${b} empty`);
      if (block.values.some((row) => row.length !== width))
        problems.push(`${sheet.key} block ${b} not rectangular`);
      if (block.columnFormats && block.columnFormats.length !== width)
        problems.push(`${sheet.key} block ${b} formats ${block.columnFormats.length} != ${width}`);
      if (block.row < 0 || block.column < 0) problems.push(`${sheet.key} block ${b} negative position`);
      for (const row of block.values) {
        for (const value of row) {
          if (typeof value === "number" && !Number.isFinite(value))
            problems.push(`${sheet.key} block ${b} non-finite number`);
          if (value !== null && !["string", "number", "boolean"].includes(typeof value))
            problems.push(`${sheet.key} block ${b} bad value`);
        }
      }
    });
    for (const group of sheet.fills) {
      if (!/^#[0-9A-F]{6}$/i.test(group.fill) || !/^#[0-9A-F]{6}$/i.test(group.fontColor))
        problems.push(`${sheet.key} bad color`);
      if (group.rects.length === 0) problems.push(`${sheet.key} empty fill group`);
    }
    const cells = materialise(sheet);
    for (const table of sheet.tables) {
      if (tableNames.has(table.name)) problems.push(`duplicate table ${table.name}`);
      tableNames.add(table.name);
      const headers = Array.from({ length: table.rect.columns }, (_, c) =>
        cells.value(table.rect.row, table.rect.column + c),
      );
      if (headers.some((header) => typeof header !== "string" || header === ""))
        problems.push(`${sheet.key} table header not text`);
      if (new Set(headers.map((header) => String(header).toLowerCase())).size !== headers.length)
        problems.push(`${sheet.key} table headers repeat`);
      if (table.rect.rows < 2) problems.push(`${sheet.key} table without data rows`);
    }
  }
  return problems;
}
