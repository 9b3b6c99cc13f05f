import { createRandom, sampleIndices } from "../../../src/core/random";

/** Reference mulberry32 transcribed from the public-domain original (Ettinger), for an independent check. */
function referenceMulberry32(a: number): () => number {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("random", () => {
  test("matches the reference mulberry32 sequence and stays in [0, 1)", () => {
    const ours = createRandom(12345);
    const reference = referenceMulberry32(12345);
    for (let i = 0; i < 1000; i++) {
      const v = ours();
      expect(v).toBe(reference());
      expect(v >= 0 && v < 1).toBe(true);
    }
  });

  test("sampleIndices: distinct, sorted, in range, deterministic; all indices when size ≥ count", () => {
    const a = sampleIndices(createRandom(3), 1000, 50);
    const b = sampleIndices(createRandom(3), 1000, 50);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(new Set(a).size).toBe(50);
    for (let i = 1; i < a.length; i++) expect(a[i]).toBeGreaterThan(a[i - 1]);
    expect(Array.from(sampleIndices(createRandom(1), 3, 10))).toEqual([0, 1, 2]);
  });
});
