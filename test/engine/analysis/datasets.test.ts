/**
 * The engine on the two public data sets, checked against a plain reference computation (maps
 * and sorting, no typed arrays) of the same spec rules. The CSV parsing here is a minimal one for
 * these two files; the product's reader is tested elsewhere.
 */
import fs from "node:fs";
import path from "node:path";
import { expandTwoDigitYear, serialFromIso, serialFromYmd } from "../../../src/engine/calendar";
import { classify } from "../../../src/engine/classify";
import type { ClassifyResult } from "../../../src/engine/types";
import { buildSales, clientKey, settingsWith, type TestRow } from "./build";

const datasets = path.resolve(__dirname, "../../../../shared/datasets");
const present = fs.existsSync(path.join(datasets, "online-retail-invoices.csv")) && fs.existsSync(path.join(datasets, "superstore.csv"));
if (!present) console.warn(`data set tests skipped: ${datasets} is missing`);
const maybe = present ? describe : describe.skip;

/** Fields of one CSV line with double-quote quoting. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') field += line[i++];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      fields.push(field);
      field = "";
    } else field += char;
  }
  fields.push(field);
  return fields;
}

function readCsv(name: string): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(path.join(datasets, name), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter(Boolean);
  const names = csvFields(header);
  return lines.map((line) => Object.fromEntries(csvFields(line).map((value, i) => [names[i], value])));
}

interface Reference {
  measure: number;
  revenueByMonth: Map<string, number>;
  orderSums: Map<string, number>;
  lastPurchase: number;
}

/** Per client key: the spec's sums, done the obvious way. */
function reference(rows: TestRow[], measureOf: (row: TestRow) => number): Map<string, Reference> {
  const byKey = new Map<string, Reference>();
  const daySums = new Map<string, number>();
  for (const row of rows) {
    const key = clientKey(row.client);
    const entry = byKey.get(key) ?? { measure: 0, revenueByMonth: new Map(), orderSums: new Map(), lastPurchase: -Infinity };
    byKey.set(key, entry);
    entry.measure += measureOf(row);
    const month = (row.date ?? "").slice(0, 7);
    entry.revenueByMonth.set(month, (entry.revenueByMonth.get(month) ?? 0) + row.amount);
    entry.orderSums.set(row.order ?? "", (entry.orderSums.get(row.order ?? "") ?? 0) + row.amount);
    daySums.set(`${key}|${row.date}`, (daySums.get(`${key}|${row.date}`) ?? 0) + row.amount);
  }
  for (const [keyAndDay, sum] of daySums) {
    const [key, day] = keyAndDay.split("|");
    const entry = byKey.get(key);
    if (entry && sum > 0) entry.lastPurchase = Math.max(entry.lastPurchase, serialFromIso(day));
  }
  return byKey;
}

function populationCv(values: number[]): number | null {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  if (mean <= 0) return null;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length) / mean;
}

function expectMatchesReference(result: ClassifyResult, byKey: Map<string, Reference>, months: string[]) {
  expect(result.clients).toHaveLength(byKey.size);
  const measures = [...byKey.values()].map((entry) => entry.measure).sort((x, y) => y - x);
  const total = measures.filter((m) => m > 0).reduce((sum, m) => sum + m, 0);
  expect(result.total).toBeCloseTo(total, 6);
  let running = 0;
  const smallestA = measures.findIndex((m) => (running += m) >= 0.8 * total) + 1;
  expect(result.clients.filter((c) => c.abc === "A")).toHaveLength(smallestA);
  expect(result.clients.map((c) => c.measure)).toEqual(measures.map((m) => expect.closeTo(m, 6)));
  const expected = result.clients.map((client) => {
    const entry = byKey.get(client.key);
    if (!entry) throw new Error(`client ${client.key} is not in the data`);
    const cv = populationCv(months.map((month) => entry.revenueByMonth.get(month) ?? 0));
    return {
      key: client.key,
      frequency: [...entry.orderSums.values()].filter((sum) => sum > 0).length,
      lastPurchase: entry.lastPurchase === -Infinity ? null : entry.lastPurchase,
      cv: cv === null ? null : expect.closeTo(cv, 9),
    };
  });
  expect(result.clients.map(({ key, frequency, lastPurchase, cv }) => ({ key, frequency, lastPurchase, cv }))).toEqual(expected);
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let [year, month] = first.split("-").map(Number); `${year}-${String(month).padStart(2, "0")}` <= last; month === 12 ? (year++, (month = 1)) : month++) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
  }
  return months;
}

maybe("public data sets", () => {
  test("online retail invoices: ABC, frequency by invoice, last purchase and monthly cv match the reference", () => {
    const rows: TestRow[] = readCsv("online-retail-invoices.csv").map((r) => ({
      client: r.CustomerID,
      amount: Number(r.TotalPrice),
      date: r.InvoiceDate,
      order: r.InvoiceNo,
    }));
    const result = classify(buildSales(rows), settingsWith());
    expect(result.asOf).toBe(serialFromIso("2011-12-09"));
    const months = monthsBetween("2010-12", "2011-12");
    expect(result.periods.map((p) => p.label)).toEqual(months);
    expectMatchesReference(result, reference(rows, (row) => row.amount), months);
    // Retail buyers of a year: every one is Z by month, and the result says what else would show.
    expect(result.warnings.map((warning) => warning.code)).toEqual(["mostly-z"]);
    expect(result.xyzAlternatives.find((alternative) => alternative.setting === "frequency")?.counts.X).toBeGreaterThan(0);
  });

  test("superstore by profit: negative profits last and C, day-first dates, orders as frequency", () => {
    const rows: TestRow[] = readCsv("superstore.csv").map((r) => {
      const [day, month, year] = r["Order Date"].split("/").map(Number);
      const serial = serialFromYmd(expandTwoDigitYear(year), month, day);
      return {
        client: r["Customer Name"],
        amount: Number(r.Sales),
        profit: Number(r.Profit),
        date: new Date(Date.UTC(1970, 0, 1 + serial - 25569)).toISOString().slice(0, 10),
        order: r["Order ID"],
      };
    });
    const result = classify(buildSales(rows), settingsWith({ measure: "profit" }));
    const first = rows.reduce((min, row) => ((row.date ?? "") < min ? (row.date ?? "") : min), "9999");
    const last = rows.reduce((max, row) => ((row.date ?? "") > max ? (row.date ?? "") : max), "0000");
    const months = monthsBetween(first.slice(0, 7), last.slice(0, 7));
    expectMatchesReference(result, reference(rows, (row) => row.profit ?? 0), months);
    const losing = result.clients.filter((c) => c.measure <= 0);
    expect(losing.length).toBeGreaterThan(0);
    expect(losing.every((c) => c.abc === "C" && c.rank > result.clients.length - losing.length)).toBe(true);
  });
});
