/** docs/method.md works one example by hand; these are its figures, so the page cannot drift. */
import { classify } from "../../src/engine/classify";
import { readSales } from "../../src/engine/read";
import { DEFAULT_ANALYSIS_SETTINGS, DEFAULT_READ_SETTINGS } from "../../src/engine/types";

const rows: [string, string, number][] = [
  ["Acme", "2024-01-15", 100], ["Acme", "2024-02-15", 100], ["Acme", "2024-03-15", 110], ["Acme", "2024-04-15", 90],
  ["Birch", "2024-01-10", 50], ["Birch", "2024-03-10", 70], ["Birch", "2024-04-10", 60],
  ["Cedar", "2024-02-20", 40], ["Cedar", "2024-04-05", 40],
  ["Dune", "2024-01-25", 20], ["Dune", "2024-02-25", 20], ["Dune", "2024-03-25", 20], ["Dune", "2024-04-12", 20],
  ["Elm", "2024-02-02", -30],
];

test("the worked example of docs/method.md", () => {
  const read = readSales(["Client", "Date", "Amount"], rows, DEFAULT_READ_SETTINGS);
  const result = classify(read.data, DEFAULT_ANALYSIS_SETTINGS);
  expect(result.total).toBe(740);
  const row = (client: { client: string; abcxyz: string; dependency: string; r: number; f: number; m: number; segment: string; status: string }) =>
    [client.client, client.abcxyz, client.dependency, `${client.r}${client.f}${client.m}`, client.segment, client.status].join(" ");
  expect(result.clients.map(row)).toEqual([
    "Acme AX mono 434 potential-loyalist active",
    "Birch AZ critical 223 hibernating active",
    "Cedar AZ key 111 hibernating active",
    "Dune BX key 331 need-attention active",
    "Elm CZ none 111 hibernating lost",
  ]);
  expect(result.clients[0].cv).toBeCloseTo(0.0707, 4);
  expect(result.clients[1].cv).toBeCloseTo(0.598, 3);
  expect(result.clients[2].cumulativeShare).toBeCloseTo(0.8919, 4);
  const classic = classify(read.data, { ...DEFAULT_ANALYSIS_SETTINGS, abcRule: "classic" });
  expect(classic.clients.map((client) => client.abc).join("")).toBe("AABCC");
});
