/**
 * Sanity checks on the columns the reader took: a header can match and the column still be the
 * wrong one ("Year" as the amount, an invoice date as the client). Each doubt says what it saw;
 * the run stops unless the person confirmed the columns (ReadSettings.trustColumns).
 */
import { isoFromSerial, serialFromYmd } from "../calendar";
import type { ColumnDoubt, ColumnRole, SalesData } from "../types";

/** Dates people's sales carry: 1990-01-01 up to 2100-01-01. */
const EARLIEST = serialFromYmd(1990, 1, 1);
const LATEST = serialFromYmd(2100, 1, 1);
/** Too few rows say nothing about a column. */
const MIN_ROWS = 20;

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A text that is a date (2024-01-05, 05.01.2024, 1/5/24) or a number with a fraction (12.50): not a client's name. */
const DATE_TEXT = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})$/;
const DECIMAL_TEXT = /^[+-]?\d+[.,]\d+$/;

/**
 * The doubts about the columns of `data`; none when they look as they should.
 * @example columnDoubts(read.data, read.detected.headers) // [{ role: "amount", header: "Year", saw: "..." }]
 */
export function columnDoubts(data: SalesData, headers: Partial<Record<ColumnRole, string>>): ColumnDoubt[] {
  const doubts: ColumnDoubt[] = [];
  const rows = data.rowCount;
  if (rows < MIN_ROWS) return doubts;
  let years = 0;
  let serials = 0;
  for (let i = 0; i < rows; i++) {
    const amount = data.amount[i];
    if (Number.isInteger(amount)) {
      if (amount >= 1990 && amount <= 2100) years++;
      else if (amount >= EARLIEST && amount <= LATEST) serials++;
    }
    // Once over a tenth of the rows are not years and a twentieth not day numbers, neither doubt can hold.
    const seen = i + 1;
    if (seen - years > rows * 0.1 && seen - serials > rows * 0.05) break;
  }
  const amountHeader = headers.amount ?? "amount";
  const example = (test: (amount: number) => boolean) => String(Array.from(data.amount.subarray(0, rows)).find(test) ?? "");
  if (years / rows >= 0.9) {
    const share = years / rows;
    doubts.push({ role: "amount", header: amountHeader, kind: "years", share, example: example((a) => Number.isInteger(a) && a >= 1990 && a <= 2100), saw: `${percent(share)} of its values are whole numbers between 1990 and 2100, like years` });
  } else if (serials / rows >= 0.95) {
    const share = serials / rows;
    doubts.push({ role: "amount", header: amountHeader, kind: "day-numbers", share, example: example((a) => Number.isInteger(a) && a >= EARLIEST && a <= LATEST), saw: `${percent(share)} of its values are whole numbers between ${EARLIEST} and ${LATEST}, like dates stored as Excel day numbers` });
  }

  const clients = data.clients.length;
  if (clients >= MIN_ROWS) {
    const odd = data.clients.filter((client) => DATE_TEXT.test(client.name.trim()) || DECIMAL_TEXT.test(client.name.trim())).length;
    if (odd / clients >= 0.8) {
      const example = data.clients.find((client) => DATE_TEXT.test(client.name.trim()) || DECIMAL_TEXT.test(client.name.trim()))?.name ?? "";
      doubts.push({ role: "client", header: headers.client ?? "client", kind: "not-names", share: odd / clients, example, saw: `${percent(odd / clients)} of its values are dates or decimal numbers (such as '${example}'), not names or ids` });
    }
  }

  if (data.date) {
    let dated = 0;
    let outside = 0;
    let example = NaN;
    for (let i = 0; i < rows; i++) {
      const date = data.date[i];
      if (Number.isNaN(date)) continue;
      dated++;
      if (date < EARLIEST || date >= LATEST) {
        outside++;
        if (Number.isNaN(example)) example = date;
      }
    }
    if (dated > 0 && outside / dated >= 0.05) {
      const shown = example >= 1 ? isoFromSerial(Math.floor(example)) : String(example);
      doubts.push({ role: "date", header: headers.date ?? "date", kind: "outside", share: outside / dated, example: shown, saw: `${percent(outside / dated)} of its dates fall outside 1990-2100 (such as ${shown})` });
    }
  }
  return doubts;
}

/** The doubts in one sentence, for the error's message. */
export function doubtsMessage(doubts: readonly ColumnDoubt[]): string {
  return doubts.map((doubt) => `the ${doubt.role} column '${doubt.header}' looks wrong: ${doubt.saw}`).join("; ");
}
