/**
 * Keeps every request to Excel under a byte budget with as few `context.sync()` calls as possible.
 *
 * Office.js sends queued operations as JSON; Excel on the web rejects requests over 5 MB. The renderer
 * estimates each operation's size (an upper bound of its JSON: exact for strings and numbers, a fixed
 * overhead per operation) and `RequestBatch` syncs only when the next operation would push the current
 * request over the budget (default 3.5 MB, leaving margin under a 4 MB target). The number of syncs is
 * therefore ⌈total bytes / budget⌉ plus a constant, whatever the number of rows.
 */
import type { CellValue } from "../core/types";
import { cancelledError } from "./excel-errors";

/** Upper bound of the JSON wrapper of one queued operation (object path, method/property name, arguments). */
export const OPERATION_BYTES = 300;
export const DEFAULT_REQUEST_BUDGET_BYTES = 3_500_000;

/** UTF-8 bytes of `text` as a JSON string literal, quotes and escapes included. O(length). */
export function jsonStringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20)
      bytes += 6; // \u00XX
    else if (code === 34 || code === 92)
      bytes += 2; // \" \\
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else bytes += 3; // surrogate halves count 3 each: an upper bound of the 4-byte pair
  }
  return bytes;
}

/** Upper bound of the JSON size of one cell value, including its separating comma. */
export function cellJsonBytes(value: CellValue): number {
  // JSON writes a finite number exactly as String() does; non-finite ones never reach a request.
  if (typeof value === "number")
    return Number.isInteger(value) && Math.abs(value) < 1e9 ? 11 : String(value).length + 1;
  if (typeof value === "string") return jsonStringBytes(value) + 1;
  if (typeof value === "boolean") return 6;
  return 5;
}

interface BatchOptions {
  budgetBytes?: number;
  /** Suspend calculation and screen updating in every request (for writes). */
  suspend?: boolean;
  /** Called after each sync. */
  onSync?: (syncCount: number) => void;
  /**
   * Checked whenever an operation is about to be queued; when aborted the batch throws the "cancelled" error
   * before queuing anything more (what is already queued only touches the caller's new sheets).
   */
  signal?: { readonly aborted: boolean };
}

/** One renderer's requests: counts syncs and bytes, syncs when the budget would be exceeded. */
export class RequestBatch {
  readonly budgetBytes: number;
  private bytes = 0;
  private started = false;
  syncCount = 0;
  maxEstimatedBytes = 0;

  constructor(
    readonly context: Excel.RequestContext,
    private readonly options: BatchOptions = {},
  ) {
    this.budgetBytes = options.budgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES;
  }

  /** Bytes still available in the current request. */
  remaining(): number {
    return this.budgetBytes - (this.started ? this.bytes : OPERATION_BYTES * 2);
  }

  /**
   * Accounts for an operation of about `bytes` that the caller is about to queue, syncing first when it would
   * not fit in the current request. Throws if a single operation exceeds the whole budget (split it first).
   */
  async reserve(bytes: number): Promise<void> {
    this.throwIfCancelled();
    if (bytes > this.budgetBytes - OPERATION_BYTES * 2) {
      throw new Error(
        `One operation of ~${bytes} bytes exceeds the request budget of ${this.budgetBytes} bytes`,
      );
    }
    if (this.started && this.bytes + bytes > this.budgetBytes) await this.sync();
    this.begin();
    this.bytes += bytes;
    if (this.bytes > this.maxEstimatedBytes) this.maxEstimatedBytes = this.bytes;
  }

  private begin(): void {
    if (this.started) return;
    this.started = true;
    this.bytes = OPERATION_BYTES * 2;
    if (this.options.suspend) {
      // Both last until the next sync only, so every write request asks again.
      this.context.application.suspendApiCalculationUntilNextSync();
      this.context.application.suspendScreenUpdatingUntilNextSync();
    }
  }

  throwIfCancelled(): void {
    if (this.options.signal?.aborted) throw cancelledError();
  }

  /** Sends what is queued (also when nothing was reserved, e.g. pending loads). */
  async sync(): Promise<void> {
    await this.context.sync();
    this.syncCount++;
    this.bytes = 0;
    this.started = false;
    this.options.onSync?.(this.syncCount);
  }

  /** Syncs only if something was reserved since the last sync. */
  async flush(): Promise<void> {
    if (this.started) await this.sync();
  }
}
