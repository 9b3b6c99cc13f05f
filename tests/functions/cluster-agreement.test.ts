/**
 * CMAP.CLUSTER and the Clusters method choose k the same way (they share `chooseClusterK`): on the method's
 * own scaled features, the function finds the same number of groups and the same partition; where the method
 * finds no clear groups, the function puts every row in group 1.
 */
import { createCustomerData } from "../../src/core/customer-data";
import type { CustomerData } from "../../src/core/model";
import { readCustomerGrid } from "../../src/core/read/read-customer-grid";
import { buildFeatureMatrix } from "../../src/core/segment/cluster-features";
import { segmentCustomers } from "../../src/core/segment/segment-customers";
import { buildEnglishSample, buildSpanishSample, type SampleCell } from "../../src/sample";
import { CLUSTER } from "../../src/functions/functions";
import { dateToExcelSerial } from "../../src/core/excel-serial";

function excelGrid(rows: SampleCell[][]): (string | number | null)[][] {
  return rows.map((row) => row.map((v) => (v instanceof Date ? dateToExcelSerial(v) : v)));
}

/** Runs both on the same data and returns (method k, function's distinct groups, same partition?). */
function compare(data: CustomerData) {
  const segmentation = segmentCustomers(data, { method: "clusters", explain: false });
  const features = buildFeatureMatrix(data);
  const rows: number[][] = [];
  for (let i = 0; i < features.rows; i++)
    rows.push(Array.from(features.points.subarray(i * features.cols, (i + 1) * features.cols)));
  const labels = CLUSTER(rows).map((row) => row[0] as number);
  // Same partition: two customers share a method segment exactly when they share a function group.
  const pairOf = new Map<number, number>();
  let samePartition = true;
  for (let i = 0; i < labels.length; i++) {
    const known = pairOf.get(segmentation.assignment[i]);
    if (known === undefined) pairOf.set(segmentation.assignment[i], labels[i]);
    else if (known !== labels[i]) samePartition = false;
  }
  samePartition &&= new Set(pairOf.values()).size === pairOf.size;
  return { segmentation, groups: new Set(labels).size, samePartition };
}

describe("CMAP.CLUSTER agrees with the Clusters method's choice of k", () => {
  it.each([
    [
      "English sample (one row per customer)",
      () => readCustomerGrid(excelGrid(buildEnglishSample().sheets[0].rows)),
    ],
    [
      "Spanish sample (invoice lines)",
      () => readCustomerGrid(excelGrid(buildSpanishSample().sheets[0].rows)),
    ],
  ])("%s", (_name, read) => {
    const { segmentation, groups, samePartition } = compare(read().customers);
    expect(segmentation.settings.kMode).toBe("auto");
    expect(groups).toBe(segmentation.settings.k);
    expect(groups).toBeGreaterThan(1);
    expect(samePartition).toBe(true);
  });

  it("no clear groups: the method says so and the function gives every row group 1", () => {
    const revenue = [...Array.from({ length: 97 }, () => 1000), 5000, 20000, 90000];
    const data = createCustomerData({ ids: revenue.map((_, i) => `c${i}`), revenue, asOfDay: 20_000 });
    const { segmentation, groups } = compare(data);
    expect(segmentation.settings.kMode).toBe("no-clear-groups");
    expect(groups).toBe(1);
  });
});
