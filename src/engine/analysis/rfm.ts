/** Purchase days, RFM scores, RF segments and lost/at-risk status (spec: "RFM and lost clients"). */
import type { ClientStatus, SalesData, Segment } from "../types";
import { above } from "./compare";

export interface PurchaseHistory {
  /** Day serial of the last purchase day; NaN when the client has none. */
  lastPurchase: Float64Array;
  purchaseDays: Int32Array;
  /** Purchase days, or with an order column the distinct orders whose rows sum to more than 0. */
  frequency: Int32Array;
  /** Median gap in days between consecutive purchase days; NaN with fewer than 2 purchase days. */
  medianGap: Float64Array;
}

/**
 * A purchase day is a day on which the client's revenue rows sum to more than 0. The kept dated
 * rows are bucket-sorted by day and then (stably) by client, so each client's rows are read in
 * day order without sorting rows or allocating per row. With an order column, rows without an
 * order id count as one order per purchase day.
 */
export function purchaseHistory(data: SalesData, kept: Uint8Array, first: number, last: number): PurchaseHistory {
  const dates = data.date;
  if (dates === null) throw new Error("purchase history needs a date column");
  const { clientIndex, amount, orderIndex } = data;
  const clientCount = data.clients.length;
  const dayCount = last - first + 1;

  // Bucket by day, copying what later passes read so they read it in sequence.
  const rowDay = new Int32Array(data.rowCount).fill(-1);
  const dayStart = new Int32Array(dayCount + 1);
  let datedCount = 0;
  for (let i = 0; i < data.rowCount; i++) {
    if (kept[i] === 0 || dates[i] !== dates[i]) continue;
    const day = Math.floor(dates[i]) - first;
    rowDay[i] = day;
    dayStart[day + 1]++;
    datedCount++;
  }
  for (let d = 1; d <= dayCount; d++) dayStart[d] += dayStart[d - 1];
  const dayCursor = dayStart.slice(0, dayCount);
  const byDayClient = new Int32Array(datedCount);
  const byDayAmount = new Float64Array(datedCount);
  const byDayOrder = orderIndex === null ? null : new Int32Array(datedCount);
  for (let i = 0; i < data.rowCount; i++) {
    const day = rowDay[i];
    if (day < 0) continue;
    const position = dayCursor[day]++;
    byDayClient[position] = clientIndex[i];
    byDayAmount[position] = amount[i];
    if (byDayOrder !== null && orderIndex !== null) byDayOrder[position] = orderIndex[i];
  }

  // Then stably by client: each client's rows end up in day order.
  const clientStart = new Int32Array(clientCount + 1);
  for (let k = 0; k < datedCount; k++) clientStart[byDayClient[k] + 1]++;
  for (let c = 1; c <= clientCount; c++) clientStart[c] += clientStart[c - 1];
  const clientCursor = clientStart.slice(0, clientCount);
  const rowsDay = new Int32Array(datedCount);
  const rowsAmount = new Float64Array(datedCount);
  const rowsOrder = byDayOrder === null ? null : new Int32Array(datedCount);
  for (let d = 0; d < dayCount; d++) {
    for (let k = dayStart[d], end = dayStart[d + 1]; k < end; k++) {
      const position = clientCursor[byDayClient[k]]++;
      rowsDay[position] = d;
      rowsAmount[position] = byDayAmount[k];
      if (rowsOrder !== null && byDayOrder !== null) rowsOrder[position] = byDayOrder[k];
    }
  }

  const lastPurchase = new Float64Array(clientCount).fill(NaN);
  const purchaseDays = new Int32Array(clientCount);
  const frequency = new Int32Array(clientCount);
  const medianGap = new Float64Array(clientCount).fill(NaN);
  const gaps = new Float64Array(datedCount);
  let orderCount = 0;
  if (orderIndex !== null) for (let i = 0; i < data.rowCount; i++) orderCount = Math.max(orderCount, orderIndex[i] + 1);
  const orderSum = new Float64Array(orderCount);
  const orderSeenBy = new Int32Array(orderCount).fill(-1);
  const ordersOfClient = new Int32Array(orderCount);

  for (let c = 0; c < clientCount; c++) {
    let gapCount = 0;
    let previous = -1;
    let orders = 0;
    let daysBought = 0;
    let orderlessPurchases = 0;
    for (let k = clientStart[c], end = clientStart[c + 1]; k < end; ) {
      const day = rowsDay[k];
      let daySum = 0;
      let orderlessSum = 0;
      for (; k < end && rowsDay[k] === day; k++) {
        daySum += rowsAmount[k];
        if (rowsOrder === null) continue;
        const order = rowsOrder[k];
        if (order < 0) {
          orderlessSum += rowsAmount[k];
          continue;
        }
        if (orderSeenBy[order] !== c) {
          orderSeenBy[order] = c;
          orderSum[order] = 0;
          ordersOfClient[orders++] = order;
        }
        orderSum[order] += rowsAmount[k];
      }
      if (orderlessSum > 0) orderlessPurchases++;
      if (daySum <= 0) continue;
      if (previous >= 0) gaps[gapCount++] = day - previous;
      previous = day;
      daysBought++;
    }
    if (daysBought > 0) lastPurchase[c] = first + previous;
    purchaseDays[c] = daysBought;
    if (rowsOrder === null) {
      frequency[c] = daysBought;
    } else {
      let positiveOrders = orderlessPurchases;
      for (let o = 0; o < orders; o++) if (orderSum[ordersOfClient[o]] > 0) positiveOrders++;
      frequency[c] = positiveOrders;
    }
    if (gapCount > 0) medianGap[c] = median(gaps.subarray(0, gapCount).sort());
  }
  return { lastPurchase, purchaseDays, frequency, medianGap };
}

function median(sorted: Float64Array): number {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Scores 1..5 of the `ranked` clients: ranked from worst to best, tied values share the lowest
 * rank, score = 1 + floor(5 * (rank - 1) / n). Clients not ranked score 1.
 */
export function scoreClients(values: Float64Array, ranked: readonly number[], largerIsBetter: boolean, clientCount: number): Uint8Array {
  const scores = new Uint8Array(clientCount).fill(1);
  const n = ranked.length;
  const worstFirst = [...ranked].sort((x, y) => (largerIsBetter ? values[x] - values[y] : values[y] - values[x]));
  let rank = 1;
  for (let position = 0; position < n; position++) {
    const client = worstFirst[position];
    if (position > 0 && values[client] !== values[worstFirst[position - 1]]) rank = position + 1;
    scores[client] = 1 + Math.floor((5 * (rank - 1)) / n);
  }
  return scores;
}

/** The RF grid of the spec; every one of the 25 (R, F) cells has exactly one segment. */
export function segmentOf(r: number, f: number): Segment {
  if (r <= 2) return f <= 2 ? "hibernating" : f <= 4 ? "at-risk" : "cannot-lose";
  if (r === 3) return f <= 2 ? "about-to-sleep" : f === 3 ? "need-attention" : "loyal";
  if (f >= 4) return r === 4 ? "loyal" : "champions";
  if (f >= 2) return "potential-loyalist";
  return r === 4 ? "promising" : "new";
}

export function statusOf(recencyDays: number | null, purchaseDays: number, medianGap: number, lostAfterDays: number): ClientStatus {
  if (recencyDays === null || above(recencyDays, lostAfterDays)) return "lost";
  return purchaseDays >= 3 && above(recencyDays, 2 * medianGap) ? "at-risk" : "active";
}
