/** Possible duplicates (never merged silently) and aliases (merged by a person). */
import { applyAliases, duplicateGroups, nameStem } from "../../../src/engine/analysis/duplicates";
import { clientKey } from "../../../src/engine/client-key";
import { classify } from "../../../src/engine/classify";
import { readSales } from "../../../src/engine/read/reader";
import { serialFromYmd } from "../../../src/engine/calendar";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS, type CellValue } from "../../../src/engine/types";

describe("name stems", () => {
  test.each([
    ["Margie's Travel", "margies travel"],
    ["MARGIE'S TRAVEL, Inc.", "margies travel"],
    ["Margie’s  Travel Ltd", "margies travel"],
    ["Вектор", "вектор"],
    ["ООО «Вектор»", "вектор"],
    ["Polski Handel Sp. z o.o.", "polski handel"],
    // Every legal form written as letters with dots or spaces is joined, each found by the one test before the six replaces.
    ["Bratislava Trade s. r. o.", "bratislava trade"],
    ["Bolt S.A.S.", "bolt"],
    ["Fiat S.p.A.", "fiat"],
    ["Acme S.A.", "acme"],
    ["Delta L.L.C.", "delta"],
    ["Siemens AG", "siemens"],
    ["华为技术有限公司", "华为技术"],
    ["Ltd", ""],
  ])("%s -> %s", (name, stem) => expect(nameStem(name)).toBe(stem));

  test("groups only names that share a stem", () => {
    expect(duplicateGroups(["Margie's Travel", "Acme", "Margie's Travel Inc", "Вектор ООО", "Вектор", "Acme Tools"].map(clientKey))).toEqual([[0, 2], [3, 4]]);
  });
});

describe("in the analysis", () => {
  const rows: CellValue[][] = [
    ["Margie's Travel", serialFromYmd(2024, 1, 5), 415],
    ["Margie's Travel Inc", serialFromYmd(2024, 2, 5), 5],
    ["Acme", serialFromYmd(2024, 3, 5), 580],
  ];
  const read = readSales(["Client", "Date", "Amount"], rows, DEFAULT_READ_SETTINGS);

  test("possible duplicates are listed with their shares and a warning, not merged", () => {
    const result = classify(read.data, DEFAULT_ANALYSIS_SETTINGS);
    expect(result.clients).toHaveLength(3);
    expect(result.possibleDuplicates).toEqual([[{ client: "Margie's Travel", key: "margie's travel", share: 0.415 }, { client: "Margie's Travel Inc", key: "margie's travel inc", share: 0.005 }]]);
    expect(result.warnings.map((warning) => warning.code)).toContain("possible-duplicates");
  });

  test("a secondary run (a trends window) leaves out what only a person reads (possible duplicates, exposure): the main run has them", () => {
    const main = classify(read.data, DEFAULT_ANALYSIS_SETTINGS);
    const secondary = classify(read.data, DEFAULT_ANALYSIS_SETTINGS, [], { secondary: true });
    expect(secondary.possibleDuplicates).toEqual([]);
    expect(secondary.warnings.map((warning) => warning.code)).not.toContain("possible-duplicates");
    expect(secondary.clients).toEqual(main.clients);
    // Nor what a key client's leaving would do: the pane and the summary read it from the main run.
    expect(main.exposure.length).toBeGreaterThan(0);
    expect(secondary.exposure).toEqual([]);
  });

  test("an alias merges the rows into the client it names, and says so", () => {
    const result = classify(read.data, DEFAULT_ANALYSIS_SETTINGS, [], { aliases: new Map([["margie's travel inc", "Margie's Travel"]]) });
    expect(result.clients.map((client) => [client.client, client.measure])).toEqual([["Acme", 580], ["Margie's Travel", 420]]);
    expect(result.merged).toEqual([{ from: "Margie's Travel Inc", to: "Margie's Travel" }]);
    expect(result.possibleDuplicates).toEqual([]);
    expect(result.warnings.find((warning) => warning.code === "aliases-applied")?.message).toBe("counted as one client (aliases): 'Margie's Travel Inc' as 'Margie's Travel'");
  });

  test("an alias to a name that is not in the data creates that client; chains are followed", () => {
    const { data, merged } = applyAliases(read.data, new Map([["margie's travel inc", "Margie's Travel"], ["margie's travel", "MT Group"]]));
    expect(merged.map((merge) => merge.to)).toEqual(["MT Group", "Margie's Travel"]);
    const names = Array.from(data.clientIndex, (index) => data.clients[index].name);
    expect(names).toEqual(["MT Group", "MT Group", "Acme"]);
  });
});
