/** KAM History (issue: the portfolio over time, item 1): a snapshot per run, client by client, the earlier ones kept. */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { historyPlan, type Snapshot } from "../../src/excel/layout/history";
import type { HeadlessExcel } from "../../src/headless";
import { serialFromYmd } from "../../src/engine/calendar";
import { HEADER, salesRows, tableRows, workbookWith, writeRows } from "./helpers";
import { layoutInput } from "./layout-input";

async function classifyOk(excel: HeadlessExcel, now: Date) {
  const outcome = await classifyWorkbook(excel.run, { now });
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.error.message}`);
  return outcome;
}

test("each run adds its snapshot of every client; the earlier run's figures stay as they were", async () => {
  const excel = await workbookWith([HEADER, ...salesRows()]);
  const first = await classifyOk(excel, new Date(2025, 0, 10, 9, 30));
  const clients = first.result.clients.length;
  // New sales for Stark: its share changes in the second run.
  await writeRows(excel.run, "Sales", [["Stark", serialFromYmd(2024, 12, 20), 90000, "Cid"]], `A${salesRows().length + 2}`);
  const second = await classifyOk(excel, new Date(2025, 1, 10, 9, 30));
  const rows = await tableRows(excel.run, "KAM_History");
  expect(rows).toHaveLength(clients + second.result.clients.length);
  const stark = rows.filter((row) => row["Client"] === "Stark");
  expect(stark.map((row) => row["Run"])).toEqual([expect.closeTo(serialFromYmd(2025, 1, 10) + 9.5 / 24, 6), expect.closeTo(serialFromYmd(2025, 2, 10) + 9.5 / 24, 6)]);
  expect(stark[0]["Share"]).toBeCloseTo(first.result.clients.find((client) => client.client === "Stark")?.share ?? NaN, 12);
  expect(stark[1]["Share"]).toBeCloseTo(second.result.clients.find((client) => client.client === "Stark")?.share ?? NaN, 12);
  expect(stark[1]["Share"]).toBeGreaterThan(Number(stark[0]["Share"]));
  expect(stark[1]["Dependency"]).not.toBe("");
});

test("the last 52 runs are kept: an older run's snapshot is dropped, this run's is last", () => {
  const input = layoutInput();
  const old = (runAt: number): Snapshot => ({ runAt, client: "Acme", abcxyz: "AX", share: 0.5, dependency: "critical", status: "active", keyType: null });
  const plan = historyPlan(input, [old(1), old(2), old(3)], input.result, 3);
  const body = plan.blocks[1].values;
  expect([...new Set(body.map((row) => row[0]))]).toEqual([2, 3, input.run.runAt]);
  expect(body.filter((row) => row[0] === input.run.runAt)).toHaveLength(input.result.clients.length);
});
