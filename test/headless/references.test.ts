/**
 * What Excel does to references when a sheet or a table goes or is renamed, Range.copyFrom, and
 * cell-edit mode: the rules the add-in's "update in place" relies on (docs/headless-excel.md).
 */
import { createHeadlessExcel } from "../../src/headless";
import { rectAddress } from "../../src/headless/address";
import type { ExcelContext } from "../../src/office-api";

async function reportOn(sheetName: string) {
  const excel = createHeadlessExcel({ firstSheetName: "Data" });
  await excel.api(async (context) => {
    const data = context.workbook.worksheets.getItem("Data");
    data.name = sheetName;
    data.getRange("A1:B3").values = [["Client", "Revenue"], ["Acme", 10], ["Hooli", 5]];
    data.tables.add("A1:B3", true).name = "Sales";
    const report = context.workbook.worksheets.add("Report");
    report.getRange("A1:A4").formulas = [[`='${sheetName}'!B2`], ["=SUM(Sales[Revenue])"], ['="Sales[Revenue]"'], ["=A1*2"]];
    context.workbook.names.add("Top", `='${sheetName}'!$B$2`);
    context.workbook.names.add("Total", `=SUM('${sheetName}'!B2:B3)`);
    await context.sync();
  });
  return excel;
}

describe("references to a sheet or a table", () => {
  test("deleting a sheet turns formulas and names that refer to it into #REF!", async () => {
    const excel = await reportOn("KAM Clients");
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("KAM Clients").delete();
      await context.sync();
    });
    const report = excel.inspect.sheet("Report");
    expect(report.cellAt("A1").formula).toBe("=#REF!B2");
    expect(report.cellAt("A1").value).toBe("#REF!");
    expect(report.cellAt("A2").formula).toBe("=SUM(#REF!)");
    expect(report.cellAt("A3").formula).toBe('="Sales[Revenue]"');
    expect(report.cellAt("A4").formula).toBe("=A1*2");
    expect(excel.inspect.names().Top).toBe("=#REF!");
    expect(excel.inspect.names().Total).toBe("=SUM(#REF!B2:B3)");
  });

  test("renaming a sheet or a table rewrites the references to it", async () => {
    const excel = await reportOn("KAM Clients");
    await excel.api(async (context) => {
      context.workbook.worksheets.getItem("KAM Clients").name = "KAM Клиенты";
      context.workbook.tables.getItem("Sales").name = "Sales2025";
      await context.sync();
    });
    const report = excel.inspect.sheet("Report");
    expect(report.cellAt("A1").formula).toBe("='KAM Клиенты'!B2");
    expect(report.cellAt("A2").formula).toBe("=SUM(Sales2025[Revenue])");
    expect(excel.inspect.names().Total).toBe("=SUM('KAM Клиенты'!B2:B3)");
  });

  test("deleting a table turns structured references to it into #REF!", async () => {
    const excel = await reportOn("Data");
    await excel.api(async (context) => {
      context.workbook.tables.getItem("Sales").delete();
      await context.sync();
    });
    expect(excel.inspect.sheet("Report").cellAt("A2").formula).toBe("=SUM(#REF!)");
  });
});

describe("Range.copyFrom", () => {
  test("copies values, formulas (relative references moved), formats and links, at the source's size", async () => {
    const excel = createHeadlessExcel({ firstSheetName: "From" });
    await excel.api(async (context) => {
      const from = context.workbook.worksheets.getItem("From");
      from.getRange("A1:C2").values = [["a", 1, ""], ["b", 2, ""]];
      from.getRange("C1:C2").formulas = [["=B1*2"], ["=$B$1+B2"]];
      from.getRange("B1:B2").numberFormat = [["0.00"], ["0.00"]];
      from.getRange("A1").format.fill.color = "#FFEB9C";
      from.getRange("A2").hyperlink = { documentReference: "'From'!A1", textToDisplay: "b" };
      const to = context.workbook.worksheets.add("To");
      to.getRange("E5:G7").values = [["x", "x", "x"], ["x", "x", "x"], ["keep", "keep", "keep"]];
      to.getRange("E5").copyFrom("From!A1:C2", "All");
      await context.sync();
    });
    const to = excel.inspect.sheet("To");
    expect(to.cellAt("E5").value).toBe("a");
    expect(to.cellAt("E5").fill).toBe("#FFEB9C");
    expect(to.cellAt("F5").numberFormat).toBe("0.00");
    expect(to.cellAt("G5").formula).toBe("=F5*2");
    expect(to.cellAt("G6").formula).toBe("=$B$1+F6");
    expect(to.cellAt("E7").value).toBe("keep");
    expect(to.cellAt("E6").hyperlink).toEqual({ documentReference: "'From'!A1", textToDisplay: "b" });
  });

  test("a copy onto an overlapping range copies the source as it was before the copy", async () => {
    const excel = createHeadlessExcel({ firstSheetName: "Data" });
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B3").values = [[1, "a"], [2, "b"], [3, "c"]];
      sheet.getRange("A2").copyFrom("Data!A1:B3", "Values");
      // Beside it on the same sheet, not overlapping.
      sheet.getRange("D1").copyFrom("Data!A1:A2", "Values");
      await context.sync();
    });
    const sheet = excel.inspect.sheet("Data");
    expect(["A1", "A2", "A3", "A4", "B2", "B4"].map((address) => sheet.cellAt(address).value)).toEqual([1, 1, 2, 3, "a", "c"]);
    expect(["D1", "D2"].map((address) => sheet.cellAt(address).value)).toEqual([1, 1]);
  });

  test.each([
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
    [1, 1],
    [-1, -1],
    [1, -1],
    [-1, 1],
    [2, 1],
  ])("a copy moved by %i rows and %i columns onto its own source lands as the source was", async (rows, columns) => {
    const excel = createHeadlessExcel({ firstSheetName: "Data" });
    const a1 = (row: number, column: number) => rectAddress({ row, column, rowCount: 1, columnCount: 1 });
    const grid = [
      [11, 12],
      [21, 22],
      [31, 32],
    ];
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      // C3:D5 values, E3:E5 formulas on their own row ("=C3+1"...).
      sheet.getRange("C3:D5").values = grid;
      sheet.getRange("E3:E5").formulas = [["=C3+1"], ["=C4+1"], ["=C5+1"]];
      sheet.getRange(a1(2 + rows, 2 + columns)).copyFrom("Data!C3:E5", "All");
      await context.sync();
    });
    const sheet = excel.inspect.sheet("Data");
    expect(sheet.values(rectAddress({ row: 2 + rows, column: 2 + columns, rowCount: 3, columnCount: 2 }))).toEqual(grid);
    // Each formula moved as a paste moves it, from its own row's source.
    expect([0, 1, 2].map((r) => sheet.cellAt(a1(2 + rows + r, 4 + columns)).formula)).toEqual([0, 1, 2].map((r) => `=${a1(2 + rows + r, 2 + columns)}+1`));
  });

  test("refuses what it does not model instead of copying less than Excel", async () => {
    const excel = createHeadlessExcel({ firstSheetName: "From" });
    await expect(
      excel.api(async (context) => {
        const from = context.workbook.worksheets.getItem("From");
        from.getRange("A1:A2").values = [[1], [2]];
        from.getRange("A1:A2").conditionalFormats.add("CellValue").cellValue.rule = { formula1: "=1", operator: "EqualTo" };
        context.workbook.worksheets.add("To").getRange("A1").copyFrom("From!A1:A2");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("cell-edit mode", () => {
  test("a request fails while a person edits a cell, unless its run asked to wait", async () => {
    const excel = createHeadlessExcel();
    excel.editCell(true);
    const write = (context: ExcelContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["typed"]];
      return context.sync();
    };
    await expect(excel.run(write)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waiting = excel.run({ delayForCellEdit: true }, write);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(excel.inspect.sheet("Sheet1").cellAt("A1").value).toBeNull();
    excel.editCell(false);
    await waiting;
    expect(excel.inspect.sheet("Sheet1").cellAt("A1").value).toBe("typed");
  });
});

describe("text written into General cells", () => {
  test("is converted as Excel's API converts it (en-US): numbers with separators, percentages, dates; a text cell keeps it", async () => {
    const excel = createHeadlessExcel();
    await excel.api(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:B5").numberFormat = [["@"], ["@"], ["@"], ["@"], ["@"]];
      const input = [["1,234.5"], ["50%"], ["1/2/2024"], ["3/4/29"], ["'1/2"]];
      sheet.getRange("A1:A5").values = input;
      sheet.getRange("B1:B5").values = input;
      await context.sync();
    });
    const sheet = excel.inspect.sheet("Sheet1");
    expect(["A1", "A2", "A3", "A4", "A5"].map((cell) => sheet.cellAt(cell).value)).toEqual([1234.5, 0.5, 45293, 47181, "1/2"]);
    expect(["B1", "B2", "B3"].map((cell) => sheet.cellAt(cell).value)).toEqual(["1,234.5", "50%", "1/2/2024"]);
  });
});
