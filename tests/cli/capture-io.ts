import type { CliIo } from "../../src/cli/cli-io";

/** A CliIo that keeps what the command printed, for assertions. */
export function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
