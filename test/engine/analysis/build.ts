/** Builds valid SalesData from plain row objects, the way the reader would intern them. */
import { serialFromIso } from "../../../src/engine/calendar";
import { clientKey } from "../../../src/engine/client-key";
import { DEFAULT_ANALYSIS_SETTINGS, type AnalysisSettings, type KeyType, type SalesData } from "../../../src/engine/types";

export interface TestRow {
  client: string;
  amount: number;
  /** ISO date; a column exists when any row has one. */
  date?: string;
  profit?: number;
  manager?: string;
  group?: string;
  order?: string;
  keyType?: KeyType;
  /** Sheet row; defaults to the row's position + 2 (row 1 is the header). */
  sourceRow?: number;
}

export { clientKey };

function interner<T>() {
  const values: T[] = [];
  const index = new Map<T, number>();
  return {
    values,
    of(value: T | undefined): number {
      if (value === undefined) return -1;
      let found = index.get(value);
      if (found === undefined) {
        found = values.length;
        values.push(value);
        index.set(value, found);
      }
      return found;
    },
  };
}

export function buildSales(rows: readonly TestRow[], options: { declaredWindow?: { first: string; last: string } } = {}): SalesData {
  const has = (field: keyof TestRow) => rows.some((row) => row[field] !== undefined);
  const clients: { key: string; name: string }[] = [];
  const clientOfKey = new Map<string, number>();
  const orders = interner<string>();
  const managers = interner<string>();
  const groups = interner<string>();
  const keyTypes = interner<KeyType>();
  const column = (field: keyof TestRow, fill: (row: TestRow) => number) =>
    has(field) ? Int32Array.from(rows, fill) : null;
  const clientIndex = Int32Array.from(rows, (row) => {
    const key = clientKey(row.client);
    let index = clientOfKey.get(key);
    if (index === undefined) {
      index = clients.length;
      clients.push({ key, name: row.client.trim() });
      clientOfKey.set(key, index);
    }
    return index;
  });
  const orderIndex = column("order", (row) => orders.of(row.order));
  const managerIndex = column("manager", (row) => managers.of(row.manager));
  const groupIndex = column("group", (row) => groups.of(row.group));
  const keyTypeIndex = column("keyType", (row) => keyTypes.of(row.keyType));
  const window = options.declaredWindow;
  return {
    rowCount: rows.length,
    clients,
    clientIndex,
    amount: Float64Array.from(rows, (row) => row.amount),
    profit: has("profit") ? Float64Array.from(rows, (row) => row.profit ?? 0) : null,
    date: has("date") ? Float64Array.from(rows, (row) => (row.date === undefined ? NaN : serialFromIso(row.date))) : null,
    orderIndex,
    managerIndex,
    managers: managers.values,
    groupIndex,
    groups: groups.values,
    keyTypeIndex,
    keyTypes: keyTypes.values,
    sourceRow: Int32Array.from(rows, (row, i) => row.sourceRow ?? i + 2),
    firstSourceRow: 2,
    currency: null,
    declaredWindow: window ? { first: serialFromIso(window.first), last: serialFromIso(window.last) } : null,
  };
}

export function settingsWith(overrides: Partial<AnalysisSettings> = {}): AnalysisSettings {
  return { ...DEFAULT_ANALYSIS_SETTINGS, ...overrides };
}

/** One row per client on one day: the shortest way to state amounts for ABC cases. */
export function amountsOf(amounts: readonly number[], date = "2024-01-15"): TestRow[] {
  return amounts.map((amount, i) => ({ client: `client ${String(i + 1).padStart(2, "0")}`, amount, date }));
}
