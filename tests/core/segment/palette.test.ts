import { contrastRatio, OKABE_ITO, textColorOn, relativeLuminance } from "../../../src/core/segment/palette";
import { METHOD_DESCRIPTORS } from "../../../src/core/segment/methods";

/** Each method's fixed segment colors, as the registry's descriptors hold them. */
const SEGMENT_COLORS = Object.fromEntries(
  METHOD_DESCRIPTORS.map((method) => [method.id, method.segmentColors]),
);

/** sRGB hex → CIELAB (D65), for perceptual distances. */
function toLab(rgb: [number, number, number]): [number, number, number] {
  const lin = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  const x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047;
  const y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
  const z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((o) => parseInt(hex.slice(o, o + 2), 16)) as [number, number, number];
}

/** Viénot, Brettel & Mollon (1999) dichromat simulation in linear RGB. */
function simulate(rgb: [number, number, number], kind: "protan" | "deutan"): [number, number, number] {
  const lin = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  const m =
    kind === "protan"
      ? [
          [0.11238, 0.88762, 0],
          [0.11238, 0.88762, 0],
          [0.00401, -0.00401, 1],
        ]
      : [
          [0.29275, 0.70725, 0],
          [0.29275, 0.70725, 0],
          [-0.02234, 0.02234, 1],
        ];
  const out = m.map((row) => row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2]);
  return out.map((v) => {
    const c = Math.min(1, Math.max(0, v));
    return Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055));
  }) as [number, number, number];
}

function deltaE(a: [number, number, number], b: [number, number, number]): number {
  const la = toLab(a);
  const lb = toLab(b);
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

describe("palette", () => {
  test("WCAG luminance and contrast of black on white is 21", () => {
    expect(relativeLuminance("#FFFFFF")).toBeCloseTo(1, 12);
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 12);
  });

  test("the four methods with segments known in advance have fixed colors", () => {
    expect(Object.keys(SEGMENT_COLORS).filter((id) => Object.keys(SEGMENT_COLORS[id]).length > 0)).toEqual([
      "portfolio",
      "rfm",
      "lifecycle",
      "abc",
    ]);
  });

  test("every segment color has text with contrast ≥ 4.5 (WCAG AA)", () => {
    const all = [...OKABE_ITO, ...Object.values(SEGMENT_COLORS).flatMap((m) => Object.values(m))];
    for (const color of all) expect(contrastRatio(color, textColorOn(color))).toBeGreaterThanOrEqual(4.5);
  });

  test("colors within each method are distinct for normal, protan and deutan vision", () => {
    for (const [method, colors] of Object.entries(SEGMENT_COLORS)) {
      const list = Object.values(colors);
      expect(new Set(list).size).toBe(list.length);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = hexToRgb(list[i]);
          const b = hexToRgb(list[j]);
          expect({ method, pair: [list[i], list[j]], normal: deltaE(a, b) > 20 }).toEqual({
            method,
            pair: [list[i], list[j]],
            normal: true,
          });
          for (const kind of ["protan", "deutan"] as const) {
            const distance = deltaE(simulate(a, kind), simulate(b, kind));
            expect({ method, kind, pair: [list[i], list[j]], ok: distance > 8 }).toEqual({
              method,
              kind,
              pair: [list[i], list[j]],
              ok: true,
            });
          }
        }
      }
    }
  });
});
