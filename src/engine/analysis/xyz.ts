/** Regularity of a client's revenue over the zero-filled periods of the window (spec: "XYZ"). */
import type { AnalysisSettings, XyzClass } from "../types";
import { atLeast, atMost } from "./compare";

export interface Regularity {
  /** Population standard deviation / mean; null when the mean is <= 0. */
  cv: number | null;
  /** Share of periods with a positive sum. */
  coverage: number;
  xyz: XyzClass;
}

/** `sums` holds one revenue sum per period of the window (at least 2 periods). */
export function regularityOf(
  sums: readonly number[],
  settings: Pick<AnalysisSettings, "xyz" | "x" | "y" | "coverageX" | "coverageY">,
): Regularity {
  const n = sums.length;
  let total = 0;
  let positive = 0;
  for (let p = 0; p < n; p++) {
    total += sums[p];
    if (sums[p] > 0) positive++;
  }
  const mean = total / n;
  let squares = 0;
  for (let p = 0; p < n; p++) squares += (sums[p] - mean) * (sums[p] - mean);
  const cv = mean > 0 ? Math.sqrt(squares / n) / mean : null;
  const coverage = positive / n;
  let xyz: XyzClass;
  if (settings.xyz === "frequency") {
    xyz = atLeast(coverage, settings.coverageX) ? "X" : atLeast(coverage, settings.coverageY) ? "Y" : "Z";
  } else {
    xyz = cv === null ? "Z" : atMost(cv, settings.x) ? "X" : atMost(cv, settings.y) ? "Y" : "Z";
  }
  return { cv, coverage, xyz };
}
