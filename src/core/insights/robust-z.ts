/**
 * Robust z-scores: (x − median) / (1.4826 × MAD), the median/MAD analogue of the z-score (Iglewicz &
 * Hoaglin). One huge customer cannot hide the others the way it inflates a standard deviation. When MAD is 0
 * (more than half the values equal) the mean absolute deviation × 1.2533 is used instead; if that is 0 too,
 * every score is 0.
 */
import { median } from "../select";

export { median };

/** Robust z-score per value; NaN entries stay NaN. O(n log n). */
export function robustZScores(values: ArrayLike<number>): Float64Array {
  const center = median(values);
  const deviations = new Float64Array(values.length);
  let meanAbsolute = 0;
  let finite = 0;
  for (let i = 0; i < values.length; i++) {
    deviations[i] = Math.abs(values[i] - center);
    if (Number.isFinite(deviations[i])) {
      meanAbsolute += deviations[i];
      finite++;
    }
  }
  const mad = median(deviations);
  let scale = 1.4826 * mad;
  if (!(scale > 0)) scale = finite > 0 ? (1.2533 * meanAbsolute) / finite : 0;
  const scores = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    scores[i] = !Number.isFinite(values[i]) ? NaN : scale > 0 ? (values[i] - center) / scale : 0;
  }
  return scores;
}
