/**
 * The value `cache` holds for `key`, made by `make` and kept the first time it is asked for (the
 * preview's per-sheet caches, emptied when the workbook changes).
 *
 * @example cached(sizes, "Sales", () => measure("Sales")) // measured once, then kept
 */
export function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
