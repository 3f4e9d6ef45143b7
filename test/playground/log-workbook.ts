/** Shared by the playground's formula tests: the workbook their formulas read. */
import { serialFromIso } from "../../src/engine/calendar";
import { createHeadlessExcel, type HeadlessExcel } from "../../src/headless";

/** A workbook with a sheet "Log" (dates, outcomes, people) and a sheet "Big Buyer's" for cross-sheet references. */
export async function logWorkbook(): Promise<HeadlessExcel> {
  const excel = createHeadlessExcel({ firstSheetName: "Log" });
  await excel.api(async (context) => {
    const log = context.workbook.worksheets.getItem("Log");
    log.getRange("A1:C6").values = [
      ["Date", "Outcome", "With"],
      [serialFromIso("2025-02-01"), "Positive", "Bob"],
      [serialFromIso("2025-02-20"), "negative", "Bob"],
      [serialFromIso("2025-02-10"), "Neutral", "Ann"],
      ["not a date", "Positive", "Ann"],
      ["", "", ""],
    ];
    log.getRange("E1:E3").values = [["Positive"], ["Negative"], [5]];
    const other = context.workbook.worksheets.add("Big Buyer's");
    other.getRange("A1:B2").values = [[10, "x"], [20, ""]];
    await context.sync();
  });
  return excel;
}
