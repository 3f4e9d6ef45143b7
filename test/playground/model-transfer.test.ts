/**
 * The playground's reading worker sends a workbook model with its cell values packed apart
 * (src/playground/model-transfer.ts): after the structured clone, revived and unpacked, it is the
 * same workbook: numbers, text, true/false, empty cells and columns with nothing in them.
 */
import { createHeadlessExcel } from "../../src/headless";
import { reviveWorkbookModel, type WorkbookModel } from "../../src/headless/model";
import { packValues, unpackValues } from "../../src/playground/model-transfer";

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
