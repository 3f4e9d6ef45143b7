/**
 * A workbook model sent across threads (structured clone, as postMessage does: the playground
 * reads files in a Web Worker) and revived is the same workbook: same cells, formats, tables,
 * names and sheets, it takes the API's batches, a run of Classify on it gives the same results,
 * and it saves to the same sheets. The headless Excel's `pause` runs around every sync and between its operations.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { headlessExcelFor, type HeadlessExcel } from "../../src/headless";
import { reviveWorkbookModel, type WorkbookModel } from "../../src/headless/model";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { classifyWorkbook } from "../../src/excel/classify-workbook";

const SAMPLE = path.join(__dirname, "../../assets/sample-sales.xlsx");

/** Everything the model holds, as plain data (the back-references to the workbook left out). */
function plain(model: WorkbookModel): unknown {
  return JSON.parse(
    JSON.stringify(model, (key, value: unknown) => {
      if (key === "workbook") return undefined;
      // By tag, not instanceof: jest's structuredClone makes maps and sets of another realm.
      const tag = Object.prototype.toString.call(value);
      if (tag === "[object Map]") return [...(value as Map<unknown, unknown>).entries()];
      if (tag === "[object Set]") return [...(value as Set<unknown>).values()];
      if (tag === "[object Uint8Array]") return (value as Uint8Array).length;
      return value;
    }),
  );
}

const sentAcross = (excel: HeadlessExcel, options?: Parameters<typeof headlessExcelFor>[1]): HeadlessExcel => headlessExcelFor(reviveWorkbookModel(structuredClone(excel.model)), options);

test("a loaded workbook sent across threads and revived is the same workbook and classifies the same", async () => {
  const bytes = fs.readFileSync(SAMPLE);
  const original = await loadXlsx(bytes);
  const revived = sentAcross(original);
  expect(plain(revived.model)).toEqual(plain(original.model));
  // Shared references stay shared: a table's sheet is the sheet in the workbook's list.
  expect(revived.model.sheets[0].workbook).toBe(revived.model);
  const now = new Date(Date.UTC(2026, 10, 15));
  const [mine, theirs] = [await classifyWorkbook(original.run, { now }), await classifyWorkbook(revived.run, { now })];
  expect(mine.ok && theirs.ok).toBe(true);
  if (!mine.ok || !theirs.ok) return;
  expect(theirs.result).toEqual(mine.result);
  expect(revived.model.tables.every((table) => revived.model.sheets.includes(table.sheet))).toBe(true);
  const reloaded = await loadXlsx(await saveXlsx(revived));
  expect(reloaded.model.sheets.map((sheet) => sheet.name)).toEqual(original.model.sheets.map((sheet) => sheet.name));
});

test("the pause is awaited before, between and after a sync's operations", async () => {
  const order: string[] = [];
  const excel = sentAcross(await loadXlsx(fs.readFileSync(SAMPLE)), { pause: async () => void order.push("pause") });
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sales").getRange("A1");
    range.load("values");
    await context.sync();
    order.push(`read ${String(range.values[0][0])}`);
  });
  // The batch's own sync, then the one run() makes at the end.
  expect(order).toEqual(["pause", "pause", expect.stringMatching(/^read /), "pause", "pause"]);
  // Between operations too: two reads in one sync are two operations.
  order.length = 0;
  await excel.run(async (context) => {
    const sales = context.workbook.worksheets.getItem("Sales");
    const [first, second] = [sales.getRange("A1"), sales.getRange("B1")];
    first.load("values");
    second.load("values");
    await context.sync();
    order.push(`read ${String(first.values[0][0])} ${String(second.values[0][0])}`);
  });
  expect(order).toEqual(["pause", "pause", "pause", expect.stringMatching(/^read /), "pause", "pause"]);
});

test("with turns between a sync's operations, another sync waits for them all, as Excel carries out one batch at a time", async () => {
  const excel = sentAcross(await loadXlsx(fs.readFileSync(SAMPLE)), { pause: () => new Promise((turn) => setImmediate(turn)) });
  const cells = ["K1", "K2", "K3", "K4"];
  const writing = excel.run(async (context) => {
    const sales = context.workbook.worksheets.getItem("Sales");
    for (const cell of cells) sales.getRange(cell).values = [["written"]];
    await context.sync();
  });
  const seen: string[][] = [];
  const reading = excel.run(async (context) => {
    const sales = context.workbook.worksheets.getItem("Sales");
    for (let read = 0; read < 6; read++) {
      // Read back to front, so that a look carried out between the writing batch's operations would see half of it.
      const ranges = [...cells].reverse().map((cell) => sales.getRange(cell));
      for (const range of ranges) range.load("values");
      // One sync per look, while the writing batch takes its turns.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      seen.push(ranges.map((range) => String(range.values[0][0])));
    }
  });
  await Promise.all([writing, reading]);
  // Each look saw the four cells all before the batch or all after it, never half of it.
  for (const look of seen) expect(new Set(look).size).toBe(1);
  expect(seen[seen.length - 1]).toEqual(["written", "written", "written", "written"]);
});
