/**
 * Predictive LTV benchmark on CDNOW (2,357 customers, weeks): fitBgNbd and fitGammaGamma, medians over
 * several runs, and the published-values check. There is no JavaScript peer library for BG/NBD, so the
 * ratio is against a naive implementation of the same likelihood (log-gammas per customer, no grouping)
 * driven by Nelder-Mead from a single start, as fitBgNbd was before it searched by quasi-Newton with the
 * likelihood's analytic gradient: the ratio now measures the grouping and the search together. Pareto/NBD
 * is reported beside BG/NBD (ratio vs fitBgNbd): it needs two 2F1 series per customer per evaluation and,
 * without a gradient, still searches by Nelder-Mead.
 */
import { readFileSync } from "fs";
import { bgNbdExpectedPurchases, fitBgNbd } from "../../src/core/ltv/bg-nbd";
import { fitGammaGamma } from "../../src/core/ltv/gamma-gamma";
import { nelderMead } from "../../src/core/ltv/optimize";
import { fitParetoNbd, paretoNbdExpectedPurchases } from "../../src/core/ltv/pareto-nbd";
import { lnGamma } from "../../src/core/ltv/special-functions";
import { CDNOW_DIR } from "../fixtures/cdnow-path";

const DIR = CDNOW_DIR;

function columns(file: string): number[][] {
  const rows = readFileSync(`${DIR}/${file}`, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(",").map(Number));
  return rows[0].map((_, j) => rows.map((row) => row[j]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** log(exp(a) + exp(b)) without overflow. */
function logAddExp(a: number, b: number): number {
  if (b === -Infinity) return a;
  const high = Math.max(a, b);
  return high + Math.log1p(Math.exp(Math.min(a, b) - high));
}

/** The textbook likelihood, one customer at a time, four log-gammas each. */
function naiveFit(x: number[], t: number[], T: number[]): number {
  const objective = (theta: Float64Array): number => {
    const [r, alpha, a, b] = Array.from(theta, Math.exp);
    let total = 0;
    for (let i = 0; i < x.length; i++) {
      const a1 = lnGamma(r + x[i]) - lnGamma(r) + r * Math.log(alpha);
      const a2 = lnGamma(a + b) + lnGamma(b + x[i]) - lnGamma(b) - lnGamma(a + b + x[i]);
      const a3 = -(r + x[i]) * Math.log(alpha + T[i]);
      const a4 =
        x[i] > 0 ? Math.log(a) - Math.log(b + x[i] - 1) - (r + x[i]) * Math.log(alpha + t[i]) : -Infinity;
      total += a1 + a2 + logAddExp(a3, a4);
    }
    return -total / x.length;
  };
  return -nelderMead(objective, [0, Math.log(30), 0, 0]).value * x.length;
}

export async function run(): Promise<void> {
  const [, x, t, T] = columns("cdnow_customers_summary.csv");
  const [, xs, , , zbar] = columns("cdnow_customers_summary_with_transactions.csv");
  const fit = fitBgNbd(x, t, T);
  const gg = fitGammaGamma(xs, zbar);
  time(2, () => fitBgNbd(x, t, T)); // warm-up
  const bgMs = time(9, () => fitBgNbd(x, t, T));
  const ggMs = time(9, () => fitGammaGamma(xs, zbar));
  const pnbd = fitParetoNbd(x, t, T);
  const pnbdMs = time(5, () => fitParetoNbd(x, t, T));
  const pnbdPredicted = paretoNbdExpectedPurchases(pnbd, 39, 2, 30.43, 38.86);
  const pnbdPredicted26 = paretoNbdExpectedPurchases(pnbd, 52, 26, 30.86, 31);
  const naiveMs = time(3, () => naiveFit(x, t, T));
  const naiveLl = naiveFit(x, t, T);
  const predicted = bgNbdExpectedPurchases(fit, 39, 2, 30.43, 38.86);
  const pct = (value: number, published: number): string =>
    `${(((value - published) / published) * 100).toFixed(3)} %`;

  console.log("\nPredictive LTV on CDNOW (2,357 customers; medians)");
  console.table([
    {
      task: "fitBgNbd (4 starts, BFGS)",
      ms: bgMs.toFixed(1),
      evaluations: fit.evaluations,
      ratio: "1.00",
    },
    {
      task: "naive BG/NBD fit (1 start)",
      ms: naiveMs.toFixed(1),
      evaluations: "-",
      ratio: (naiveMs / bgMs).toFixed(2),
    },
    {
      task: "fitParetoNbd (4 starts + polish)",
      ms: pnbdMs.toFixed(1),
      evaluations: pnbd.evaluations,
      ratio: (pnbdMs / bgMs).toFixed(2),
    },
    { task: "fitGammaGamma (3 starts, BFGS)", ms: ggMs.toFixed(1), evaluations: gg.evaluations, ratio: "-" },
  ]);
  console.table([
    { quantity: "r", value: fit.r.toFixed(4), published: 0.243, off: pct(fit.r, 0.243) },
    { quantity: "alpha", value: fit.alpha.toFixed(4), published: 4.414, off: pct(fit.alpha, 4.414) },
    { quantity: "a", value: fit.a.toFixed(4), published: 0.793, off: pct(fit.a, 0.793) },
    { quantity: "b", value: fit.b.toFixed(4), published: 2.426, off: pct(fit.b, 2.426) },
    {
      quantity: "log-likelihood",
      value: fit.logLikelihood.toFixed(2),
      published: -9582.4,
      off: (fit.logLikelihood + 9582.4).toFixed(3),
    },
    {
      quantity: "naive log-likelihood",
      value: naiveLl.toFixed(2),
      published: -9582.4,
      off: (naiveLl + 9582.4).toFixed(3),
    },
    {
      quantity: "E[purchases 39 wk | 2, 30.43, 38.86]",
      value: predicted.toFixed(4),
      published: 1.226,
      off: (predicted - 1.226).toFixed(4),
    },
    { quantity: "Pareto/NBD r", value: pnbd.r.toFixed(4), published: 0.553, off: pct(pnbd.r, 0.553) },
    {
      quantity: "Pareto/NBD alpha",
      value: pnbd.alpha.toFixed(4),
      published: 10.578,
      off: pct(pnbd.alpha, 10.578),
    },
    { quantity: "Pareto/NBD s (flat)", value: pnbd.s.toFixed(4), published: 0.606, off: pct(pnbd.s, 0.606) },
    {
      quantity: "Pareto/NBD beta (flat)",
      value: pnbd.beta.toFixed(4),
      published: 11.669,
      off: pct(pnbd.beta, 11.669),
    },
    {
      quantity: "Pareto/NBD log-likelihood",
      value: pnbd.logLikelihood.toFixed(2),
      published: -9595.0,
      off: (pnbd.logLikelihood + 9595.0).toFixed(3),
    },
    {
      // Reference: Fader & Hardie (2005) eq. (24) with mpmath at the published parameters (1.4551).
      quantity: "Pareto/NBD E[39 wk | 2, 30.43, 38.86]",
      value: pnbdPredicted.toFixed(4),
      published: 1.4551,
      off: (pnbdPredicted - 1.4551).toFixed(4),
    },
    {
      quantity: "Pareto/NBD E[52 wk | 26, 30.86, 31]",
      value: pnbdPredicted26.toFixed(4),
      published: 25.46,
      off: (pnbdPredicted26 - 25.46).toFixed(4),
    },
    { quantity: "Gamma-Gamma p", value: gg.p.toFixed(3), published: 6.25, off: pct(gg.p, 6.25) },
    { quantity: "Gamma-Gamma q", value: gg.q.toFixed(3), published: 3.74, off: pct(gg.q, 3.74) },
    {
      quantity: "Gamma-Gamma gamma",
      value: gg.gamma.toFixed(3),
      published: 15.44,
      off: pct(gg.gamma, 15.44),
    },
  ]);
}
