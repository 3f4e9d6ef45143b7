/**
 * Size of a value as JSON, in characters, without building the JSON text: 1M-row batches are
 * measured by walking the arrays. Exact for integers, booleans, null and plain strings; a string
 * with characters JSON escapes (quotes, backslashes, control characters) is counted unescaped, and
 * a fraction with two decimals or fewer is counted exactly, others through String(n).
 */
export function jsonSize(value: unknown): number {
  switch (typeof value) {
    case "number":
      return numberSize(value);
    case "string":
      return value.length + 2;
    case "boolean":
      return value ? 4 : 5;
    case "undefined":
      return 4;
    case "object":
      if (value === null) return 4;
      if (Array.isArray(value)) return arraySize(value);
      return JSON.stringify(value)?.length ?? 4;
    default:
      return 4;
  }
}

function arraySize(items: readonly unknown[]): number {
  let size = 2 + Math.max(0, items.length - 1);
  for (const item of items) size += jsonSize(item);
  return size;
}

function integerDigits(n: number): number {
  let digits = 1;
  let bound = 10;
  while (n >= bound && digits < 16) {
    digits++;
    bound *= 10;
  }
  return digits;
}

function numberSize(n: number): number {
  if (!Number.isFinite(n)) return 4; // JSON writes null
  const sign = n < 0 ? 1 : 0;
  const abs = Math.abs(n);
  if (abs < 1e15) {
    if (Number.isInteger(abs)) return sign + integerDigits(abs);
    // A double that is exactly the nearest to k/100 prints with at most two decimals.
    const cents = Math.round(abs * 100);
    if (cents / 100 === abs) return sign + integerDigits(Math.floor(cents / 100)) + 1 + (cents % 10 === 0 ? 1 : 2);
  }
  return String(n).length;
}
