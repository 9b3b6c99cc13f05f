/**
 * Entry of the `customer-map` command line: parses the arguments and dispatches to a command.
 * Run with `npx tsx src/cli/main.ts inspect file.xlsx --json -` or through `src/cli/customer-map.js`.
 * `main` returns the exit code (tests call it); the process exits only when this file is run directly.
 */
import { METHODS } from "../core/segment/methods";
import type { Lang } from "../core/types";
import { fillTemplate } from "../core/text";
import { processIo, type CliIo } from "./cli-io";
import { runInspect } from "./inspect-command";
import { buildArgsOf, runBuild } from "./build-command";
import { runSql } from "./sql-command";
import { DISPLAY_LANGUAGES, textIn } from "../core/language";

/** The help text; a function so --method lists the method registry as it is when asked. */
function usage(): string {
  return `Usage:
  customer-map inspect <input.xlsx|input.csv> [--sheet NAME] [--map role=Column ...] [--json <out.json|->]
      [--lang en|es] [--force]
  customer-map build <input.xlsx|.csv|.parquet|'glob/*.parquet'> --out <result.xlsx> [--sheet NAME] [--map role=Column ...]
      [--method ${METHODS.join("|")}] [--lang en|es] [--json <summary.json>|-] [--force]
      [--engine auto|duckdb|in-process]
  customer-map sql --dialect duckdb|postgres|spark --map customerId=Column --map date=Column
      --map revenue=Column [--map role=Column ...] [--table NAME] [--until yyyy-mm-dd] [--lang en|es]
  --force replaces an existing --out/--json file that is not an earlier result of this tool.
  build reads Parquet files, globs ('sales/*.parquet') and CSV files over 200 MB through DuckDB
      (--engine duckdb: every CSV; --engine in-process: no CSV).
  sql prints the query that turns invoice lines into the customer table build accepts (run it in your engine).
`;
}

/** Options that take no value. */
const FLAGS = new Set(["force"]);
/** Options that may be given several times (all values kept in `repeated`, in order). */
const REPEATABLE = new Set(["map"]);

/** Parsed `--name value` options and positional arguments. Options without a value are an error, flags aside. */
interface ParsedArgs {
  positional: string[];
  options: Record<string, string>;
  /** Every value of a repeatable option (`--map a=B --map c=D`); absent when none was given. */
  repeated?: Record<string, string[]>;
}

/** Splits argv into positional arguments and `--name value` / `--name=value` options. */
export function parseArgs(argv: readonly string[]): ParsedArgs | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const repeated: Record<string, string[]> = {};
  const set = (name: string, value: string) => {
    options[name] = value;
    if (REPEATABLE.has(name)) (repeated[name] ??= []).push(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      // "--map=Ventas=Importe" splits at the first "=" only: the value keeps its own.
      if (eq > 0 && !FLAGS.has(arg.slice(2, eq))) {
        set(arg.slice(2, eq), arg.slice(eq + 1));
        continue;
      }
      if (FLAGS.has(arg.slice(2))) {
        options[arg.slice(2)] = "true";
        continue;
      }
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith("--") && value !== "-"))
        return `option ${arg} needs a value`;
      set(arg.slice(2), value);
      i++;
    } else {
      positional.push(arg);
    }
  }
  return Object.keys(repeated).length > 0 ? { positional, options, repeated } : { positional, options };
}

function usageError(io: CliIo, reason: string): number {
  io.err(`customer-map: ${reason}\n${usage()}`);
  return 2;
}

/**
 * Runs the command line. Returns the exit code: 0 ok, 1 bad input, 2 usage or unexpected error. `languages`
 * are the values --lang accepts: the display languages; tests add the pseudo-locale.
 */
export async function main(
  argv: readonly string[],
  io: CliIo = processIo,
  languages: readonly Lang[] = DISPLAY_LANGUAGES,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(usage());
    return command === undefined ? 2 : 0;
  }
  const parsed = parseArgs(rest);
  if (typeof parsed === "string") return usageError(io, parsed);
  const lang = (parsed.options.lang ?? "en") as Lang;
  if (!languages.includes(lang))
    return usageError(io, `--lang must be ${DISPLAY_LANGUAGES.join(" or ")}, not "${lang}"`);
  switch (command) {
    case "inspect": {
      const known = new Set(["sheet", "json", "lang", "force", "map"]);
      const unknown = Object.keys(parsed.options).find((name) => !known.has(name));
      if (unknown) return usageError(io, `unknown option --${unknown} for inspect`);
      if (parsed.positional.length !== 1) return usageError(io, "inspect needs exactly one input file");
      return runInspect(
        {
          file: parsed.positional[0],
          sheet: parsed.options.sheet,
          json: parsed.options.json,
          lang,
          force: parsed.options.force === "true",
          map: parsed.repeated?.map ?? [],
        },
        io,
      );
    }
    case "build": {
      const args = buildArgsOf(parsed.positional, parsed.options, lang, parsed.repeated?.map ?? []);
      if (typeof args === "string") return usageError(io, args);
      return runBuild(args, io);
    }
    case "sql": {
      const known = new Set(["dialect", "map", "table", "until", "lang"]);
      const unknown = Object.keys(parsed.options).find((name) => !known.has(name));
      if (unknown || parsed.positional.length > 0) {
        const what = unknown ? `--${unknown}` : `"${parsed.positional[0]}"`;
        io.err(
          `customer-map: ${fillTemplate(
            textIn(lang, (t) => t.cli.main.sqlDoesNotTake),
            { what },
          )}\n`,
        );
        return 1;
      }
      return runSql(
        {
          dialect: parsed.options.dialect,
          map: parsed.repeated?.map ?? [],
          table: parsed.options.table,
          until: parsed.options.until,
          lang,
        },
        io,
      );
    }
    default:
      return usageError(io, `unknown command "${command}"`);
  }
}

// Exit only when run directly (tsx src/cli/main.ts ...), not when imported by tests or the bin shim.
if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`customer-map: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
