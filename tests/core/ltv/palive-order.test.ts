/**
 * P(alive) is ordered by silence: among customers with the same number of repeat purchases and the same age,
 * the one who has been silent longer (earlier last purchase, so a longer gap against their own rhythm) is
 * never more likely to be active; and the same customer only becomes less likely active as time passes
 * without a purchase. Property-tested over random model parameters and customers.
 */
import fc from "fast-check";
import { bgNbdProbabilityAlive } from "../../../src/core/ltv/bg-nbd";

const params = fc.record({
  r: fc.double({ min: 0.05, max: 20, noNaN: true }),
  alpha: fc.double({ min: 0.05, max: 200, noNaN: true }),
  a: fc.double({ min: 0.05, max: 20, noNaN: true }),
  b: fc.double({ min: 0.05, max: 20, noNaN: true }),
});

describe("probability alive falls as silence grows against the customer's own rhythm", () => {
  it("same frequency and age, longer silence → lower or equal P(alive)", () => {
    fc.assert(
      fc.property(
        params,
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0.5, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, x, age, u, v) => {
          const recent = age * Math.max(u, v); // last purchase later: shorter silence
          const silent = age * Math.min(u, v);
          const pRecent = bgNbdProbabilityAlive(p, x, recent, age);
          const pSilent = bgNbdProbabilityAlive(p, x, silent, age);
          return pSilent <= pRecent + 1e-12;
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });

  it("the same customer, observed later without buying → lower or equal P(alive)", () => {
    fc.assert(
      fc.property(
        params,
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (p, x, recency, extra1, extra2) => {
          const earlier = recency + Math.min(extra1, extra2) + 1e-6;
          const later = recency + Math.max(extra1, extra2) + 1e-6;
          return (
            bgNbdProbabilityAlive(p, x, recency, later) <=
            bgNbdProbabilityAlive(p, x, recency, earlier) + 1e-12
          );
        },
      ),
      { numRuns: 500, seed: 12 },
    );
  });

  it("a strict drop for a long silence against a steady rhythm (CDNOW parameters)", () => {
    const cdnow = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    // 10 repeat purchases over 20 weeks (one every 2 weeks), observed 2 weeks later (one gap) vs 40 weeks later.
    const soon = bgNbdProbabilityAlive(cdnow, 10, 20, 22);
    const late = bgNbdProbabilityAlive(cdnow, 10, 20, 60);
    expect(soon).toBeGreaterThan(0.5);
    expect(late).toBeLessThan(0.05);
  });
});
