/** One pass over the kept rows: per-client measure and per-(client, period) revenue. */
import { sourceRowOf, type SalesData } from "../types";
import { OUTSIDE, UNDATED, windowDay, type AnalysisWindow } from "./window";

export interface ClientTotals {
  /** Kept rows per client; a client with none is not part of the analysis. */
  rows: Int32Array;
  measure: Float64Array;
  /** Revenue per client and period, row-major: client * periodCount + period. */
  periodSums: Float64Array;
  /** Revenue and profit per client, when the data has a profit column (null otherwise). */
  revenue: Float64Array | null;
  profit: Float64Array | null;
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
  const { dates, from, to } = window;
  const { clientIndex, amount, profit } = data;
  // With a profit column, revenue and profit both, whichever is the measure (KAM Clients shows them side by side).
  const revenueSums = profit ? new Float64Array(clientCount) : null;
  const profitSums = profit ? new Float64Array(clientCount) : null;
  const first = window.first ?? 0;
  for (let i = 0; i < data.rowCount; i++) {
    const day = dates === null ? UNDATED : windowDay(dates[i], from, to);
    if (day === OUTSIDE) continue;
    const client = clientIndex[i];
    rows[client]++;
    measure[client] += measureValues[i];
    if (revenueSums && profitSums && profit) {
      revenueSums[client] += amount[i];
      profitSums[client] += profit[i];
    }
    if (periodOfDay === null || day === UNDATED) continue;
    periodSums[client * periodCount + periodOfDay[day - first]] += amount[i];
  }
  return { rows, measure, periodSums, revenue: revenueSums, profit: profitSums };
}

/**
 * The value a client's most recent kept row gives an interned column (manager, group, key type):
 * latest date, and on the same date the lowest sheet row. Rows leaving the cell empty are passed
 * over, so a blank cell on the latest row does not erase the client's manager. -1 = none.
 */
export function latestValuePerClient(data: SalesData, window: AnalysisWindow, column: Int32Array): Int32Array {
  const clientCount = data.clients.length;
  const value = new Int32Array(clientCount).fill(-1);
  const latestDate = new Float64Array(clientCount).fill(-Infinity);
  const latestSourceRow = new Int32Array(clientCount);
  const { dates, from, to } = window;
  const { clientIndex } = data;
  for (let i = 0; i < data.rowCount; i++) {
    const v = column[i];
    if (v < 0 || (dates !== null && windowDay(dates[i], from, to) === OUTSIDE)) continue;
    const client = clientIndex[i];
    const raw = dates === null ? -Infinity : dates[i];
    const date = raw !== raw ? -Infinity : raw;
    const row = sourceRowOf(data, i);
    if (value[client] < 0 || date > latestDate[client] || (date === latestDate[client] && row < latestSourceRow[client])) {
      latestDate[client] = date;
      latestSourceRow[client] = row;
      value[client] = v;
    }
  }
  return value;
}
