import { centreStride } from "../../../src/core/segment/kmeans-kernels";
import { createRandom } from "../../../src/core/random";

/**
 * Data with few distinct levels (so exact distance ties happen) and centres that sometimes repeat a row or
 * another centre: the lowest-index rule on ties is exercised, not only the clear-cut rows.
 */
export function passCase(cols: number, k: number, rows: number, seed: number) {
  const random = createRandom(seed);
  const level = (): number => Math.floor(random() * 5) - 2 + (random() < 0.3 ? random() : 0);
  const points = Float64Array.from({ length: rows * cols }, level);
  const stride = centreStride(cols);
  const centres = new Float64Array(k * stride);
  for (let j = 0; j < k; j++) {
    const from = random() < 0.3 ? Math.floor(random() * rows) : -1;
    const twin = j > 0 && random() < 0.2 ? Math.floor(random() * j) : -1;
    for (let f = 0; f < cols; f++) {
      centres[j * stride + f] =
        twin >= 0 ? centres[twin * stride + f] : from >= 0 ? points[from * cols + f] : level();
    }
  }
  const labels = Int32Array.from({ length: rows }, () => Math.floor(random() * (k + 1)) - 1);
  return { points, centres, labels, stride };
}
