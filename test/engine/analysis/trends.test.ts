/** Trends from the sales history: each quarter end analysed on its trailing twelve months. */
import { classify } from "../../../src/engine/classify";
import { serialFromYmd } from "../../../src/engine/calendar";
import { readSales } from "../../../src/engine/read/reader";
import { trends } from "../../../src/engine/trends";
import { classPaths, trendsPlan } from "../../../src/excel/layout/trends";
import { layoutInput } from "../../excel/layout-input";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type CellValue } from "../../../src/engine/types";

/** Two years of monthly sales: Steady buys the same every month; Riser grows from the least to the most; Leaver stops after 2023-06. */
function history(): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let m = 0; m < 24; m++) {
    const year = 2023 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    rows.push(["Steady", serialFromYmd(year, month, 10), 1000]);
    rows.push(["Riser", serialFromYmd(year, month, 12), 10 + m * m * 12]);
    for (let s = 0; s < 12; s++) rows.push([`Small ${s}`, serialFromYmd(year, month, 14), 300]);
    if (m < 6) rows.push(["Leaver", serialFromYmd(year, month, 15), 800]);
    if (m >= 15) rows.push(["Newcomer", serialFromYmd(year, month, 16), 30]);
  }
  return rows;
}

describe("trends", () => {
  const read = readSales(["Client", "Date", "Amount"], history(), DEFAULT_READ_SETTINGS);
  const settings = { ...DEFAULT_ANALYSIS_SETTINGS, lostAfterDays: 120 };
  const result = classify(read.data, settings);
  const { points, migration } = trends(read.data, settings, result);

  test("one point per quarter end, the last at the as-of date, on trailing twelve-month windows", () => {
    expect(points.map((point) => point.label)).toEqual(["2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    const last = points[points.length - 1];
    expect(last.end).toBe(result.asOf);
    expect(last.start).toBe(serialFromYmd(2023, 12, 17));
  });

  test("a client rising from C to A; the leaver lost in a known quarter and counted once as newly lost", () => {
    const classOf = (client: string) => points.map((point) => point.classes.get(client) ?? "-").join("");
    expect(classOf("riser")).toMatch(/^[BC].*A$/);
    const lostAt = points.findIndex((point) => point.lost > 0);
    expect(points[lostAt].label).toBe("2023-Q4");
    expect(points.reduce((sum, point) => sum + point.newlyLost, 0)).toBe(1);
    expect(points.find((point) => point.label === "2024-Q2")?.won).toBe(1);
  });

  test("the migration table counts every client of the second-last point once", () => {
    const counted = Object.values(migration ?? {}).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(counted).toBe(points[points.length - 2].clients);
  });

  test("KAM Clients' class path: the last four quarters' classes, oldest first; a dash where the client bought nothing", () => {
    const paths = classPaths({ points, migration });
    const last4 = points.slice(-4);
    expect(paths.get("riser")).toBe(last4.map((point) => point.classes.get("riser")).join(" → "));
    expect(paths.get("riser")?.endsWith("A")).toBe(true);
    expect(paths.get("newcomer")).toMatch(/^– → /); // its first purchases are in 2024-Q2
    expect(paths.get("leaver")).toMatch(/ → – → –$/); // no purchase in the last windows
    expect(classPaths({ points: points.slice(-1), migration: null }).size).toBe(0);
  });

  test("the last point is the run's own result", () => {
    const last = points[points.length - 1];
    const own = classify(read.data, { ...settings, from: "2023-12-17", asOf: "2024-12-16" });
    expect(last.keyClients).toBe(own.clients.filter((client) => client.dependency !== "none").length);
  });
});

describe("trends by manager and by holding", () => {
  // The same history with a manager and a holding for each client: Ann has Riser, Bob the rest; Riser and Steady are one holding.
  const rows = history().map((row) => [...row, row[0] === "Riser" ? "Ann" : "Bob", row[0] === "Riser" || row[0] === "Steady" ? "Rising Group" : null]);
  const read = readSales(["Client", "Date", "Amount", "Manager", "Group"], rows, DEFAULT_READ_SETTINGS);
  const settings = { ...DEFAULT_ANALYSIS_SETTINGS, lostAfterDays: 120 };
  const result = classify(read.data, settings);
  const { points, migration } = trends(read.data, settings, result);

  test("each point carries each manager's key clients' share and each holding's share, as that window's own run gives them", () => {
    const last = points[points.length - 1];
    const own = classify(read.data, { ...settings, from: "2023-12-17", asOf: "2024-12-16" });
    expect(last.managers.get("Ann")).toBeCloseTo(own.managers.find((manager) => manager.manager === "Ann")?.keyShare ?? NaN, 12);
    expect(last.groups.get("Rising Group")).toBeCloseTo(own.groups.find((group) => group.group === "Rising Group")?.share ?? NaN, 12);
    // Riser grows, so Ann's key share rises over the quarters.
    expect(last.managers.get("Ann") ?? 0).toBeGreaterThan(points[0].managers.get("Ann") ?? 0);
  });

  test("lost and won clients by manager: the leaver (Bob's) lost in 2023-Q4, the newcomer (Bob's) won in 2024-Q2, nothing of Ann's", () => {
    const moves = (label: string, manager: string) => points.find((point) => point.label === label)?.movesByManager.get(manager);
    expect(moves("2023-Q4", "Bob")).toEqual({ lost: 1, won: 0 });
    expect(moves("2024-Q2", "Bob")).toEqual({ lost: 0, won: 1 });
    expect(points.every((point) => point.movesByManager.get("Ann") === undefined)).toBe(true);
    expect(points.reduce((sum, point) => sum + [...point.movesByManager.values()].reduce((a, m) => a + m.lost, 0), 0)).toBe(points.reduce((sum, point) => sum + point.newlyLost, 0));
    const plan = trendsPlan({ ...layoutInput(), result, settings }, { points, migration });
    const block = plan.blocks.find((b) => b.values[0]?.[0] === "Clients lost / won by manager, per quarter");
    const bob = block?.values.find((row) => row[0] === "Bob");
    expect(bob?.[1 + points.findIndex((point) => point.label === "2023-Q4")]).toBe("1 / 0");
  });

  test("KAM Trends shows them under the chart: a row per manager and per holding, a column per quarter", () => {
    const plan = trendsPlan({ ...layoutInput(), result, settings }, { points, migration });
    const block = (title: string) => plan.blocks.find((b) => b.values[0]?.[0] === title);
    const managers = block("Key clients' share by manager (their key clients' share of each quarter's total)");
    expect(managers?.values[1]).toEqual([null, ...points.map((point) => point.label)]);
    expect(managers?.values.slice(2).map((row) => row[0]).sort()).toEqual(["Ann", "Bob"]);
    const ann = managers?.values.find((row) => row[0] === "Ann");
    expect(ann?.slice(1)).toEqual(points.map((point) => point.managers.get("Ann") ?? null));
    const holdings = block("Holdings' share of each quarter's total (the ten largest now)");
    expect(holdings?.values[2]?.[0]).toBe("Rising Group");
    // Under the chart, not over it.
    const chart = plan.charts[0];
    expect(managers?.row).toBeGreaterThanOrEqual(chart.at.row + chart.at.rowCount);
  });
});

test("a holding splitting: when one company's rows name another group, the holding's share drops from that quarter on", () => {
  const rows: CellValue[][] = [];
  for (let m = 0; m < 24; m++) {
    const year = 2023 + Math.floor(m / 12);
    const month = (m % 12) + 1;
    rows.push(["North", serialFromYmd(year, month, 10), 1000, "Big Group"]);
    // South leaves the holding at the start of 2024.
    rows.push(["South", serialFromYmd(year, month, 11), 800, year === 2023 ? "Big Group" : "South Independent"]);
    for (let s = 0; s < 10; s++) rows.push([`Small ${s}`, serialFromYmd(year, month, 12), 200, null]);
  }
  const read = readSales(["Client", "Date", "Amount", "Group"], rows, DEFAULT_READ_SETTINGS);
  const result = classify(read.data, DEFAULT_ANALYSIS_SETTINGS);
  const { points } = trends(read.data, DEFAULT_ANALYSIS_SETTINGS, result);
  const share = (label: string, group: string) => points.find((point) => point.label === label)?.groups.get(group);
  // In 2023 the holding is both companies; once South's latest rows name its new group, only North.
  expect(share("2023-Q4", "Big Group")).toBeCloseTo(1800 / 3800, 9);
  expect(share("2024-Q4", "Big Group")).toBeCloseTo(1000 / 3800, 9);
  expect(share("2024-Q4", "South Independent")).toBeCloseTo(800 / 3800, 9);
  expect(share("2023-Q4", "South Independent")).toBeUndefined();
});
