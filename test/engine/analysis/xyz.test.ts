import { classify } from "../../../src/engine/classify";
import { buildSales, settingsWith, type TestRow } from "./build";

const run = (rows: TestRow[], overrides: Parameters<typeof settingsWith>[0] = {}) => classify(buildSales(rows), settingsWith(overrides));

/** One row per month of 2024 for the given client, starting in January. */
const monthly = (client: string, amounts: number[]): TestRow[] =>
  amounts.map((amount, i) => ({ client, amount, date: `2024-${String(i + 1).padStart(2, "0")}-10` }));

const only = (rows: TestRow[], overrides: Parameters<typeof settingsWith>[0] = {}) => run(rows, overrides).clients[0];

describe("XYZ", () => {
  test("months without sales are zero-filled and the deviation is the population one", () => {
    const rows = monthly("a", [10, 0, 20, 10]).filter((row) => row.amount !== 0);
    const result = run(rows);
    expect(result.periods.map((p) => p.label)).toEqual(["2024-01", "2024-02", "2024-03", "2024-04"]);
    const client = result.clients[0];
    expect(client.periodSums).toEqual([10, 0, 20, 10]);
    // Population: sqrt(200 / 4) / 10; the sample deviation would give sqrt(200 / 3) / 10 = 0.816.
    expect(client.cv).toBeCloseTo(Math.sqrt(0.5), 12);
    expect(client.coverage).toBe(0.75);
    expect(client.xyz).toBe("Z");
    expect(client.abcxyz).toBe("AZ");
  });

  test("cv exactly 0.10 is X and exactly 0.25 is Y; just above is the next class", () => {
    expect(only(monthly("a", [11, 9])).cv).toBe(0.1);
    expect(only(monthly("a", [11, 9])).xyz).toBe("X");
    expect(only(monthly("a", [11.1, 8.9])).xyz).toBe("Y");
    expect(only(monthly("a", [12.5, 7.5])).xyz).toBe("Y");
    expect(only(monthly("a", [12.6, 7.4])).xyz).toBe("Z");
  });

  test("a cv within 1e-9 above a threshold counts as on it", () => {
    const client = only(monthly("a", [1.1, 0.9]));
    expect(client.cv).toBeGreaterThan(0.1);
    expect(client.xyz).toBe("X");
  });

  test("XYZ uses revenue even when ABC uses profit", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 100, profit: 5, date: "2024-01-10" },
      { client: "a", amount: 100, profit: 50, date: "2024-02-10" },
    ];
    const client = only(rows, { measure: "profit" });
    expect(client.measure).toBe(55);
    expect(client.periodSums).toEqual([100, 100]);
    expect(client.cv).toBe(0);
  });

  test("a client whose mean is <= 0 is Z with cv empty", () => {
    const rows = [...monthly("a", [10, 10]), ...monthly("returns", [-5, 0]), ...monthly("even", [5, -5])];
    const byName = new Map(run(rows).clients.map((c) => [c.client, c]));
    for (const name of ["returns", "even"]) {
      expect(byName.get(name)).toMatchObject({ cv: null, xyz: "Z" });
    }
    expect(byName.get("returns")?.abcxyz).toBe("CZ");
  });

  test("with fewer than 2 periods XYZ is not computed and a warning says so", () => {
    const result = run([
      { client: "a", amount: 80, date: "2024-03-01" },
      { client: "b", amount: 20, date: "2024-03-31" },
    ]);
    expect(result.periods).toHaveLength(1);
    expect(result.clients.map((c) => [c.cv, c.coverage, c.xyz, c.abcxyz])).toEqual([
      [null, null, null, "A"],
      [null, null, null, "B"],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(["few-periods"]);
  });

  test("quarters", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 10, date: "2024-02-10" },
      { client: "a", amount: 10, date: "2024-03-31" },
      { client: "a", amount: 20, date: "2024-07-01" },
    ];
    const result = run(rows, { period: "quarter" });
    expect(result.periods.map((p) => p.label)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3"]);
    expect(result.clients[0].periodSums).toEqual([20, 0, 20]);
  });

  test("ISO weeks across a year boundary: 2025-12-28 is in 2025-W52, 2026-01-01 in 2026-W01", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 10, date: "2025-12-28" },
      { client: "a", amount: 7, date: "2025-12-29" },
      { client: "a", amount: 3, date: "2026-01-01" },
      { client: "a", amount: 10, date: "2026-01-05" },
    ];
    const result = run(rows, { period: "week" });
    expect(result.periods.map((p) => p.label)).toEqual(["2025-W52", "2026-W01", "2026-W02"]);
    expect(result.clients[0].periodSums).toEqual([10, 10, 10]);
    expect(result.clients[0].xyz).toBe("X");
  });

  test("frequency mode: coverage 0.75 is X, 0.40 is Y, below is Z; cv is still reported", () => {
    const frequency = { xyz: "frequency" as const };
    const threeOfFour = only(monthly("a", [5, 0, 100, 7]), frequency);
    expect(threeOfFour).toMatchObject({ coverage: 0.75, xyz: "X" });
    expect(threeOfFour.cv).not.toBeNull();
    expect(only(monthly("a", [5, 0, 100, 0, 0]), frequency)).toMatchObject({ coverage: 0.4, xyz: "Y" });
    expect(only(monthly("a", [5, 0, 0, 0]), frequency)).toMatchObject({ coverage: 0.25, xyz: "Z" });
    // The same client in cv mode is Z: the amounts vary a lot.
    expect(only(monthly("a", [5, 0, 100, 7])).xyz).toBe("Z");
  });

  test("coverage thresholds are settings", () => {
    expect(only(monthly("a", [5, 0, 100, 7]), { xyz: "frequency", coverageX: 0.8 }).xyz).toBe("Y");
  });
});

describe("analysis window", () => {
  const rows: TestRow[] = [
    { client: "early", amount: 1000, date: "2023-12-31" },
    { client: "a", amount: 10, date: "2024-01-01" },
    { client: "a", amount: 10, date: "2024-02-15" },
    { client: "b", amount: 30, date: "2024-02-29" },
    { client: "late", amount: 1000, date: "2024-03-01" },
  ];

  test("rows outside from / as-of are left out, and clients with no row inside are not listed", () => {
    const result = run(rows, { from: "2024-01-01", asOf: "2024-02-29" });
    expect(result.clients.map((c) => [c.client, c.measure])).toEqual([
      ["b", 30],
      ["a", 20],
    ]);
    expect(result.total).toBe(50);
    expect(result.asOf).toBe(result.clients[0].lastPurchase);
    expect(result.periods.map((p) => p.label)).toEqual(["2024-01", "2024-02"]);
  });

  test("a set as-of after the data zero-fills the months up to it and counts recency from it", () => {
    const result = run(rows.slice(1, 4), { asOf: "2024-04-30" });
    expect(result.periods.map((p) => p.label)).toEqual(["2024-01", "2024-02", "2024-03", "2024-04"]);
    const a = result.clients.find((c) => c.client === "a");
    expect(a?.periodSums).toEqual([10, 10, 0, 0]);
    expect(a?.recencyDays).toBe(75);
  });

  test("by default the window runs from the first to the latest date", () => {
    const result = run(rows);
    expect(result.periods.map((p) => p.label)).toEqual(["2023-12", "2024-01", "2024-02", "2024-03"]);
    expect(result.clients).toHaveLength(4);
  });

  test("rows but none in the window (a from date after the last sale): an error that says where both are, never empty results", () => {
    expect(() => run(rows, { from: "2025-01-01" })).toThrow("no row falls in the analysis window (from 2025-01-01 to the last date); the data runs from 2023-12-");
    // No rows at all (everything skipped): no clients, and the warning.
    expect(classify(buildSales([]), settingsWith()).warnings.map((w) => w.code)).toEqual(["no-rows"]);
  });

  test("a from date after the as-of date, or a date that is not YYYY-MM-DD, is refused", () => {
    expect(() => run(rows, { from: "2024-03-01", asOf: "2024-02-01" })).toThrow("the from date 2024-03-01 is after the as-of date 2024-02-01");
    expect(() => run(rows, { asOf: "31.12.2024" })).toThrow('the as-of date "31.12.2024" is not a YYYY-MM-DD date');
  });

  test("a wide table's declared window sets the periods and as-of", () => {
    const wide: TestRow[] = [
      { client: "a", amount: 10, date: "2024-01-31" },
      { client: "a", amount: 10, date: "2024-03-31" },
    ];
    const result = classify(buildSales(wide, { declaredWindow: { first: "2024-01-01", last: "2024-04-30" } }), settingsWith());
    expect(result.periods.map((p) => p.label)).toEqual(["2024-01", "2024-02", "2024-03", "2024-04"]);
    expect(result.clients[0].periodSums).toEqual([10, 0, 10, 0]);
    expect(result.clients[0].recencyDays).toBe(30);
  });

  test("rows outside a wide table's declared window are left out", () => {
    const wide: TestRow[] = [
      { client: "a", amount: 10, date: "2024-01-31" },
      { client: "a", amount: 99, date: "2024-05-31" },
    ];
    const result = classify(buildSales(wide, { declaredWindow: { first: "2024-01-01", last: "2024-02-29" } }), settingsWith());
    expect(result.clients[0].measure).toBe(10);
    expect(result.clients[0].periodSums).toEqual([10, 0]);
  });

  test("a row without a date counts for the measure but not for periods or purchase days", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 10, date: "2024-01-10" },
      { client: "a", amount: 5 },
      { client: "a", amount: 10, date: "2024-02-10" },
    ];
    const client = run(rows).clients[0];
    expect(client.measure).toBe(25);
    expect(client.periodSums).toEqual([10, 10]);
    expect(client.frequency).toBe(2);
  });
});

describe("no date column", () => {
  test("ABC works; XYZ and recency are empty, nobody is called lost, and a warning says why", () => {
    const result = run([
      { client: "a", amount: 80 },
      { client: "b", amount: 20 },
      { client: "c", amount: -5 },
    ]);
    expect(result.asOf).toBeNull();
    expect(result.periods).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(["no-dates"]);
    expect(result.clients.map((c) => [c.client, c.abc, c.xyz, c.recencyDays, c.lastPurchase, c.frequency, c.r, c.f, c.m, c.status])).toEqual([
      ["a", "A", null, null, null, 0, 1, 1, 3, "active"],
      ["b", "B", null, null, null, 0, 1, 1, 1, "active"],
      ["c", "C", null, null, null, 0, 1, 1, 1, "active"],
    ]);
  });
});

describe("profit measure", () => {
  test("ranks by profit; a client with a negative profit is last and C", () => {
    const result = run(
      [
        { client: "big seller, thin margin", amount: 1000, profit: 10, date: "2024-01-01" },
        { client: "small seller", amount: 100, profit: 40, date: "2024-01-02" },
        { client: "loss maker", amount: 500, profit: -30, date: "2024-01-03" },
      ],
      { measure: "profit" },
    );
    expect(result.total).toBe(50);
    expect(result.clients.map((c) => [c.client, c.measure, c.monetary, c.share, c.abc])).toEqual([
      ["small seller", 40, 40, 0.8, "A"],
      ["big seller, thin margin", 10, 10, 0.2, "B"],
      ["loss maker", -30, -30, -0.6, "C"],
    ]);
  });

  test("the profit measure without a profit column is refused", () => {
    expect(() => run([{ client: "a", amount: 1, date: "2024-01-01" }], { measure: "profit" })).toThrow(
      "the measure is profit but the data has no profit column",
    );
  });
});
