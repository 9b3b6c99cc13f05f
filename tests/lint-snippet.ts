/** Lints a snippet as if it were the file `asFile` through the ESLint CLI (its flat config is ESM). */
import path from "path";
import { execFile } from "child_process";

const root = path.join(__dirname, "..");

/** The `no-restricted-*` messages ESLint reports for `code` placed at `asFile` (relative to the repo). */
export function restrictedMessages(
  code: string,
  asFile: string,
): Promise<{ ruleId: string | null; message: string; line: number }[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [
        path.join(root, "node_modules/eslint/bin/eslint.js"),
        "--stdin",
        "--stdin-filename",
        asFile,
        "--format",
        "json",
      ],
      { cwd: root },
      (error, stdout) => {
        try {
          const [result] = JSON.parse(stdout) as {
            messages: { ruleId: string | null; message: string; line: number }[];
          }[];
          resolve(result.messages.filter((message) => message.ruleId?.startsWith("no-restricted")));
        } catch {
          reject(error ?? new Error(`eslint printed no JSON: ${stdout}`));
        }
      },
    );
    child.stdin!.end(code);
  });
}
