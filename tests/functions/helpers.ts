/** Test helpers: results as plain data (errors → their code) and an Office display-language switch. */
import type { ResultGrid } from "../../src/functions/cells";

export type Plain = number | string | boolean | { error: string; message?: string };

export function plain(grid: ResultGrid): Plain[][] {
  return grid.map((row) =>
    row.map((cell) =>
      typeof cell === "object" && cell !== null ? { error: cell.code, message: cell.message } : cell,
    ),
  );
}

/** The codes/values only, for compact expectations. */
export function codes(grid: ResultGrid): (number | string | boolean)[][] {
  return grid.map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? cell.code : cell)));
}

export function withDisplayLanguage<T>(tag: string | undefined, run: () => T): T {
  const holder = globalThis as { Office?: unknown };
  const previous = holder.Office;
  holder.Office = tag === undefined ? undefined : { context: { displayLanguage: tag } };
  try {
    return run();
  } finally {
    holder.Office = previous;
  }
}

export function column(values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}
