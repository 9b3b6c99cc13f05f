import fs from "fs";
import path from "path";
import { kmeansSimdModuleSource } from "../../../scripts/generate-kmeans-simd";
import { simdPasses, type SimdEngine } from "../../../src/core/segment/kmeans-simd";
import { kernelReference, passCase, type PassCase } from "./kmeans-pass.cases";

/** The SIMD passes on a case, through `held` when given; returns what they produced, shaped as the reference. */
function simdRun(c: PassCase, cols: number, k: number, rows: number, held?: SimdEngine) {
  const { points, centres, labels, stride } = c;
  const simd = simdPasses(points, rows, cols, k, stride, held);
  if (simd === null) throw new Error("SIMD passes unavailable");
  const plain = { labels: simd.labels, sums: new Float64Array(k * stride), counts: new Float64Array(k) };
  simd.labels.set(labels);
  const out = new Float64Array(2);
  const changed = simd.pass(points, rows, cols, centres, simd.labels, plain.sums, plain.counts, out);
  const plainResult = { labels: simd.labels.slice(), sums: plain.sums, counts: plain.counts };
  simd.labels.set(labels);
  const bounds = { sums: new Float64Array(k * stride), counts: new Float64Array(k) };
  const boundsChanged = simd.boundsPass(
    points,
    rows,
    cols,
    centres,
    simd.labels,
    bounds.sums,
    bounds.counts,
    simd.upper,
    simd.lower,
  );
  return {
    engine: simd.engine,
    plain: plainResult,
    changed,
    inertia: out[0],
    bounds: { labels: simd.labels.slice(), ...bounds, upper: simd.upper.slice(), lower: simd.lower.slice() },
    boundsChanged,
  };
}

/** Both SIMD passes gave what the kernel gives: labels, changed counts, sums, counts, inertia, bounds. */
function expectSameAsKernel(got: ReturnType<typeof simdRun>, expected: ReturnType<typeof kernelReference>) {
  expect(got.changed).toBe(expected.changed);
  expect(got.plain).toEqual(expected.plain);
  expect(Object.is(got.inertia, expected.inertia)).toBe(true);
  expect(got.boundsChanged).toBe(expected.boundsChanged);
  expect(got.bounds).toEqual(expected.bounds);
}

/** A WebAssembly namespace like the real one (whose members do not spread) with some members replaced. */
const REAL_WASM = WebAssembly;
function wasmWith(changes: Partial<typeof WebAssembly>): typeof WebAssembly {
  const real = REAL_WASM;
  return {
    validate: real.validate,
    compile: real.compile,
    Module: real.Module,
    Instance: real.Instance,
    Memory: real.Memory,
    ...changes,
  } as typeof WebAssembly;
}

type SimdModule = typeof import("../../../src/core/segment/kmeans-simd");
const SIMD_MODULE = "../../../src/core/segment/kmeans-simd";

/** kmeans-simd loaded afresh: it decides once per load whether the module compiles. */
function freshSimdModule(): SimdModule {
  let loaded: SimdModule | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(SIMD_MODULE) as SimdModule;
  });
  if (!loaded) throw new Error("kmeans-simd did not load");
  return loaded;
}

describe("k-means SIMD passes (WebAssembly)", () => {
  test("Node has them for 1..8 features; wider rows are left to the JavaScript passes", () => {
    for (let cols = 1; cols <= 8; cols++) {
      expect(simdPasses(new Float64Array(cols * 3), 3, cols, 2, 8, undefined)).not.toBeNull();
    }
    expect(simdPasses(new Float64Array(9 * 3), 3, 9, 2, 9, undefined)).toBeNull();
  });

  test("bit for bit the JavaScript kernel: labels, changed count, sums, counts, inertia, bounds (odd and even rows, ties)", () => {
    let cases = 0;
    for (let cols = 1; cols <= 8; cols++) {
      for (let k = 1; k <= 9; k++) {
        for (const rows of [1, 2, 3, 40, 77, 150]) {
          const seed = cols * 1000 + k * 10 + rows;
          const c = passCase(cols, k, rows, seed);
          const expected = kernelReference(c, cols, k, rows);
          const got = simdRun(c, cols, k, rows);
          expectSameAsKernel(got, expected);
          cases++;
        }
      }
    }
    expect(cases).toBe(8 * 9 * 6);
  });

  test("extreme values give the kernel's numbers too: distances that overflow to Infinity, subnormals, -0", () => {
    const cols = 3;
    const k = 3;
    const rows = 7;
    const stride = 4;
    const points = Float64Array.from([
      1e200, -1e200, 0, -0, 5e-324, 1e-310, 1e154, 1e154, 1e154, 0, 0, 0, -1e-320, 2e-320, -0, 1e300, 1, -1,
      3, 2, 1,
    ]);
    const centres = new Float64Array(k * stride);
    centres.set([-1e200, 1e200, 0], 0);
    centres.set([0, 5e-324, 0], stride);
    centres.set([1e154, -1e154, 1], 2 * stride);
    const labels = Int32Array.from({ length: rows }, (_, i) => (i % 4) - 1);
    const c = { points, centres, labels, stride };
    const expected = kernelReference(c, cols, k, rows);
    const got = simdRun(c, cols, k, rows);
    expectSameAsKernel(got, expected);
    expect(expected.inertia).toBe(Infinity);
  });

  test("an engine handed back is reused, grown for more rows, and gives the same numbers", () => {
    const small = simdRun(passCase(6, 5, 40, 7), 6, 5, 40);
    const large = passCase(6, 5, 5000, 8);
    const grown = simdRun(large, 6, 5, 5000, small.engine);
    expect(grown.engine).toBe(small.engine);
    expect(grown.plain).toEqual(kernelReference(large, 6, 5, 5000).plain);
    const narrow = passCase(3, 4, 77, 9);
    const again = simdRun(narrow, 3, 4, 77, grown.engine);
    expect(again.engine).toBe(small.engine);
    const expected = kernelReference(narrow, 3, 4, 77);
    expect(again.plain).toEqual(expected.plain);
    expect(again.bounds).toEqual(expected.bounds);
  });

  test("a pass given another run's arrays refuses instead of reading the wrong memory", () => {
    const { points, centres, stride } = passCase(4, 3, 10, 1);
    const simd = simdPasses(points, 10, 4, 3, stride, undefined);
    expect(simd).not.toBeNull();
    if (!simd) return;
    const sums = new Float64Array(3 * stride);
    const counts = new Float64Array(3);
    const out = new Float64Array(2);
    expect(() => simd.pass(points.slice(), 10, 4, centres, simd.labels, sums, counts, out)).toThrow(
      /another run/,
    );
    expect(() => simd.pass(points, 10, 4, centres, new Int32Array(10), sums, counts, out)).toThrow(
      /another run/,
    );
    const upper = new Float64Array(10);
    expect(() =>
      simd.boundsPass(points, 10, 4, centres, simd.labels, sums, counts, upper, simd.lower),
    ).toThrow(/another run/);
  });

  test("without WebAssembly, without its SIMD, or where a policy forbids compiling, there are no SIMD passes (kmeans keeps its JavaScript ones)", () => {
    const points = new Float64Array(12);
    try {
      (globalThis as { WebAssembly?: unknown }).WebAssembly = undefined;
      expect(freshSimdModule().simdPasses(points, 2, 6, 1, 8, undefined)).toBeNull();
      globalThis.WebAssembly = wasmWith({ validate: () => false });
      expect(freshSimdModule().simdPasses(points, 2, 6, 1, 8, undefined)).toBeNull();
      // A content security policy without 'wasm-unsafe-eval' makes compiling throw a CompileError: no passes,
      // and no background compile that would be refused again.
      const blocked = function Module(): never {
        throw new WebAssembly.CompileError("violates the Content Security Policy");
      };
      let backgroundCompiles = 0;
      globalThis.WebAssembly = wasmWith({
        Module: blocked as unknown as typeof WebAssembly.Module,
        compile: (() => {
          backgroundCompiles++;
          return Promise.reject(new Error("not expected"));
        }) as typeof WebAssembly.compile,
      });
      const policed = freshSimdModule();
      expect(policed.simdPasses(points, 2, 6, 1, 8, undefined)).toBeNull();
      expect(policed.simdPasses(points, 2, 6, 1, 8, undefined)).toBeNull();
      expect(backgroundCompiles).toBe(0);
    } finally {
      globalThis.WebAssembly = REAL_WASM;
    }
  });

  test("where synchronous compiling is refused (a browser's main thread), the module compiles in the background for later runs", async () => {
    const points = new Float64Array(12);
    try {
      const refusing = function Module(): never {
        throw new RangeError("WebAssembly.Module(): Buffer size is over 4KB");
      };
      globalThis.WebAssembly = wasmWith({ Module: refusing as unknown as typeof WebAssembly.Module });
      const isolated = freshSimdModule();
      expect(isolated.simdPasses(points, 2, 6, 1, 8, undefined)).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(isolated.simdPasses(points, 2, 6, 1, 8, undefined)).not.toBeNull();
    } finally {
      globalThis.WebAssembly = REAL_WASM;
    }
  });

  test("the committed module is what the generator writes (rerun scripts/generate-kmeans-simd.ts after changing it)", async () => {
    const committed = fs.readFileSync(
      path.join(__dirname, "../../../src/core/segment/kmeans-simd-module.ts"),
      "utf8",
    );
    expect(await kmeansSimdModuleSource()).toBe(committed);
  });
});
