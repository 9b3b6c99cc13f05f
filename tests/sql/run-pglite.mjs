// Runs SQL on PGlite in its own Node process (PGlite loads its WebAssembly through a dynamic import, which
// Jest's CommonJS sandbox cannot do). Input: a JSON file { statements: string[], query: string }; output on
// stdout: the query's rows as JSON (dates as yyyy-mm-dd, bigints as numbers). Any failure exits non-zero.
import { readFileSync } from "fs";
import { PGlite } from "@electric-sql/pglite";

const { statements, query } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pg = await PGlite.create();
for (const statement of statements) await pg.exec(statement);
const { rows } = await pg.query(query);
await pg.close();
process.stdout.write(
  JSON.stringify(rows, (_key, value) => (typeof value === "bigint" ? Number(value) : value)).replace(
    /"(\d{4}-\d{2}-\d{2})T00:00:00\.000Z"/g,
    '"$1"',
  ),
);
