/** One pass over the kept rows: per-client measure and per-(client, period) revenue. */
import type { SalesData } from "../types";
import type { AnalysisWindow } from "./window";

export interface ClientTotals {
  /** Kept rows per client; a client with none is not part of the analysis. */
  rows: Int32Array;
  measure: Float64Array;
  /** Revenue per client and period, row-major: client * periodCount + period. */
  periodSums: Float64Array;
  periodCount: number;
}

/**
 * `measureValues` is the amount or the profit column. Period sums always use the amount: XYZ
 * measures the regularity of revenue whatever the ABC measure is.
 */
export function aggregateClients(
  data: SalesData,
  window: AnalysisWindow,
  measureValues: Float64Array,
  periodOfDay: Int32Array | null,
  periodCount: number,
): ClientTotals {
  const clientCount = data.clients.length;
  const rows = new Int32Array(clientCount);
  const measure = new Float64Array(clientCount);
  const periodSums = new Float64Array(clientCount * periodCount);
  const { kept } = window;
  const { clientIndex, amount } = data;
  const rowDay = periodOfDay === null ? null : window.day;
  const first = window.first ?? 0;
  for (let i = 0; i < data.rowCount; i++) {
    if (kept[i] === 0) continue;
    const client = clientIndex[i];
    rows[client]++;
    measure[client] += measureValues[i];
    if (rowDay === null || periodOfDay === null || rowDay[i] < 0) continue;
    periodSums[client * periodCount + periodOfDay[rowDay[i] - first]] += amount[i];
  }
  return { rows, measure, periodSums, periodCount };
}

/**
 * The value a client's most recent kept row gives each interned column (manager, group, key
 * type): latest date, and on the same date the lowest sheet row. Rows leaving the cell empty are
 * passed over, so a blank cell on the latest row does not erase the client's manager. One pass
 * for all columns; per column, the result holds a value index per client, -1 = none.
 */
export function latestValuesPerClient(data: SalesData, window: AnalysisWindow, columns: readonly Int32Array[]): Int32Array[] {
  const clientCount = data.clients.length;
  const latest = columns.map(() => ({
    value: new Int32Array(clientCount).fill(-1),
    date: new Float64Array(clientCount).fill(-Infinity),
    row: new Int32Array(clientCount).fill(0x7fffffff),
  }));
  const { kept } = window;
  const { clientIndex, sourceRow } = data;
  const dates = data.date;
  for (let i = 0; i < data.rowCount; i++) {
    if (kept[i] === 0) continue;
    const client = clientIndex[i];
    const raw = dates === null ? -Infinity : dates[i];
    const date = raw !== raw ? -Infinity : raw;
    for (let column = 0; column < columns.length; column++) {
      const value = columns[column][i];
      const best = latest[column];
      if (value < 0) continue;
      if (date > best.date[client] || (date === best.date[client] && sourceRow[i] < best.row[client])) {
        best.date[client] = date;
        best.row[client] = sourceRow[i];
        best.value[client] = value;
      }
    }
  }
  return latest.map((best) => best.value);
}
