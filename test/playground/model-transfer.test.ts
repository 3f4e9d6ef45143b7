/**
 * The playground's reading worker sends a workbook model with its cell values packed apart
 * (src/playground/model-transfer.ts): after the structured clone, revived and unpacked, it is the
 * same workbook: numbers, text, true/false, empty cells and columns with nothing in them. A run's
 * sales go to the engine's worker packed too, and arrive as they were.
 */
import { createHeadlessExcel } from "../../src/headless";
import { reviveWorkbookModel, type WorkbookModel } from "../../src/headless/model";
import { readSales } from "../../src/engine/read";
import { DEFAULT_READ_SETTINGS } from "../../src/engine/types";
import { packSales, packValues, unpackSales, unpackValues } from "../../src/playground/model-transfer";

const valuesOf = (model: WorkbookModel) => model.sheets.map((sheet) => ({ name: sheet.name, columns: sheet.columns.length, cells: sheet.columns.map((column, index) => [index, [...column]]) }));

test("cell values packed, cloned, revived and unpacked are the cells the worker had", async () => {
  const excel = createHeadlessExcel();
  await excel.api(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:D3").values = [
      ["Client", "Amount", "Paid", "Note"],
      ["Acme", 12.5, true, ""],
      ["Acme", -3, false, "late"],
    ];
    // A column far to the right, with the columns between holding nothing.
    sheet.getRange("H5").values = [["far"]];
    context.workbook.worksheets.add("Empty");
    await context.sync();
  });
  const before = valuesOf(excel.model);
  const { values, transfer } = packValues(excel.model);
  // The typed arrays travel as transferred buffers; the strings of a column once each.
  expect(transfer.length).toBeGreaterThan(0);
  expect(values[0][0]?.strings).toEqual(["Client", "Acme"]);
  const sent = structuredClone({ model: excel.model, values });
  const model = reviveWorkbookModel(sent.model);
  unpackValues(model, sent.values);
  expect(valuesOf(model)).toEqual(before);
  expect(model.sheets[0].value(2, 1)).toBe(-3);
  expect(model.sheets[0].value(1, 2)).toBe(true);
  expect(model.sheets[0].value(4, 7)).toBe("far");
  expect(model.sheets[0].value(0, 5)).toBeUndefined();
});

test("a run's sales packed, sent with their buffer transferred and unpacked are the sales the page read, which it keeps", () => {
  const rows = [
    ["Acme", "Anna", "2024-01-05", 100, "O-1"],
    ["Globex “Intl”", "", "2024-02-05", 250.5, "O-2"],
    ["Acme", "Boris", "", 80, ""],
  ];
  const withEverything = readSales(["Client", "Manager", "Date", "Amount", "Order"], rows, DEFAULT_READ_SETTINGS).data;
  const amountsOnly = readSales(["Client", "Amount"], [["Acme", 1], ["Initech", 2]], DEFAULT_READ_SETTINGS).data;
  for (const sales of [withEverything, amountsOnly]) {
    const packed = packSales(sales);
    const sent = structuredClone(packed, { transfer: [packed.buffer] });
    expect(unpackSales(sent)).toEqual(sales);
    // The page's own sales are untouched: only the packed copy's buffer left.
    expect(sales.amount.length).toBe(sales.rowCount);
  }
  expect(withEverything.managerIndex).not.toBeNull();
  expect(amountsOnly.date).toBeNull();
});
