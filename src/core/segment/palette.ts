/**
 * Segment colors: distinct, color-blind safe, with a readable text color, and stable (a segment id always
 * gets the same color, whatever else is in the data).
 *
 * Sources: Okabe & Ito (2008), "Color Universal Design" — 8 colors distinguishable under the common color
 * vision deficiencies; Paul Tol (2021), "Colour schemes", muted qualitative scheme — 9 colors + pale grey,
 * color-blind safe, used where a method has more than 8 segments (RFM, lifecycle). Text color is black or
 * white, whichever has the higher WCAG 2.1 contrast ratio on the fill; for any fill the better of the two is
 * at least √21 ≈ 4.58, above the 4.5 AA minimum for normal text.
 */

/** Okabe–Ito, blue first (a calm "best" color), black last. */
export const OKABE_ITO = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#56B4E9",
  "#CC79A7",
  "#F0E442",
  "#000000",
];

/** Neutral grey for "maintain"/"hibernating"-type segments (Tol's pale grey). */
export const NEUTRAL_GREY = "#DDDDDD";

/** Color of the `index`-th cluster (clusters are ordered by value, so the best-value cluster is blue). */
export function clusterColor(index: number): string {
  return OKABE_ITO[index % OKABE_ITO.length];
}

/** WCAG 2.1 relative luminance of "#RRGGBB". */
export function relativeLuminance(hex: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.1 contrast ratio between two "#RRGGBB" colors (1..21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever reads better on `fill`. */
export function textColorOn(fill: string): string {
  return contrastRatio(fill, "#000000") >= contrastRatio(fill, "#FFFFFF") ? "#000000" : "#FFFFFF";
}

/** Share of each channel a marker's outline keeps: dark enough to show a pale segment's points on white. */
const OUTLINE_SHADE = 0.6;

/**
 * The outline of a chart marker filled with `fill`: the same hue, darker, so points of a pale segment (the
 * grey of "Maintain") stay visible on the chart's white background. Excel and the file writer both use it.
 */
export function markerOutlineOf(fill: string): string {
  const channel = (offset: number) =>
    Math.round(parseInt(fill.slice(offset, offset + 2), 16) * OUTLINE_SHADE)
      .toString(16)
      .toUpperCase()
      .padStart(2, "0");
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
