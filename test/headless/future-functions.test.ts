/** Future functions in the .xlsx: prefixed `_xlfn.` in the file, as Excel writes them, and shown without it. */
import JSZip from "jszip";
import { createHeadlessExcel } from "../../src/headless";
import { fromFileFormula, toFileFormula } from "../../src/headless/future-functions";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";

test("the prefix goes on function names only: not on text, sheet names or names that merely contain one", () => {
  expect(toFileFormula('MAX(MAXIFS(B1:B9,C1:C9,"MAXIFS("),maxifs(A1:A2,A1:A2,1))')).toBe('MAX(_xlfn.MAXIFS(B1:B9,C1:C9,"MAXIFS("),_xlfn.maxifs(A1:A2,A1:A2,1))');
  expect(toFileFormula("'IFS(x'!A1+IFNA(A1,0)+MYIFS(1)+COUNTIFS(A:A,1)")).toBe("'IFS(x'!A1+_xlfn.IFNA(A1,0)+MYIFS(1)+COUNTIFS(A:A,1)");
  expect(toFileFormula('"say ""IFS(1)"""&TEXTJOIN(",",TRUE,A1:A3)')).toBe('"say ""IFS(1)"""&_xlfn.TEXTJOIN(",",TRUE,A1:A3)');
  expect(fromFileFormula('_xlfn.MAXIFS(B1:B9,C1:C9,"_xlfn.x")')).toBe('MAXIFS(B1:B9,C1:C9,"_xlfn.x")');
});

test("a saved workbook holds _xlfn.MAXIFS; loaded again, the formula reads as typed", async () => {
  const excel = createHeadlessExcel();
  await excel.api(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=MAXIFS(B1:B3,C1:C3,\"x\")+SUMIFS(B1:B3,C1:C3,\"x\")"]];
    await context.sync();
  });
  const bytes = await saveXlsx(excel);
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")?.async("string");
  expect(xml).toContain("<f>_xlfn.MAXIFS(B1:B3,C1:C3,&quot;x&quot;)+SUMIFS(B1:B3,C1:C3,&quot;x&quot;)</f>");
  const again = await loadXlsx(bytes);
  expect(again.inspect.sheet("Sheet1").cell(0, 0).formula).toBe('=MAXIFS(B1:B3,C1:C3,"x")+SUMIFS(B1:B3,C1:C3,"x")');
});
