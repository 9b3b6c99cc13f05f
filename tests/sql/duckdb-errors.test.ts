/**
 * DuckDB failures while reading the lines: out of memory is said as such (the budget, the temporary folder, smaller
 * files), in both languages, never as a file that "could not be read as Parquet"; other failures stay unreadable.
 */
import { DUCKDB_MEMORY_LIMIT, duckDbReadError } from "../../src/cli/duckdb-input";

const OOM = new Error(
  "Out of Memory Error: failed to allocate data of size 256.0 MiB (953.6 MiB/953.6 MiB used)",
);

describe("duckDbReadError", () => {
  it("reports DuckDB running out of memory with its cause and the fix, in English and Spanish", () => {
    const error = duckDbReadError("sales/*.parquet", "parquet", OOM);
    expect(error.code).toBe("duckdb-out-of-memory");
    expect(error.localized.en).toContain("ran out of memory");
    expect(error.localized.en).toContain(DUCKDB_MEMORY_LIMIT);
    expect(error.localized.en).toContain("failed to allocate");
    expect(error.localized.en).toContain("free disk space");
    expect(error.localized.en).not.toContain("could not be read");
    expect(error.localized.es).toContain("sin memoria");
    expect(error.localized.es).toContain("libere espacio en disco");
  });

  it("keeps other failures as an unreadable file of that kind", () => {
    const error = duckDbReadError(
      "a.parquet",
      "parquet",
      new Error("Invalid Input Error: No magic bytes found"),
    );
    expect(error.code).toBe("duckdb-unreadable");
    expect(error.localized.en).toContain("could not be read as Parquet");
    expect(error.localized.es).toContain("no se pudo leer como Parquet");
  });
});
