/** Worksheet.pageLayout and horizontalPageBreaks: the rules of the API reference, and the .xlsx parts they become. */
import { createHeadlessExcel } from "../../src/headless";
import { loadXlsx, saveXlsx } from "../../src/headless/xlsx";
import { openZip, partText } from "../../src/headless/xlsx-parts";

test("orientation, zoom, print area, title rows and page breaks are kept, saved and read back", async () => {
  const excel = createHeadlessExcel();
  await excel.api(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.name = "Clients list";
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintArea("A1:F40");
    sheet.pageLayout.setPrintTitleRows("$1:$2");
    sheet.horizontalPageBreaks.add("A20");
    sheet.horizontalPageBreaks.add("C30:D31");
    const count = sheet.horizontalPageBreaks.getCount();
    const layout = sheet.pageLayout.load("orientation, zoom");
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
    expect(count.value).toBe(2);
    expect(layout.orientation).toBe("Landscape");
    expect(layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });
  const bytes = await saveXlsx(excel);
  const zip = await openZip(bytes);
  const sheetXml = (await partText(zip, "xl/worksheets/sheet1.xml")) ?? "";
  expect(sheetXml).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(sheetXml).toMatch(/<pageSetup orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"\/>/);
  expect(sheetXml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="19" max="16383" man="1"/><brk id="29" max="16383" man="1"/></rowBreaks>');
  const workbookXml = (await partText(zip, "xl/workbook.xml")) ?? "";
  expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Clients list'!$A$1:$F$40</definedName>`);
  expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Clients list'!$1:$2</definedName>`);
  const layout = (await loadXlsx(bytes)).model.sheets[0].pageLayout;
  expect(layout).toEqual({
    orientation: "Landscape",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    printArea: [{ row: 0, column: 0, rowCount: 40, columnCount: 6 }],
    titleRows: { row: 0, column: 0, rowCount: 2, columnCount: 16_384 },
    rowBreaks: [19, 29],
  });
});

test.each([
  ["a scale outside 10-400", (s: Excel.Worksheet) => (s.pageLayout.zoom = { scale: 5 })],
  ["a scale with pages to fit", (s: Excel.Worksheet) => (s.pageLayout.zoom = { scale: 50, horizontalFitToPages: 1 })],
  ["an unknown orientation", (s: Excel.Worksheet) => (s.pageLayout.orientation = "Sideways" as Excel.PageOrientation)],
  ["title rows that are not entire rows", (s: Excel.Worksheet) => s.pageLayout.setPrintTitleRows("A1:C1")],
  ["title columns that are not entire columns", (s: Excel.Worksheet) => s.pageLayout.setPrintTitleColumns("A1:A5")],
  ["a page break above row 1", (s: Excel.Worksheet) => s.horizontalPageBreaks.add("A1")],
])("%s is refused with InvalidArgument", async (_, act) => {
  const excel = createHeadlessExcel();
  await expect(
    excel.api(async (context) => {
      act(context.workbook.worksheets.getItem("Sheet1"));
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});

test("removePageBreaks resets the manual breaks", async () => {
  const excel = createHeadlessExcel();
  await excel.api(async (context) => {
    const breaks = context.workbook.worksheets.getItem("Sheet1").horizontalPageBreaks;
    breaks.add("A5");
    breaks.removePageBreaks();
    const count = breaks.getCount();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is read after sync, not loaded
    expect(count.value).toBe(0);
  });
});
