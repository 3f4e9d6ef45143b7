/**
 * Comparisons shared by every rule of the analysis. The spec treats a value within 1e-9 of a
 * threshold as equal to it, so sums like 0.1 + 0.2 land on the side the exact fractions would.
 */
const TOLERANCE = 1e-9;

/** value >= threshold, counting near-equal as equal. */
export function atLeast(value: number, threshold: number): boolean {
  return value >= threshold - TOLERANCE;
}

/** value <= threshold, counting near-equal as equal. */
export function atMost(value: number, threshold: number): boolean {
  return value <= threshold + TOLERANCE;
}

/** value > threshold, where near-equal is not above. */
export function above(value: number, threshold: number): boolean {
  return value > threshold + TOLERANCE;
}

/** value < threshold, where near-equal is not below. */
export function below(value: number, threshold: number): boolean {
  return value < threshold - TOLERANCE;
}

/**
 * Code-point order of two strings. JavaScript's `<` compares UTF-16 code units, which puts
 * characters above U+FFFF (surrogate pairs) before U+E000..U+FFFF; shifting the units fixes that.
 */
export function compareCodePoints(left: string, right: string): number {
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const a = left.charCodeAt(i);
    const b = right.charCodeAt(i);
    if (a !== b) return codeUnitWeight(a) - codeUnitWeight(b);
  }
  return left.length - right.length;
}

function codeUnitWeight(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}
