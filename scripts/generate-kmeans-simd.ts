/*
 * Writes src/core/segment/kmeans-simd-module.ts: a small WebAssembly module with the two fused Lloyd passes of
 * `kmeans-kernels.ts` (`assignAndSum`, `assignAndSumBounds`, same contracts) for 1..MAX_FEATURES features,
 * written with 128-bit SIMD so that one instruction serves two rows.
 *
 * Why SIMD across rows (lane 0 = row i, lane 1 = row i + 1) and not across features: each lane then forms its
 * row's distance exactly as the JavaScript kernel does (features left to right, one rounding per operation;
 * WebAssembly has no fused multiply-add), and the closest centre is kept with a compare and two bit-selects
 * instead of an unpredictable branch, so the labels, sums, counts, inertia and bounds are bit for bit the
 * kernel's (tests/core/segment/kmeans-simd.test.ts checks it) at about a third of the time (10^6 × 6, k = 5).
 * The per-row bookkeeping stays in row order: row i's label, count, sums and inertia before row i + 1's.
 *
 * The WebAssembly text is assembled by wabt (a dev dependency: only this script needs it); the module ships as
 * base64 in the generated file. Run: npx tsx scripts/generate-kmeans-simd.ts
 */
import fs from "fs";
import path from "path";
import wabtInit from "wabt";

/** Widest rows with a SIMD pass; wider rows use the JavaScript kernels. */
const MAX_FEATURES = 8;

const OUTPUT = path.join(__dirname, "..", "src", "core", "segment", "kmeans-simd-module.ts");

/**
 * The centre loop for the two rows held in $x0..$x{cols-1}: after it, $best holds each lane's smallest squared
 * distance, $index its centre (lowest index on ties, as the kernel's strict `<`), and with `bounds` $second the
 * second smallest. Centre j's feature f sits in memory as a splat (the same double in both lanes) at
 * $centres + (j · cols + f) · 16.
 */
function nearestCentre(cols: number, bounds: boolean): string[] {
  const lines = [
    "(local.set $best (f64x2.splat (f64.const inf)))",
    ...(bounds ? ["(local.set $second (f64x2.splat (f64.const inf)))"] : []),
    "(local.set $index (v128.const i64x2 0 0))",
    "(local.set $candidate (v128.const i64x2 0 0))",
    "(local.set $centre (local.get $centres))",
    "(local.set $j (i32.const 0))",
    "(loop $each_centre",
  ];
  for (let f = 0; f < cols; f++) {
    lines.push(`  (local.set $e (f64x2.sub (local.get $x${f}) (v128.load offset=${16 * f} (local.get $centre))))`);
    lines.push(
      f === 0
        ? "  (local.set $d (f64x2.mul (local.get $e) (local.get $e)))"
        : "  (local.set $d (f64x2.add (local.get $d) (f64x2.mul (local.get $e) (local.get $e))))",
    );
  }
  lines.push("  (local.set $closer (f64x2.lt (local.get $d) (local.get $best)))");
  // Kernel: if (d < best) { second = best; best = d } else if (d < second) second = d.
  // pmin(second, d) is `d < second ? d : second`.
  if (bounds) {
    lines.push(
      "  (local.set $second (v128.bitselect (local.get $best) (f64x2.pmin (local.get $second) (local.get $d)) (local.get $closer)))",
    );
  }
  lines.push(
    "  (local.set $best (v128.bitselect (local.get $d) (local.get $best) (local.get $closer)))",
    "  (local.set $index (v128.bitselect (local.get $candidate) (local.get $index) (local.get $closer)))",
    "  (local.set $candidate (i64x2.add (local.get $candidate) (v128.const i64x2 1 1)))",
    `  (local.set $centre (i32.add (local.get $centre) (i32.const ${16 * cols})))`,
    "  (br_if $each_centre (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $k))))",
  );
  return lines;
}

/**
 * Lane `lane`'s row (at $row + lane · row bytes): its label (counting a change), inertia or nothing, count and
 * sums, as the kernel does for one row.
 */
function bookkeeping(cols: number, bounds: boolean, lane: number): string[] {
  const rowOffset = lane * cols * 8;
  const lines = [
    `(local.set $b (i32.wrap_i64 (i64x2.extract_lane ${lane} (local.get $index))))`,
    `(if (i32.ne (i32.load offset=${4 * lane} (local.get $label)) (local.get $b))`,
    `  (then (i32.store offset=${4 * lane} (local.get $label) (local.get $b))`,
    "        (local.set $changed (i32.add (local.get $changed) (i32.const 1)))))",
  ];
  if (!bounds) {
    lines.push(
      `(local.set $inertia (f64.add (local.get $inertia) (f64x2.extract_lane ${lane} (local.get $best))))`,
    );
  }
  lines.push(
    "(local.set $s (i32.add (local.get $counts) (i32.shl (local.get $b) (i32.const 3))))",
    "(f64.store (local.get $s) (f64.add (f64.load (local.get $s)) (f64.const 1)))",
    `(local.set $s (i32.add (local.get $sums) (i32.mul (local.get $b) (i32.const ${cols * 8}))))`,
  );
  // Two features per instruction: lane-wise additions, each the kernel's `sums[s + f] += x[f]`.
  let f = 0;
  for (; f + 1 < cols; f += 2) {
    lines.push(
      `(v128.store offset=${8 * f} (local.get $s) (f64x2.add (v128.load offset=${8 * f} (local.get $s)) (v128.load offset=${rowOffset + 8 * f} (local.get $row))))`,
    );
  }
  if (f < cols) {
    lines.push(
      `(f64.store offset=${8 * f} (local.get $s) (f64.add (f64.load offset=${8 * f} (local.get $s)) (f64.load offset=${rowOffset + 8 * f} (local.get $row))))`,
    );
  }
  return lines;
}

/**
 * `pass{cols}` (assignAndSum: inertia stored as a double at $out) or `bounds{cols}` (assignAndSumBounds: the
 * square roots of the closest and second-closest distances stored at $upper[i], $lower[i]). Every argument
 * but $rows and $k is a byte address in the memory; returns how many labels changed.
 */
function passFunction(cols: number, bounds: boolean): string {
  const rowBytes = cols * 8;
  const name = `${bounds ? "bounds" : "pass"}${cols}`;
  const extra = bounds ? "(param $upper i32) (param $lower i32)" : "(param $out i32)";
  const xs = [...Array(cols).keys()];
  const body = [
    `(func (export "${name}") (param $row i32) (param $label i32) (param $centres i32) (param $sums i32) (param $counts i32) (param $rows i32) (param $k i32) ${extra} (result i32)`,
    `  ${xs.map((f) => `(local $x${f} v128)`).join(" ")}`,
    "  (local $e v128) (local $d v128) (local $best v128) (local $second v128) (local $closer v128) (local $index v128) (local $candidate v128)",
    "  (local $centre i32) (local $j i32) (local $b i32) (local $s i32) (local $end i32) (local $changed i32) (local $inertia f64)",
    `  (local.set $end (i32.add (local.get $row) (i32.mul (i32.shr_u (local.get $rows) (i32.const 1)) (i32.const ${2 * rowBytes}))))`,
    "  (block $pairs_done",
    "    (br_if $pairs_done (i32.eq (local.get $row) (local.get $end)))",
    "    (loop $each_pair",
    // Lane 0 = this row's feature f, lane 1 = the next row's.
    ...xs.map(
      (f) =>
        `      (local.set $x${f} (v128.load64_lane offset=${rowBytes + 8 * f} 1 (local.get $row) (v128.load64_zero offset=${8 * f} (local.get $row))))`,
    ),
    ...nearestCentre(cols, bounds).map((line) => `      ${line}`),
    ...(bounds
      ? [
          "      (v128.store (local.get $upper) (f64x2.sqrt (local.get $best)))",
          "      (v128.store (local.get $lower) (f64x2.sqrt (local.get $second)))",
          "      (local.set $upper (i32.add (local.get $upper) (i32.const 16)))",
          "      (local.set $lower (i32.add (local.get $lower) (i32.const 16)))",
        ]
      : []),
    ...bookkeeping(cols, bounds, 0).map((line) => `      ${line}`),
    ...bookkeeping(cols, bounds, 1).map((line) => `      ${line}`),
    `      (local.set $row (i32.add (local.get $row) (i32.const ${2 * rowBytes})))`,
    "      (local.set $label (i32.add (local.get $label) (i32.const 8)))",
    "      (br_if $each_pair (i32.ne (local.get $row) (local.get $end)))))",
    // An odd last row: the same row in both lanes, only lane 0 kept.
    "  (if (i32.and (local.get $rows) (i32.const 1))",
    "    (then",
    ...xs.map((f) => `      (local.set $x${f} (v128.load64_splat offset=${8 * f} (local.get $row)))`),
    ...nearestCentre(cols, bounds).map((line) => `      ${line}`),
    ...(bounds
      ? [
          "      (v128.store64_lane 0 (local.get $upper) (f64x2.sqrt (local.get $best)))",
          "      (v128.store64_lane 0 (local.get $lower) (f64x2.sqrt (local.get $second)))",
        ]
      : []),
    ...bookkeeping(cols, bounds, 0).map((line) => `      ${line}`),
    "    ))",
    ...(bounds ? [] : ["  (f64.store (local.get $out) (local.get $inertia))"]),
    "  (local.get $changed))",
  ];
  return body.join("\n");
}

/** The module's text: the memory is the caller's (imported as env.memory). */
function moduleText(): string {
  const functions: string[] = [];
  for (let cols = 1; cols <= MAX_FEATURES; cols++) {
    functions.push(passFunction(cols, false), passFunction(cols, true));
  }
  return `(module\n(import "env" "memory" (memory 1))\n${functions.join("\n")}\n)\n`;
}

/** The generated TypeScript file, exactly as written (tests compare it with the committed one). */
export async function kmeansSimdModuleSource(): Promise<string> {
  const wabt = await wabtInit();
  const parsed = wabt.parseWat("kmeans-simd.wat", moduleText(), { simd: true });
  try {
    parsed.validate();
    const { buffer } = parsed.toBinary({});
    const base64 = Buffer.from(buffer).toString("base64");
    return [
      "/**",
      " * GENERATED by scripts/generate-kmeans-simd.ts — do not edit by hand: change the generator and rerun it",
      " * (`npx tsx scripts/generate-kmeans-simd.ts`). The WebAssembly module (SIMD) with the fused Lloyd passes",
      ` * \`pass1\`..\`pass${MAX_FEATURES}\` and \`bounds1\`..\`bounds${MAX_FEATURES}\`, ${buffer.length} bytes; loaded by kmeans-simd.ts.`,
      " */",
      `export const SIMD_MAX_FEATURES = ${MAX_FEATURES};`,
      "",
      "// prettier-ignore",
      `export const KMEANS_SIMD_WASM_BASE64 =\n  "${base64}";`,
      "",
    ].join("\n");
  } finally {
    parsed.destroy();
  }
}

if (require.main === module) {
  void kmeansSimdModuleSource().then((source) => {
    fs.writeFileSync(OUTPUT, source);
    console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
  });
}
