/**
 * KAM Prospects (issue: the portfolio over time, item 3): the three P with a score and priority,
 * share of wallet for a prospect that buys already, "Make key client" turning it into a key client
 * of type prospective with a dossier, and every row kept as typed across re-runs.
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { prospectScore } from "../../src/excel/layout/prospects";
import type { TypedCell } from "../../src/excel/plan";
import type { HeadlessExcel } from "../../src/headless";
import { CLIENTS_TABLE_NAME } from "../../src/excel/layout/clients";
import { HEADER, salesRows, tableRows, workbookWith } from "./helpers";

async function classifyOk(excel: HeadlessExcel, options: Parameters<typeof classifyWorkbook>[1] = {}) {
  const outcome = await classifyWorkbook(excel.run, options);
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error.message}`);
  return outcome;
}

const cell = (value: string): TypedCell => ({ value, format: null });

test("the three P as a score: yes 1, unknown 0.5, no 0, in any of the six languages; high from 2.5, medium from 1.5", () => {
  expect(prospectScore({ need: cell("yes"), solvency: cell("Unknown"), power: cell("no") })).toEqual({ score: 1.5, priority: "medium" });
  expect(prospectScore({ need: cell("да"), solvency: cell("taip"), power: cell("未知") })).toEqual({ score: 2.5, priority: "high" });
  expect(prospectScore({ need: cell("maybe") })).toEqual({ score: 0, priority: "low" });
});

test("prospects typed on the sheet are kept; one that buys already shows its share of wallet; Make key client makes it prospective with a dossier, and gives one not buying yet a prospect's dossier", async () => {
  const excel = await workbookWith([HEADER, ...salesRows()]);
  const first = await classifyOk(excel);
  const sheet = first.sheets.find((written) => written.id === "Prospects")?.name as string;
  expect(sheet).toBe("KAM Prospects");
  // A manager fills two prospects: Wayne buys a little already; Cyberdyne does not buy yet.
  // Into the table: its empty first row, then a row added under it (what typing below a table does in Excel).
  await excel.api(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange("A2:K2").values = [["Wayne", "yes", "new plant in 2025", "unknown", "", "yes", "CFO is on our side", 40000, "trade fair", "Ann", "yes"]];
    context.workbook.tables.getItem("KAM_Prospects").rows.add(undefined, [["Cyberdyne", "yes", "", "no", "losses", "unknown", "", 90000, "referral", "Bob", "yes", "", "", "", ""]]);
    await context.sync();
  });
  await classifyOk(excel, { dossiers: { picked: [] } });
  const rows = await tableRows(excel.run, "KAM_Prospects");
  expect(rows.map((row) => [row["Prospect"], row["Score (0-3)"], row["Priority"], row["Source"], row["Need: note"]])).toEqual([
    ["Wayne", 2.5, "high", "trade fair", "new plant in 2025"],
    ["Cyberdyne", 1.5, "medium", "referral", ""],
  ]);
  const wayne = rows[0];
  expect(Number(wayne["Revenue now"])).toBeGreaterThan(0);
  expect(wayne["Share of wallet"]).toBeCloseTo(Number(wayne["Revenue now"]) / 40000, 12);
  expect(rows[1]["Revenue now"]).toBe(""); // not in the data
  // Wayne is now a key client of type prospective, with a dossier.
  const clients = await tableRows(excel.run, CLIENTS_TABLE_NAME);
  expect(clients.find((row) => row["Client"] === "Wayne")?.["Key type"]).toBe("prospective");
  expect(excel.inspect.sheets().map((s) => s.name)).toContain("Wayne");
  // Cyberdyne does not buy yet: a dossier of its own, marked as a prospect, in the index.
  expect(excel.inspect.sheet("Cyberdyne").values("B2")).toEqual([["Prospect: not a client yet (KAM Prospects)"]]);
  const index = await tableRows(excel.run, "KAM_Dossiers");
  expect(index.find((row) => row["Client"] === "Cyberdyne")?.["Status"]).toBe("Prospect: not a client yet (KAM Prospects)");
  // A third run keeps every typed cell, and the prospect's dossier stays a prospect's.
  await classifyOk(excel);
  expect(excel.inspect.sheet("Cyberdyne").values("B2")).toEqual([["Prospect: not a client yet (KAM Prospects)"]]);
  expect((await tableRows(excel.run, "KAM_Prospects")).map((row) => [row["Prospect"], row["Solvency: note"], row["Estimated budget"], row["Make key client"]])).toEqual([
    ["Wayne", "", 40000, "yes"],
    ["Cyberdyne", "losses", 90000, "yes"],
  ]);
});
