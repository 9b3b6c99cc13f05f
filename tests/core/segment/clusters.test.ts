import { createCustomerData } from "../../../src/core/customer-data";
import { createRandom } from "../../../src/core/random";
import { quantile, quartiles } from "../../../src/core/segment/cluster-features";
import fc from "fast-check";
import { MAX_CLUSTER_SHARE, chooseClusterK } from "../../../src/core/segment/clusters";
import { segmentCustomers } from "../../../src/core/segment/segment-customers";

const asOfDay = 20_000;

/** Three obvious groups: big low-margin, small high-margin, small low-margin declining. */
function threeGroups(perGroup: number, seed: number) {
  const random = createRandom(seed);
  const revenue: number[] = [];
  const margin: number[] = [];
  const previous: number[] = [];
  for (let g = 0; g < 3; g++) {
    for (let i = 0; i < perGroup; i++) {
      const r = g === 0 ? 50_000 * (1 + 0.1 * random()) : 1_000 * (1 + 0.1 * random());
      const m = g === 1 ? 0.5 + 0.02 * random() : 0.05 + 0.02 * random();
      revenue.push(r);
      margin.push(r * m);
      previous.push(g === 2 ? r * 2 : r * (1 + 0.02 * random()));
    }
  }
  return createCustomerData({
    ids: revenue.map((_, i) => `c${i}`),
    revenue,
    numeric: { marginAmount: margin, previousRevenue: previous },
    protectedColumns: ["Gender"],
    asOfDay,
  });
}

describe("clusters", () => {
  test("finds the three groups automatically, orders them by value and names them from their profile", () => {
    const data = threeGroups(40, 1);
    const result = segmentCustomers(data, { method: "clusters" });
    expect(result.settings.k).toBe(3);
    expect(result.settings.kMode).toBe("auto");
    expect(typeof result.settings.silhouetteK2).toBe("number");
    expect(typeof result.settings.silhouetteK8).toBe("number");
    // Cluster 1 = highest mean revenue = group 0.
    for (let i = 0; i < 40; i++) expect(result.assignment[i]).toBe(0);
    expect(result.segments[0].name.en).toContain("High value");
    expect(result.segments[0].name.es).toContain("Alto valor");
    const declining = result.segments[result.assignment[100]];
    expect(declining.name.en).toMatch(/declining/i);
    expect(declining.action.en).toContain("Re-engagement");
    expect(result.notes.some((n) => n.en.includes("Protected attributes (Gender) were not used"))).toBe(true);
    expect(result.settings.protectedAttributesUsed).toBe(false);
  });

  test("deterministic: same data and seed → same labels, names and colors", () => {
    const data = threeGroups(30, 2);
    const a = segmentCustomers(data, { method: "clusters", seed: 5 });
    const b = segmentCustomers(data, { method: "clusters", seed: 5 });
    expect(Array.from(a.assignment)).toEqual(Array.from(b.assignment));
    expect(a.segments.map((s) => [s.name.en, s.color])).toEqual(b.segments.map((s) => [s.name.en, s.color]));
  });

  test("independent of row order: shuffled customers get the same segment names (the DuckDB path sorts by id)", () => {
    const data = threeGroups(30, 3);
    const shuffled = createRandom(9);
    const order = [...Array(data.count).keys()];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(shuffled() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const reordered = createCustomerData({
      ids: order.map((i) => data.ids[i]),
      revenue: order.map((i) => data.revenue[i]),
      numeric: {
        marginAmount: order.map((i) => data.marginAmount[i]),
        previousRevenue: order.map((i) => data.previousRevenue[i]),
      },
      asOfDay,
    });
    const segmentOf = (result: ReturnType<typeof segmentCustomers>, ids: readonly string[]) =>
      new Map(ids.map((id, i) => [id, result.segments[result.assignment[i]].name.en]));
    const a = segmentCustomers(data, { method: "clusters", seed: 4 });
    const b = segmentCustomers(reordered, { method: "clusters", seed: 4 });
    expect(segmentOf(b, reordered.ids)).toEqual(segmentOf(a, data.ids));
    expect(b.segments.map((s) => s.customers)).toEqual(a.segments.map((s) => s.customers));
  });

  test("ids already in order (fitted without a sort or a copy) give the same segments as the same customers shuffled", () => {
    const base = threeGroups(30, 5);
    const ids = base.ids.map((_, i) => `c${String(i).padStart(3, "0")}`);
    const build = (order: number[]) =>
      createCustomerData({
        ids: order.map((i) => ids[i]),
        revenue: order.map((i) => base.revenue[i]),
        numeric: {
          marginAmount: order.map((i) => base.marginAmount[i]),
          previousRevenue: order.map((i) => base.previousRevenue[i]),
        },
        asOfDay,
      });
    const inOrder = [...Array(base.count).keys()];
    const shuffled = [...inOrder].reverse();
    const random = createRandom(11);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const sorted = build(inOrder);
    const mixed = build(shuffled);
    const a = segmentCustomers(sorted, { method: "clusters", seed: 6 });
    const b = segmentCustomers(mixed, { method: "clusters", seed: 6 });
    const segmentOf = (result: ReturnType<typeof segmentCustomers>, of: readonly string[]) =>
      new Map(of.map((id, i) => [id, result.segments[result.assignment[i]].id]));
    expect(segmentOf(b, mixed.ids)).toEqual(segmentOf(a, sorted.ids));
    expect(b.segments.map((s) => [s.name.en, s.customers])).toEqual(
      a.segments.map((s) => [s.name.en, s.customers]),
    );
    expect(b.settings).toEqual(a.settings);
  });

  test("fixed k larger than the distinct profiles drops the empty clusters and says so", () => {
    const data = createCustomerData({ ids: ["a", "b", "c", "d"], revenue: [10, 10, 500, 500], asOfDay });
    const result = segmentCustomers(data, { method: "clusters", k: 4 });
    expect(result.segments).toHaveLength(2);
    expect(result.notes.some((n) => n.en.includes("2 empty clusters dropped"))).toBe(true);
    expect(result.assignment[0]).toBe(result.assignment[1]);
    expect(result.segments[0].customers).toBe(2);
  });

  test("all-identical customers and a single customer: one cluster, finite distances", () => {
    for (const revenue of [[5, 5, 5], [7]]) {
      const data = createCustomerData({ ids: revenue.map((_, i) => `c${i}`), revenue, asOfDay });
      const result = segmentCustomers(data, { method: "clusters" });
      expect(result.segments).toHaveLength(1);
      expect(result.segments[0].share).toBe(1);
      result.extraColumns[0].values.forEach((v) => expect(Number.isFinite(v as number)).toBe(true));
    }
  });

  test("quantile uses linear interpolation (type 7)", () => {
    // 1 2 3 4: h = 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1) = 1.75
    expect(quantile(Float64Array.of(4, 1, 3, 2), 0.25)).toBeCloseTo(1.75, 12);
    expect(quantile(Float64Array.of(4, 1, 3, 2), 0.5)).toBeCloseTo(2.5, 12);
    expect(quantile(Float64Array.of(9), 0.75)).toBe(9);
  });

  test("quartiles are the three quantile calls' numbers, exactly (ties, repeats, one value)", () => {
    expect(quartiles(Float64Array.of(4, 1, 3, 2))).toEqual([1.75, 2.5, 3.25]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), {
          minLength: 1,
          maxLength: 300,
        }),
        (list) => {
          const values = Float64Array.from(list);
          const before = values.slice();
          expect(quartiles(values)).toEqual([
            quantile(values, 0.25),
            quantile(values, 0.5),
            quantile(values, 0.75),
          ]);
          expect(values).toEqual(before);
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });

  test("groups are named by what sets them apart, all different, each with a concrete action", () => {
    const result = segmentCustomers(threeGroups(40, 3), { method: "clusters" });
    const names = result.segments.map((segment) => segment.name.en);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toMatch(/^High value, /); // a phrase: "High value, low margin"
    for (const segment of result.segments) {
      expect(segment.action.en).not.toMatch(/^Review/);
      expect(segment.action.es).not.toMatch(/^Revisar/);
      expect(segment.share).toBeLessThanOrEqual(MAX_CLUSTER_SHARE);
    }
  });

  test("no structure (one bulk of alike customers and a few scattered giants): 'no clear groups', not a 97 % group", () => {
    const random = createRandom(4);
    const revenue: number[] = [];
    const margin: number[] = [];
    for (let i = 0; i < 291; i++) {
      const r = 1_000 * (1 + 0.005 * (random() - 0.5));
      revenue.push(r);
      margin.push(r * (0.25 + 0.002 * (random() - 0.5)));
    }
    for (let i = 0; i < 9; i++) {
      const r = 5_000 * 1.4 ** i;
      revenue.push(r);
      margin.push(r * (0.1 + 0.04 * i));
    }
    const data = createCustomerData({
      ids: revenue.map((_, i) => `c${i}`),
      revenue,
      numeric: { marginAmount: margin },
      asOfDay,
    });
    const result = segmentCustomers(data, { method: "clusters" });
    expect(result.settings.kMode).toBe("no-clear-groups");
    expect(result.segments).toHaveLength(1);
    expect(result.segments[0].share).toBe(1);
    expect(result.segments[0].name).toEqual({
      en: "No clear groups in this data",
      es: "Sin grupos claros en estos datos",
    });
    expect(result.segments[0].action.en).toMatch(/portfolio map/);
    expect(result.segments[0].action.es).toMatch(/mapa de cartera/);
    expect(
      result.notes.some((n) => /^No clear groups/.test(n.en) && /^No hay grupos claros/.test(n.es)),
    ).toBe(true);
    // The same data with a fixed k is still clustered as asked.
    expect(segmentCustomers(data, { method: "clusters", k: 2 }).segments).toHaveLength(2);
  });

  test("property: automatic k never leaves one group above 80 % unless it says there are no clear groups", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 40, max: 160 }),
        (blobs, seed, n) => {
          const random = createRandom(seed);
          const centres = Array.from({ length: blobs }, () => [20_000 * random(), 0.6 * random()]);
          const revenue: number[] = [];
          const margin: number[] = [];
          for (let i = 0; i < n; i++) {
            const [r, m] = centres[Math.floor(random() * blobs)];
            const value = Math.max(1, r + 2_000 * (random() - 0.5));
            revenue.push(value);
            margin.push(value * (m + 0.05 * (random() - 0.5)));
          }
          const data = createCustomerData({
            ids: revenue.map((_, i) => `c${i}`),
            revenue,
            numeric: { marginAmount: margin },
            asOfDay,
          });
          const result = segmentCustomers(data, { method: "clusters", explain: false });
          if (result.settings.kMode === "no-clear-groups") return result.segments.length === 1;
          const names = result.segments.map((segment) => segment.name.en);
          return (
            result.segments.every((segment) => segment.share <= MAX_CLUSTER_SHARE + 1e-12) &&
            new Set(names).size === names.length
          );
        },
      ),
      { numRuns: 40, seed: 3 },
    );
  });

  test("chooseClusterK reports every k tried with its silhouette, largest share and whether it was usable", () => {
    const points = Float64Array.from([0, 0, 0.1, 0, 0, 0.1, 5, 5, 5.1, 5, 5, 5.1]);
    const choice = chooseClusterK(points, 6, 2, { seed: 42 });
    expect(choice.k).toBe(2);
    expect(choice.noClearGroups).toBe(false);
    expect(choice.tried[0]).toMatchObject({ k: 2, largestShare: 0.5, distinctProfiles: true, usable: true });
  });
});
