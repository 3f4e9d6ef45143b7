/** "What if it leaves" and the XYZ alternatives when nearly every client is Z. */
import { classify } from "../../../src/engine/classify";
import { serialFromYmd } from "../../../src/engine/calendar";
import { readSales } from "../../../src/engine/read/reader";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type CellValue } from "../../../src/engine/types";

describe("what if it leaves", () => {
  // Mono 600, Key 150, then ten B/C clients: 40, 30, ... checked by hand below.
  const rows: CellValue[][] = [["Mono", serialFromYmd(2024, 1, 5), 600, "H1"], ["Key", serialFromYmd(2024, 1, 5), 150, "H2"]];
  [40, 35, 30, 30, 25, 25, 20, 20, 15, 10].forEach((amount, i) => rows.push([`C${i}`, serialFromYmd(2024, 1, 5), amount, "H2"]));
  const read = readSales(["Client", "Date", "Amount", "Holding"], rows, DEFAULT_READ_SETTINGS);
  const result = classify(read.data, DEFAULT_ANALYSIS_SETTINGS);

  test("the mono-client first, with the numbers worked out by hand", () => {
    const mono = result.exposure[0];
    expect(mono).toMatchObject({ kind: "client", name: "Mono", dependency: "mono", measure: 600, share: 0.6 });
    // Without Mono (T = 400): Key 150/400 = 37.5% (critical), C0 40/400 = 10% (key).
    expect(mono.topShareAfter).toBeCloseTo(0.375, 10);
    expect(mono.rising).toEqual([{ client: "Key", dependency: "critical" }, { client: "C0", dependency: "key" }]);
    const bMedian = result.clients.filter((client) => client.abc === "B").map((client) => client.measure).sort((a, b) => a - b);
    expect(mono.replaceWithB).toBe(Math.ceil(600 / (bMedian.length % 2 ? bMedian[bMedian.length >> 1] : (bMedian[bMedian.length / 2 - 1] + bMedian[bMedian.length / 2]) / 2)));
  });

  test("key holdings are listed too, and a holding leaving takes its companies", () => {
    const holding = result.exposure.find((exposure) => exposure.kind === "group" && exposure.name === "H2");
    expect(holding?.measure).toBe(400);
    expect(holding?.topShareAfter).toBe(1);
  });
});

describe("XYZ that means something", () => {
  test("when nearly every client is Z by month, the result says what quarters and purchase frequency give", () => {
    const rows: CellValue[][] = [];
    // Twelve clients buying every third month: erratic by month, steady by quarter.
    for (let c = 0; c < 12; c++) for (let m = 0; m < 24; m += 3) rows.push([`Client ${c}`, serialFromYmd(2023 + Math.floor(m / 12), (m % 12) + 1 + (c % 3), 5), 100 + c]);
    const read = readSales(["Client", "Date", "Amount"], rows, DEFAULT_READ_SETTINGS);
    const result = classify(read.data, DEFAULT_ANALYSIS_SETTINGS);
    expect(result.clients.every((client) => client.xyz === "Z")).toBe(true);
    const byQuarter = result.xyzAlternatives.find((alternative) => alternative.setting === "quarter");
    expect(byQuarter?.counts.X).toBeGreaterThan(0);
    expect(result.xyzAlternatives.map((alternative) => alternative.setting)).toEqual(["quarter", "frequency"]);
    expect(result.warnings.find((warning) => warning.code === "mostly-z")?.message).toMatch(/^100% of the clients are Z with monthly variation, so the ABC-XYZ matrix says little; by quarter: X \d+/);
    // Worked out from the monthly sums, they are what a run with those settings gives.
    const counted = (settings: Partial<typeof DEFAULT_ANALYSIS_SETTINGS>) => {
      const counts = { X: 0, Y: 0, Z: 0 };
      for (const client of classify(read.data, { ...DEFAULT_ANALYSIS_SETTINGS, ...settings }, [], { secondary: true }).clients) if (client.xyz) counts[client.xyz]++;
      return counts;
    };
    expect(byQuarter?.counts).toEqual(counted({ period: "quarter" }));
    expect(result.xyzAlternatives.find((alternative) => alternative.setting === "frequency")?.counts).toEqual(counted({ xyz: "frequency" }));
  });
});
