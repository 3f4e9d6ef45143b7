import { classify } from "../../../src/engine/classify";
import { jsonReportTexts, toJsonReport } from "../../../src/engine/report";
import { buildSales, settingsWith, type TestRow } from "./build";

const rows: TestRow[] = [
  { client: "Acme", amount: 600, date: "2024-11-05", manager: "Ann", group: "Holding X" },
  { client: "Acme", amount: 400, date: "2024-12-20", manager: "Ann", group: "Holding X" },
  { client: "Bolt", amount: 300, date: "2024-12-31", manager: "Bob" },
  { client: "Cog", amount: -10, date: "2024-12-01" },
];

describe("--json report", () => {
  const report = toJsonReport(classify(buildSales(rows), settingsWith(), [{ row: 17, code: "amount-not-number", reason: "amount is not a number" }]));

  test("top level: as-of as ISO, the number of periods, the total, then the lists", () => {
    expect(Object.keys(report)).toEqual(["asOf", "periods", "total", "clients", "groups", "managers", "warnings", "skipped"]);
    expect(report).toMatchObject({ asOf: "2024-12-31", periods: 2, total: 1300, warnings: [], skipped: [{ row: 17, reason: "amount is not a number" }] });
    expect(report.skipped[0]).toEqual({ row: 17, reason: "amount is not a number" });
  });

  test("clients in rank order with exactly the spec's fields, in its order, dates as ISO", () => {
    expect(report.clients.map((c) => c.client)).toEqual(["Acme", "Bolt", "Cog"]);
    expect(Object.keys(report.clients[0])).toEqual([
      "client", "rank", "measure", "share", "cumulativeShare", "abc", "cv", "coverage", "xyz", "abcxyz", "dependency", "keyType",
      "manager", "group", "lastPurchase", "recencyDays", "frequency", "monetary", "r", "f", "m", "segment", "status",
    ]);
    expect(report.clients[0]).toMatchObject({
      rank: 1,
      measure: 1000,
      abc: "A",
      cv: 0.2,
      coverage: 1,
      xyz: "Y",
      abcxyz: "AY",
      dependency: "mono",
      keyType: "breadwinner",
      manager: "Ann",
      group: "Holding X",
      lastPurchase: "2024-12-20",
      recencyDays: 11,
      frequency: 2,
      monetary: 1000,
    });
    expect(report.clients[2]).toMatchObject({ lastPurchase: null, recencyDays: null, keyType: null, manager: null, group: null });
  });

  test("groups and managers carry the spec's fields only", () => {
    expect(report.groups).toEqual([{ group: "Holding X", measure: 1000, share: 1000 / 1300, dependency: "mono" }]);
    expect(report.managers.map((m) => Object.keys(m))).toEqual([
      ["manager", "keyClients", "keyShare", "overloaded"],
      ["manager", "keyClients", "keyShare", "overloaded"],
    ]);
  });

  test("the report survives JSON and shows nulls when XYZ is not computed", () => {
    const single = toJsonReport(classify(buildSales(rows.slice(2)), settingsWith()));
    expect(JSON.parse(JSON.stringify(single))).toEqual(single);
    expect(single.clients[0]).toMatchObject({ cv: null, coverage: null, xyz: null, abcxyz: "A" });
    expect(single.warnings.map((w) => w.code)).toEqual(["few-periods"]);
  });

  test("the report's text in pieces is JSON.stringify's text of the whole, indented by two, byte for byte", () => {
    const names = ["Żabka Polska", "ООО «Ромашка»", "北京华联", "شرکت \"آلفا\"", "Emoji 😀 Ltd", "Tab\tand\\slash"];
    // Clients are put into text 64 at a time: none, one, a lot less one, a lot, a lot and one, two lots and some.
    for (const count of [0, 1, 63, 64, 65, 130]) {
      const many: TestRow[] = [];
      for (let c = 0; c < count; c++) many.push({ client: `${names[c % names.length]} ${c}`, amount: 1000 - c, date: c % 2 ? "2024-11-05" : "2024-12-20", manager: c % 3 ? "Ann" : undefined });
      const result = count === 0 ? classify(buildSales([]), settingsWith()) : classify(buildSales(many), settingsWith(), [{ row: 9, code: "bad-date", reason: "date is not a date: 'x'" }]);
      if (count === 0) expect(result.clients).toEqual([]);
      const texts = [...jsonReportTexts(result)];
      expect(texts.join("")).toBe(JSON.stringify(toJsonReport(result), null, 2) + "\n");
      expect(texts.every((text) => text.length < 64 * 1024)).toBe(true);
    }
  });
});
