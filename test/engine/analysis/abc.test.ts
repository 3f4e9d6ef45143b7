import { classify } from "../../../src/engine/classify";
import { amountsOf, buildSales, settingsWith, type TestRow } from "./build";

const run = (rows: TestRow[], overrides: Parameters<typeof settingsWith>[0] = {}) => classify(buildSales(rows), settingsWith(overrides));
const abcOf = (amounts: number[], rule: "crossing" | "classic" = "crossing") =>
  run(amountsOf(amounts), { abcRule: rule })
    .clients.map((client) => client.abc)
    .join("");

describe("ABC", () => {
  test("80 / 15 / 5 is A, B, C under the default rule: a client exactly on 80% or 95% before it crosses", () => {
    expect(abcOf([80, 15, 5])).toBe("ABC");
  });

  test("80 / 15 / 5 under the classic rule: cumulative exactly 80% and 95% stay in A and B", () => {
    expect(abcOf([80, 15, 5], "classic")).toBe("ABC");
    expect(abcOf([79, 16, 5], "classic")).toBe("ABC");
    expect(abcOf([81, 14, 5], "classic")).toBe("BBC");
  });

  test("cumulative 27/51/69/85/91/96/100%: crossing AAAABBC, classic AAABBCC", () => {
    const amounts = [27, 24, 18, 16, 6, 5, 4];
    expect(abcOf(amounts)).toBe("AAAABBC");
    expect(abcOf(amounts, "classic")).toBe("AAABBCC");
    const clients = run(amountsOf(amounts)).clients;
    expect(clients.map((client) => client.cumulativeShare)).toEqual([0.27, 0.51, 0.69, 0.85, 0.91, 0.96, 1]);
    expect(clients.map((client) => client.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test("the top client is A even when it alone is above 80%", () => {
    expect(abcOf([90, 6, 4])).toBe("ABC");
    expect(abcOf([100])).toBe("A");
  });

  test("thresholds are settings", () => {
    expect(run(amountsOf([27, 24, 18, 16, 6, 5, 4]), { a: 0.5, b: 0.9 }).clients.map((c) => c.abc).join("")).toBe("AABBBCC");
  });

  test("a cumulative share within 1e-9 of the threshold counts as on it (float sums of decimals)", () => {
    // 0.6 / 0.75 is 0.7999999999999999 in floating point: exactly 80% before the third client.
    expect(0.6 / 0.75).toBeLessThan(0.8);
    expect(abcOf([0.3, 0.3, 0.15])).toBe("AAB");
    // 2.4 / 3 is 0.8000000000000002: the second client ends exactly on 80%, inside A (classic).
    expect((1.3 + 1.1) / 3).toBeGreaterThan(0.8);
    expect(abcOf([1.3, 1.1, 0.3, 0.3], "classic")).toBe("AABC");
  });

  test("equal measures are ordered by client key in code-point order", () => {
    const rows: TestRow[] = [
      { client: "beta", amount: 10, date: "2024-01-01" },
      { client: "Alpha", amount: 10, date: "2024-01-01" },
      { client: "zeta", amount: 10, date: "2024-01-01" },
      { client: "étoile", amount: 10, date: "2024-01-01" },
      // U+FB01 sorts before U+1F600 by code point, although its UTF-16 unit is larger.
      { client: "\u{1F600}", amount: 10, date: "2024-01-01" },
      { client: "\uFB01", amount: 10, date: "2024-01-01" },
    ];
    expect(run(rows).clients.map((client) => client.client)).toEqual(["Alpha", "beta", "zeta", "étoile", "\uFB01", "\u{1F600}"]);
  });

  test("clients with only returns or a zero sum come last, are C, and do not move the cumulative share", () => {
    const rows: TestRow[] = [
      { client: "returns only", amount: -30, date: "2024-01-01" },
      { client: "big", amount: 70, date: "2024-01-01" },
      { client: "zero", amount: 20, date: "2024-01-01" },
      { client: "zero", amount: -20, date: "2024-01-02" },
      { client: "small", amount: 30, date: "2024-01-01" },
    ];
    const result = run(rows);
    expect(result.total).toBe(100);
    expect(result.clients.map((c) => [c.client, c.abc, c.share, c.cumulativeShare])).toEqual([
      ["big", "A", 0.7, 0.7],
      ["small", "A", 0.3, 1],
      ["zero", "C", 0, 1],
      ["returns only", "C", -0.3, 1],
    ]);
  });

  test("T = 0: every client is C with share 0, and a warning says why", () => {
    const result = run([
      { client: "a", amount: -5, date: "2024-01-01" },
      { client: "b", amount: 0, date: "2024-01-01" },
    ]);
    expect(result.total).toBe(0);
    expect(result.clients.map((c) => [c.abc, c.share, c.cumulativeShare, c.dependency])).toEqual([
      ["C", 0, 0, "none"],
      ["C", 0, 0, "none"],
    ]);
    expect(result.warnings.map((w) => w.code)).toContain("no-positive-measure");
  });
});

describe("dependency", () => {
  test("mono above 50%, critical above 20%, key from 10%; exactly 50% is critical and exactly 20% is key", () => {
    const dependencies = (amounts: number[]) => run(amountsOf(amounts)).clients.map((c) => c.dependency);
    expect(dependencies([50, 20, 10, 9, 6, 5])).toEqual(["critical", "key", "key", "none", "none", "none"]);
    expect(dependencies([51, 21, 10, 9, 9])).toEqual(["mono", "critical", "key", "none", "none"]);
  });

  test("a share within 1e-9 below 10% is key (0.15 / 1.5 is 0.09999999999999999)", () => {
    const clients = run(amountsOf([0.7, 0.65, 0.15])).clients;
    expect(clients[2].share).toBeLessThan(0.1);
    expect(clients[2].dependency).toBe("key");
    expect(clients[2].keyType).toBe("breadwinner");
  });

  test("dependency thresholds are settings", () => {
    const clients = run(amountsOf([40, 35, 25]), { monoShare: 0.35, criticalShare: 0.3, keyShare: 0.3 }).clients;
    expect(clients.map((c) => c.dependency)).toEqual(["mono", "critical", "none"]);
  });
});

describe("concentration", () => {
  test("top client, top 5, clients needed for 80% and Herfindahl over positive shares", () => {
    const result = run(amountsOf([27, 24, 18, 16, 6, 5, 4, -10]));
    expect(result.concentration.topClientShare).toBe(0.27);
    expect(result.concentration.top5Share).toBeCloseTo(0.91, 12);
    expect(result.concentration.clientsFor80).toBe(4);
    const squares = [27, 24, 18, 16, 6, 5, 4].reduce((sum, amount) => sum + (amount / 100) ** 2, 0);
    expect(result.concentration.herfindahl).toBeCloseTo(squares, 12);
  });

  test("reaching exactly 80% counts, also when the float sum lands just below it", () => {
    expect(run(amountsOf([40, 30, 10, 10, 10])).concentration.clientsFor80).toBe(3);
    expect(run(amountsOf([0.3, 0.3, 0.15])).concentration.clientsFor80).toBe(2);
  });
});
