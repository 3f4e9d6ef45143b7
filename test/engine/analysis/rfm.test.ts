import { serialFromIso } from "../../../src/engine/calendar";
import { segmentOf } from "../../../src/engine/analysis/rfm";
import { classify, winBackList } from "../../../src/engine/classify";
import type { Segment } from "../../../src/engine/types";
import { buildSales, settingsWith, type TestRow } from "./build";

const run = (rows: TestRow[], overrides: Parameters<typeof settingsWith>[0] = {}) => classify(buildSales(rows), settingsWith(overrides));
const byName = (rows: TestRow[], overrides: Parameters<typeof settingsWith>[0] = {}) =>
  new Map(run(rows, overrides).clients.map((client) => [client.client, client]));

/** ISO date `days` after 2024-01-01. */
const day = (days: number) => {
  const date = new Date(Date.UTC(2024, 0, 1 + days));
  return date.toISOString().slice(0, 10);
};
/** One sale of `amount` on each of the given day offsets. */
const purchases = (client: string, days: number[], amount = 10): TestRow[] => days.map((d) => ({ client, amount, date: day(d) }));

describe("purchase days, recency and frequency", () => {
  test("a day whose rows sum to 0 or less is not a purchase day; as-of is the latest date in the data", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 100, date: "2024-01-01" },
      { client: "a", amount: 50, date: "2024-01-05" },
      { client: "a", amount: -50, date: "2024-01-05" },
      { client: "a", amount: 20, date: "2024-01-10" },
      { client: "a", amount: -20, date: "2024-01-20" },
      { client: "b", amount: 5, date: "2024-01-31" },
    ];
    const result = run(rows);
    expect(result.asOf).toBe(serialFromIso("2024-01-31"));
    const a = result.clients.find((c) => c.client === "a");
    expect(a).toMatchObject({ lastPurchase: serialFromIso("2024-01-10"), recencyDays: 21, frequency: 2, monetary: 100 });
  });

  test("with an order column frequency counts distinct orders that sum to more than 0", () => {
    const rows: TestRow[] = [
      { client: "a", amount: 60, date: "2024-01-01", order: "O1" },
      { client: "a", amount: 40, date: "2024-01-02", order: "O1" },
      { client: "a", amount: 50, date: "2024-01-03", order: "O2" },
      { client: "a", amount: -50, date: "2024-01-04", order: "O2" },
      { client: "a", amount: 10, date: "2024-01-04", order: "O3" },
      { client: "a", amount: 25, date: "2024-01-04", order: "O4" },
      // A row without an order id counts as one order of its day.
      { client: "a", amount: 5, date: "2024-01-09" },
    ];
    const a = run(rows).clients[0];
    expect(a.frequency).toBe(4);
    expect(a.lastPurchase).toBe(serialFromIso("2024-01-09"));
  });
});

describe("RFM scores", () => {
  test("tied values share the lowest rank; score = 1 + floor(5 (rank - 1) / n); clients with no purchase day are left out", () => {
    const rows: TestRow[] = [
      ...purchases("f1 recent", [40]),
      ...purchases("f1 old", [10]),
      ...purchases("f2", [10, 40]),
      ...purchases("f3", [30, 35, 50]),
      ...purchases("f5", [10, 20, 30, 40, 50]),
      { client: "returns only", amount: -40, date: day(50) },
    ];
    const clients = byName(rows);
    const scores = (name: string) => {
      const client = clients.get(name);
      return [client?.recencyDays, client?.r, client?.frequency, client?.f, client?.monetary, client?.m];
    };
    // n = 5. Recency 10, 40, 10, 0, 0 -> ranks worst first 2, 1, 2, 4, 4. Frequency 1, 1, 2, 3, 5 -> ranks 1, 1, 3, 4, 5.
    expect(scores("f1 recent")).toEqual([10, 2, 1, 1, 10, 1]);
    expect(scores("f1 old")).toEqual([40, 1, 1, 1, 10, 1]);
    expect(scores("f2")).toEqual([10, 2, 2, 3, 20, 3]);
    expect(scores("f3")).toEqual([0, 4, 3, 4, 30, 4]);
    expect(scores("f5")).toEqual([0, 4, 5, 5, 50, 5]);
    expect(clients.get("returns only")).toMatchObject({
      recencyDays: null,
      lastPurchase: null,
      frequency: 0,
      r: 1,
      f: 1,
      m: 1,
      segment: "hibernating",
      status: "lost",
    });
  });

  test("the scores place clients in the RF grid's segments", () => {
    // R scores 1..5 by recency; F values 5, 1, 3, 4, 1 give F scores 5, 1, 3, 4, 1 (n = 5).
    const rows: TestRow[] = [
      ...purchases("r1 f5", [1, 2, 3, 4, 10]),
      ...purchases("r2 f1", [20]),
      ...purchases("r3 f3", [10, 20, 30]),
      ...purchases("r4 f4", [10, 20, 30, 40]),
      ...purchases("r5 f1", [50]),
    ];
    const clients = byName(rows);
    const cells = [...clients.values()].map((c) => [c.client, c.r, c.f, c.segment]);
    expect(cells).toEqual(
      expect.arrayContaining([
        ["r1 f5", 1, 5, "cannot-lose"],
        ["r2 f1", 2, 1, "hibernating"],
        ["r3 f3", 3, 3, "need-attention"],
        ["r4 f4", 4, 4, "loyal"],
        ["r5 f1", 5, 1, "new"],
      ]),
    );
  });

  test("every one of the 25 RF cells has exactly the segment the spec lists", () => {
    // The spec's list, as written: R range, F range, segment.
    const grid: [number, number, number, number, Segment][] = [
      [1, 2, 1, 2, "hibernating"],
      [1, 2, 3, 4, "at-risk"],
      [1, 2, 5, 5, "cannot-lose"],
      [3, 3, 1, 2, "about-to-sleep"],
      [3, 3, 3, 3, "need-attention"],
      [3, 4, 4, 5, "loyal"],
      [4, 4, 1, 1, "promising"],
      [5, 5, 1, 1, "new"],
      [4, 5, 2, 3, "potential-loyalist"],
      [5, 5, 4, 5, "champions"],
    ];
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        const listed = grid.filter(([r1, r2, f1, f2]) => r >= r1 && r <= r2 && f >= f1 && f <= f2).map((cell) => cell[4]);
        expect([r, f, listed]).toEqual([r, f, [segmentOf(r, f)]]);
      }
    }
  });
});

describe("status", () => {
  test("lost after more than 180 days; exactly 180 is not lost; the limit is a setting", () => {
    const rows: TestRow[] = [...purchases("181 days", [0]), ...purchases("180 days", [1]), ...purchases("today", [181])];
    const clients = byName(rows);
    expect(clients.get("181 days")?.status).toBe("lost");
    expect(clients.get("180 days")?.status).toBe("active");
    expect(byName(rows, { lostAfterDays: 90 }).get("180 days")?.status).toBe("lost");
  });

  test("at-risk when silent for more than twice the median gap, with at least 3 purchase days", () => {
    const asOf = (days: number) => ({ asOf: day(days) });
    const steady = purchases("steady", [0, 10, 20]); // gaps 10, 10: median 10
    expect(byName(steady, asOf(40)).get("steady")?.status).toBe("active");
    expect(byName(steady, asOf(41)).get("steady")?.status).toBe("at-risk");
    const uneven = purchases("uneven", [0, 10, 40]); // gaps 10, 30: median 20
    expect(byName(uneven, asOf(80)).get("uneven")?.status).toBe("active");
    expect(byName(uneven, asOf(81)).get("uneven")?.status).toBe("at-risk");
    const twoDays = purchases("two days", [0, 10]);
    expect(byName(twoDays, asOf(100)).get("two days")?.status).toBe("active");
    // The median of gaps 1, 2, 30 is 2: one long gap does not hide a silence.
    const median = purchases("median", [0, 1, 3, 33]);
    expect(byName(median, asOf(38)).get("median")?.status).toBe("at-risk");
  });
});

describe("win-back list", () => {
  test("lost or at-risk clients that are A or B, largest first", () => {
    const rows: TestRow[] = [
      ...purchases("lost A", [0], 500),
      ...purchases("active A", [200], 300),
      ...purchases("at-risk B", [100, 110, 120], 40),
      ...purchases("lost C", [0], 10),
    ];
    const result = run(rows);
    expect(result.clients.map((c) => [c.client, c.abc, c.status])).toEqual([
      ["lost A", "A", "lost"],
      ["active A", "A", "active"],
      ["at-risk B", "B", "at-risk"],
      ["lost C", "C", "lost"],
    ]);
    expect(winBackList(result).map((c) => c.client)).toEqual(["lost A", "at-risk B"]);
  });
});

describe("purchase history, either way of summing the days", () => {
  /**
   * Every client's purchase days worked out by hand from its rows: the days whose rows add up to
   * more than 0, in row order as the engine adds them.
   */
  function expected(rows: TestRow[]): Map<string, { lastPurchase: number; frequency: number }> {
    const days = new Map<string, Map<number, number>>();
    for (const row of rows) {
      const sums = days.get(row.client) ?? new Map<number, number>();
      days.set(row.client, sums);
      const serial = serialFromIso(row.date as string);
      sums.set(serial, (sums.get(serial) ?? 0) + row.amount);
    }
    return new Map(
      [...days].map(([client, sums]) => {
        const bought = [...sums].filter(([, sum]) => sum > 0).map(([serial]) => serial);
        return [client, { lastPurchase: bought.length ? Math.max(...bought) : NaN, frequency: bought.length }];
      }),
    );
  }

  /** `count` rows of `clients` clients spread over `days` days, returns among them (pseudo-random, seeded). */
  function sales(count: number, clients: number, days: number): TestRow[] {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const rows: TestRow[] = [];
    for (let i = 0; i < count; i++) {
      const amount = Math.round((next() - 0.2) * 10000) / 100;
      rows.push({ client: `c${Math.floor(next() * clients)}`, amount, date: day(Math.floor(next() * days)) });
    }
    return rows;
  }

  test("a window opening before 1899-12-30 (a negative first day) leaves undated rows out of the purchase days", () => {
    const rows: TestRow[] = [
      { client: "Acme", amount: 5, date: "1900-01-10" },
      { client: "Acme", amount: 5, date: "1900-01-20" },
      { client: "Acme", amount: 5 },
    ];
    const acme = run(rows, { from: "1899-12-01", asOf: "1900-02-01" }).clients[0];
    expect([acme.frequency, acme.lastPurchase]).toEqual([2, serialFromIso("1900-01-20")]);
  });

  test.each([
    // A bit per client and day is no more than two words a row: the days are found in bit sets.
    ["days in bit sets", 3000, 20, 60],
    ["days in bit sets, most days with a return", 3000, 5, 40],
    // Far fewer rows than clients × days: the rows are grouped by client.
    ["rows grouped by client, few rows", 200, 100, 4000],
    ["rows grouped by client, many days", 1800, 300, 36500],
  ])("%s: each client's last purchase and purchase days are those of its day sums", (_, count, clients, days) => {
    const rows = sales(count, clients, days);
    const want = expected(rows);
    for (const client of run(rows).clients) {
      const mine = want.get(client.client);
      expect([client.client, client.lastPurchase ?? NaN, client.frequency]).toEqual([client.client, mine?.lastPurchase, mine?.frequency]);
    }
  });
});
